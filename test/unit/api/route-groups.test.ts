import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { RouteDefinition } from '../../../lambdas/api/route';
import { API_FUNCTION_GROUPS, type ApiFunctionGroup } from '../../../lambdas/api/route-groups';
import { type ApiServices, describeRoutes, routesByGroup } from '../../../lambdas/api/routes';
import { coreRoutes } from '../../../lambdas/api/routes/groups/core-group';
import { definitionRoutes } from '../../../lambdas/api/routes/groups/definitions-group';
import { previewRoutes } from '../../../lambdas/api/routes/groups/preview-group';
import { simulationRoutes } from '../../../lambdas/api/routes/groups/simulation-group';
import { systemGroupRoutes } from '../../../lambdas/api/routes/groups/system-group';
import { FUNCTION_CATALOG } from '../../../lambdas/function-catalog';
import { routeToGroupFunctions } from '../../../local/api/route-integrations';

const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>) => `${route.method} ${route.path}`;
const unavailable = new Proxy({} as ApiServices, {
  get: (_, name) => {
    throw new Error(`${String(name)} was used while building routes`);
  },
});
/** What each function's entry serves: its group's list, built as its composition builds it. */
const SERVED_BY: Record<ApiFunctionGroup, () => RouteDefinition[]> = {
  core: () => coreRoutes(unavailable),
  definitions: () => definitionRoutes(unavailable),
  preview: () => previewRoutes(unavailable),
  simulation: () => simulationRoutes(unavailable),
  system: () => systemGroupRoutes(),
};

describe('the staff API split into functions by route group', () => {
  it('serves every route of the route table from exactly one function', () => {
    const served = API_FUNCTION_GROUPS.flatMap((group) => SERVED_BY[group]().map(routeKey));

    expect([...served].sort()).toEqual(describeRoutes().map(routeKey).sort());
    expect(new Set(served).size).toBe(served.length);
  });

  it("tags each route with the group whose function's list holds it", () => {
    const byGroup = routesByGroup(describeRoutes());
    for (const group of API_FUNCTION_GROUPS) {
      expect([group, byGroup[group].map(routeKey).sort()]).toEqual([group, SERVED_BY[group]().map(routeKey).sort()]);
    }
  });

  it('has exactly one function in the catalog for each group, with its own handler file', () => {
    const serving = Object.values(FUNCTION_CATALOG).flatMap((spec) =>
      'servesApi' in spec ? [{ group: spec.servesApi, entry: spec.entry }] : [],
    );

    expect(serving.map((s) => s.group).sort()).toEqual([...API_FUNCTION_GROUPS].sort());
    expect(new Set(serving.map((s) => s.entry)).size).toBe(serving.length);
  });

  it('refuses a route that belongs to no group', () => {
    const [route] = describeRoutes();
    const untagged = { ...(route as RouteDefinition), group: undefined };

    expect(() => routesByGroup([untagged])).toThrow(/belongs to no function group/);
  });
});

describe('the local stand-in for API Gateway', () => {
  const answering = (group: ApiFunctionGroup) => async () => ({ statusCode: 200, body: group });
  const handler = routeToGroupFunctions(
    describeRoutes(),
    Object.fromEntries(API_FUNCTION_GROUPS.map((group) => [group, answering(group)])) as never,
  );
  const request = (method: string, path: string) => ({ httpMethod: method, path }) as APIGatewayProxyEvent;
  const concrete = (path: string) => path.replace(/\{[A-Za-z]+\}/g, 'x-1');

  it("sends each route's requests to its group's function", async () => {
    for (const route of describeRoutes()) {
      const result = await handler(request(route.method, concrete(route.path)));
      expect([routeKey(route), result.body]).toEqual([routeKey(route), route.group]);
    }
  });

  it('sends a request no route matches to the core function, which answers 404', async () => {
    const result = await handler(request('GET', '/nowhere'));

    expect(result.body).toBe('core');
  });
});
