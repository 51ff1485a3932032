import type { AuditLog } from '../../../domain/access/audit-trail';
import type { Clock } from '../../../domain/ports';
import { inGroup, type RouteDefinition } from '../../route';
import type { ShippedCatalogServices } from '../../shipped-catalog';
import { type JourneyEnrolmentServices, journeyEnrolmentRoutes } from '../journey-enrolment-routes';
import { type JourneyApiServices, journeyRoutes } from '../journey-routes';
import { segmentMemberRoutes } from '../segments-member-routes';
import { type SegmentApiServices, segmentRoutes } from '../segments-routes';

/** What the definition routes need. */
export interface DefinitionApiServices
  extends SegmentApiServices,
    JourneyApiServices,
    JourneyEnrolmentServices,
    ShippedCatalogServices {
  readonly audit: AuditLog;
  readonly clock: Clock;
}

/** Segments and their members, journeys and their enrolments: the `ApiDefinitions` function. */
export function definitionRoutes(services: DefinitionApiServices): RouteDefinition[] {
  return inGroup('definitions', [
    ...segmentRoutes(services),
    ...segmentMemberRoutes(services),
    ...journeyRoutes(services),
    ...journeyEnrolmentRoutes(services),
  ]);
}
