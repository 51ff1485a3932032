import type { AuditLog } from '../../../domain/access/audit-trail';
import type { Clock } from '../../../domain/ports';
import { inGroup, type RouteDefinition } from '../../route';
import type { ShippedCatalogServices } from '../../shipped-catalog';
import { type JourneyEnrolmentServices, journeyEnrolmentRoutes } from '../journey-enrolment-routes';
import { type JourneyApiServices, journeyRoutes } from '../journey-routes';
import { journeyRunRoutes } from '../journey-run-routes';
import { segmentMemberRoutes } from '../segments-member-routes';
import { type SegmentApiServices, segmentRoutes } from '../segments-routes';

/** What the definition routes need (the failed-runs listing reads the journeys and executions these carry). */
export interface DefinitionApiServices
  extends SegmentApiServices,
    JourneyApiServices,
    JourneyEnrolmentServices,
    ShippedCatalogServices {
  readonly audit: AuditLog;
  readonly clock: Clock;
}

/** Segments and their members, journeys, their enrolments and failed runs: the `ApiDefinitions` function. */
export function definitionRoutes(services: DefinitionApiServices): RouteDefinition[] {
  return inGroup('definitions', [
    ...segmentRoutes(services),
    ...segmentMemberRoutes(services),
    ...journeyRunRoutes(services),
    ...journeyRoutes(services),
    ...journeyEnrolmentRoutes(services),
  ]);
}
