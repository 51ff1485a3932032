import type { AuditLog } from '../../../domain/access/audit-trail';
import type { Clock } from '../../../domain/ports';
import { inGroup, type RouteDefinition } from '../../route';
import type { ShippedCatalogServices } from '../../shipped-catalog';
import { type ActivityApiServices, activityRoutes } from '../activity-routes';
import { auditRoutes } from '../audit-routes';
import { type IngestionOperationsServices, ingestionRoutes } from '../ingestion-routes';
import { type IngestionTraceServices, ingestionTraceRoutes } from '../ingestion-trace-routes';
import { type LinkApiServices, linkRoutes } from '../link-routes';
import { type MessagingApiServices, messageRoutes } from '../message-routes';
import { type MessagingSettingsServices, messagingSettingsRoutes } from '../messaging-settings-routes';
import { type PatientApiServices, patientRoutes } from '../patient-routes';
import { sessionRoutes } from '../session-routes';
import { type TemplateApiServices, templateRoutes } from '../template-routes';

/** What the core routes need. */
export interface CoreApiServices
  extends PatientApiServices,
    IngestionOperationsServices,
    IngestionTraceServices,
    MessagingApiServices,
    MessagingSettingsServices,
    TemplateApiServices,
    LinkApiServices,
    ActivityApiServices,
    ShippedCatalogServices {
  readonly audit: AuditLog;
  readonly clock: Clock;
}

/** The caller's session, patients, audit, ingestion operations, templates, messages, settings, links, activities: the `Api` function. */
export function coreRoutes(services: CoreApiServices): RouteDefinition[] {
  return inGroup('core', [
    ...sessionRoutes(),
    ...patientRoutes(services),
    ...auditRoutes(services),
    ...ingestionRoutes(services),
    ...ingestionTraceRoutes(services),
    ...templateRoutes(services),
    ...messageRoutes(services),
    ...messagingSettingsRoutes(services),
    ...linkRoutes(services),
    ...activityRoutes(services),
  ]);
}
