import type { APIGatewayProxyEvent } from 'aws-lambda';
import { type ApiServices, describeRoutes } from '../../../lambdas/api/routes';
import { silentLogger } from '../../../lambdas/domain/ports';
import { createApiHandler } from '../../../lambdas/handlers/wiring/staff-api-edge';
import { InMemoryAuditLog } from '../../support/api-harness';

const services = {
  audit: new InMemoryAuditLog(),
  clock: { now: () => new Date('2026-11-25T12:00:00Z') },
} as unknown as ApiServices;

const healthRequest = (origin?: string) =>
  ({
    httpMethod: 'GET',
    path: '/health',
    headers: origin ? { Origin: origin } : {},
    queryStringParameters: null,
    body: null,
    isBase64Encoded: false,
    requestContext: { requestId: 'r-1', authorizer: null },
  }) as unknown as APIGatewayProxyEvent;

describe("CORS on the function's own responses", () => {
  const handler = createApiHandler(describeRoutes(), services, silentLogger, ['https://staff.example.org']);

  it('allows an origin from the configured list', async () => {
    const result = await handler(healthRequest('https://staff.example.org'));

    expect(result.statusCode).toBe(200);
    expect(result.headers).toMatchObject({
      'access-control-allow-origin': 'https://staff.example.org',
      vary: 'Origin',
    });
  });

  it('says nothing to an origin that is not on the list, nor to a request without one', async () => {
    const foreign = await handler(healthRequest('https://evil.example.com'));
    const none = await handler(healthRequest());

    expect(foreign.headers).not.toHaveProperty('access-control-allow-origin');
    expect(none.headers).not.toHaveProperty('access-control-allow-origin');
  });
});
