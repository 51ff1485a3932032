import type { AuditLog } from '../../../domain/access/audit-trail';
import type { Clock } from '../../../domain/ports';
import { inGroup, type RouteDefinition } from '../../route';
import { type ActivityApiServices, activityRoutes } from '../activity-routes';
import { auditRoutes } from '../audit-routes';
import { type IngestionOperationsServices, ingestionRoutes } from '../ingestion-routes';
import { type IngestionTraceServices, ingestionTraceRoutes } from '../ingestion-trace-routes';
import { type LinkApiServices, linkRoutes } from '../link-routes';
import { type MessagingApiServices, messageRoutes } from '../message-routes';
import { type MessagingSettingsServices, messagingSettingsRoutes } from '../messaging-settings-routes';
import { type PatientApiServices, patientRoutes } from '../patient-routes';

/** What the core routes need. */
export interface CoreApiServices
  extends PatientApiServices,
    IngestionOperationsServices,
    IngestionTraceServices,
    MessagingApiServices,
    MessagingSettingsServices,
    LinkApiServices,
    ActivityApiServices {
  readonly audit: AuditLog;
  readonly clock: Clock;
}

/** Patients, audit, ingestion operations, messages, settings, links and activities: the `Api` function. */
export function coreRoutes(services: CoreApiServices): RouteDefinition[] {
  return inGroup('core', [
    ...patientRoutes(services),
    ...auditRoutes(services),
    ...ingestionRoutes(services),
    ...ingestionTraceRoutes(services),
    ...messageRoutes(services),
    ...messagingSettingsRoutes(services),
    ...linkRoutes(services),
    ...activityRoutes(services),
  ]);
}
