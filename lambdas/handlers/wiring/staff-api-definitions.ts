import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import { SEGMENT_CATALOG } from '../../../catalog/segments';
import { TEMPLATE_CATALOG } from '../../../catalog/templates';
import { definitionRoutes } from '../../api/routes/groups/definitions-group';
import type { ShippedCatalog } from '../../api/shipped-catalog';
import { createApiHandler, type StaffApiEdge } from './staff-api-edge';
import { staffApiServices } from './staff-api-services';

/** The content shipped in `catalog/`, which the definition routes list and install. */
export const SHIPPED_CATALOG: ShippedCatalog = {
  segments: SEGMENT_CATALOG,
  journeys: JOURNEY_CATALOG,
  templates: TEMPLATE_CATALOG,
};

/** The `ApiDefinitions` function: segments, templates, journeys (`definitions-group.ts`). */
export function composeDefinitionsApi(
  edge: StaffApiEdge,
): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const services = { ...staffApiServices(edge), shippedCatalog: SHIPPED_CATALOG };
  return createApiHandler(definitionRoutes(services), services, edge.logger, edge.config.corsAllowedOrigins);
}
