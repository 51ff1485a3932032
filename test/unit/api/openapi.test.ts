import SwaggerParser from '@apidevtools/swagger-parser';
import generated from '../../../lambdas/api/openapi.generated.json';
import { describeRoutes, openApiDocument } from '../../../lambdas/api/routes';
import { systemGroupRoutes } from '../../../lambdas/api/routes/groups/system-group';

type OpenApi = { paths: Record<string, Record<string, { operationId: string; security: unknown[] }>> };

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3 according to swagger-parser', async () => {
    const document = structuredClone(openApiDocument()) as never;

    await expect(SwaggerParser.validate(document)).resolves.toBeDefined();
  });

  it('lists exactly the routes the API serves, each with its method and operation id', () => {
    const document = openApiDocument() as OpenApi;
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );

    const served = describeRoutes().map((route) => `${route.method} ${route.path} ${route.operationId}`);

    expect(documented.sort()).toEqual(served.sort());
  });

  it('asks for a bearer token on every route except the public ones', () => {
    const document = openApiDocument() as OpenApi;
    for (const route of describeRoutes()) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect([route.operationId, operation?.security.length]).toEqual([
        route.operationId,
        route.access.kind === 'public' ? 0 : 1,
      ]);
    }
  });

  it('is served as generated from the whole route table (`npm run schemas` rewrites it when routes change)', async () => {
    const served = systemGroupRoutes().find((route) => route.operationId === 'getOpenApi');
    const context = {} as Parameters<NonNullable<typeof served>['handle']>[0];

    expect(generated).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    await expect(served?.handle(context)).resolves.toEqual(generated);
  });
});
