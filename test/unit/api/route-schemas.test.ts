import { describeRoutes } from '../../../lambdas/api/routes';
import { createAjv } from '../../../lambdas/domain/validation/ajv';

// The dispatcher compiles a route's schemas on its first request; this keeps a broken schema from waiting for it.
describe('the route schemas', () => {
  const ajv = createAjv({ applyDefaults: true });
  const schemas = describeRoutes().flatMap((route) =>
    (['params', 'query', 'body'] as const)
      .filter((part) => route[part] !== undefined)
      .map((part) => [`${route.method} ${route.path} ${part}`, route[part]] as const),
  );

  it('are found on the routes', () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  it.each(schemas)('%s compiles with the platform option set', (_name, schema) => {
    expect(() => ajv.compile(schema as object)).not.toThrow();
  });
});
