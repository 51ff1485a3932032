import type { AuditLog } from '../../domain/access/audit-trail';
import type { Clock } from '../../domain/ports';
import { buildOpenApi } from '../openapi';
import type { RouteDefinition } from '../route';
import type { ShippedCatalogServices } from '../shipped-catalog';
import { type ActivityApiServices, activityRoutes } from './activity-routes';
import { auditRoutes } from './audit-routes';
import { type IngestionOperationsServices, ingestionRoutes } from './ingestion-routes';
import { type IngestionTraceServices, ingestionTraceRoutes } from './ingestion-trace-routes';
import { type JourneyEnrolmentServices, journeyEnrolmentRoutes } from './journey-enrolment-routes';
import { type JourneyApiServices, journeyRoutes } from './journey-routes';
import { journeyRunRoutes } from './journey-run-routes';
import { type JourneySimulationServices, journeySimulationRoutes } from './journey-simulation-routes';
import { type LinkApiServices, linkRoutes } from './link-routes';
import { type MessagingApiServices, messageRoutes } from './message-routes';
import { type MessagingSettingsServices, messagingSettingsRoutes } from './messaging-settings-routes';
import { type PatientApiServices, patientRoutes } from './patient-routes';
import { segmentMemberRoutes } from './segments-member-routes';
import { type SegmentApiServices, segmentRoutes } from './segments-routes';
import { sessionRoutes } from './session-routes';
import { systemRoutes } from './system-routes';
import { type TemplateApiServices, templateRoutes } from './template-routes';

/** Everything the routes need, as ports; the API handler wires AWS adapters, the local stack the same ones locally. */
export interface ApiServices
  extends PatientApiServices,
    IngestionOperationsServices,
    IngestionTraceServices,
    SegmentApiServices,
    TemplateApiServices,
    MessagingApiServices,
    MessagingSettingsServices,
    LinkApiServices,
    JourneyApiServices,
    JourneyEnrolmentServices,
    JourneySimulationServices,
    ActivityApiServices,
    ShippedCatalogServices {
  readonly audit: AuditLog;
  readonly clock: Clock;
}

export const API_TITLE = 'Patient outreach staff API';
export const API_VERSION = '0.4.0';

/** The route table: one list that the dispatcher serves, OpenAPI documents and CDK turns into API Gateway methods. */
export function buildRoutes(services: ApiServices): RouteDefinition[] {
  const routes: RouteDefinition[] = [];
  routes.push(
    ...systemRoutes(() => buildOpenApi(routes, { title: API_TITLE, version: API_VERSION })),
    ...sessionRoutes(),
    ...patientRoutes(services),
    ...auditRoutes(services),
    ...ingestionRoutes(services),
    ...ingestionTraceRoutes(services),
    ...segmentRoutes(services),
    ...segmentMemberRoutes(services),
    ...templateRoutes(services),
    ...messageRoutes(services),
    ...messagingSettingsRoutes(services),
    ...linkRoutes(services),
    ...journeyRunRoutes(services),
    ...journeyRoutes(services),
    ...journeyEnrolmentRoutes(services),
    ...journeySimulationRoutes(services),
    ...activityRoutes(services),
  );
  return routes;
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
