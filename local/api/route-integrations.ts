import type { RouteDefinition } from '../../lambdas/api/route';
import type { ApiFunctionGroup } from '../../lambdas/api/route-groups';
import type { RestApiHandler } from './local-api-server';

/**
 * What API Gateway does in front of the staff API's functions: a request goes to the function of the group of
 * the route it matches (a fixed path segment before a parameter, `/segments/catalog` before
 * `/segments/{segmentId}`). A request no route matches goes to the core function, which answers 404 as the
 * dispatcher does.
 */
export function routeToGroupFunctions(
  routes: readonly RouteDefinition[],
  handlers: Readonly<Record<ApiFunctionGroup, RestApiHandler>>,
): RestApiHandler {
  const matchers = routes
    .map((route) => ({
      method: route.method,
      pattern: new RegExp(`^${route.path.replace(/\{[A-Za-z]+\}/g, '[^/]+')}$`),
      parameters: (route.path.match(/\{/g) ?? []).length,
      group: route.group ?? 'core',
    }))
    .sort((a, b) => a.parameters - b.parameters);
  return (event) => {
    const path = event.path.replace(/\/+$/, '') || '/';
    const matched = matchers.find((m) => m.method === event.httpMethod.toUpperCase() && m.pattern.test(path));
    return handlers[matched?.group ?? 'core'](event);
  };
}
