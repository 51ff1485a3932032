import { buildOpenApi } from '../openapi';
import type { RouteDefinition } from '../route';
import { API_FUNCTION_GROUPS, type ApiFunctionGroup } from '../route-groups';
import { type CoreApiServices, coreRoutes } from './groups/core-group';
import { type DefinitionApiServices, definitionRoutes } from './groups/definitions-group';
import { type PreviewApiServices, previewRoutes } from './groups/preview-group';
import { type SimulationApiServices, simulationRoutes } from './groups/simulation-group';
import { systemGroupRoutes } from './groups/system-group';

/** Everything the routes need, as ports; the API handlers wire AWS adapters, the local stack the same ones locally. */
export type ApiServices = CoreApiServices & DefinitionApiServices & PreviewApiServices & SimulationApiServices;

export const API_TITLE = 'Patient outreach staff API';
export const API_VERSION = '0.4.0';

/**
 * The route table: one list that the dispatcher serves, OpenAPI documents and CDK turns into API Gateway
 * methods, each method integrated with the function of its route's group. Each function's own handler serves
 * its group's list (`lambdas/handlers/api*.ts`); the local server serves this one.
 */
export function buildRoutes(services: ApiServices): RouteDefinition[] {
  return [
    ...systemGroupRoutes(),
    ...coreRoutes(services),
    ...definitionRoutes(services),
    ...previewRoutes(services),
    ...simulationRoutes(services),
  ];
}

/** The routes of the route table, by the function that serves them. */
export function routesByGroup(routes: readonly RouteDefinition[]): Record<ApiFunctionGroup, RouteDefinition[]> {
  const groups = Object.fromEntries(API_FUNCTION_GROUPS.map((group) => [group, [] as RouteDefinition[]]));
  for (const route of routes) {
    if (!route.group) throw new Error(`${route.method} ${route.path} belongs to no function group`);
    groups[route.group]?.push(route);
  }
  return groups as Record<ApiFunctionGroup, RouteDefinition[]>;
}

/**
 * The routes without services, for infrastructure and documentation: route factories only touch their
 * services inside handlers, and these handlers are never called.
 */
export function describeRoutes(): RouteDefinition[] {
  const unavailable = new Proxy({} as ApiServices, {
    get: (_, name) => {
      throw new Error(`describeRoutes() has no services; ${String(name)} was used while building routes`);
    },
  });
  return buildRoutes(unavailable);
}

export function openApiDocument(): unknown {
  return buildOpenApi(describeRoutes(), { title: API_TITLE, version: API_VERSION });
}

/** Whether a request needs no token (health, OpenAPI, docs, and later the patient-facing links). */
export function publicRouteMatcher(routes: readonly RouteDefinition[]): (method: string, path: string) => boolean {
  const publicRoutes = routes
    .filter((route) => route.access.kind === 'public')
    .map((route) => ({
      method: route.method,
      pattern: new RegExp(`^${route.path.replace(/\{[A-Za-z]+\}/g, '[^/]+')}$`),
    }));
  return (method, path) => publicRoutes.some((r) => r.method === method.toUpperCase() && r.pattern.test(path));
}
