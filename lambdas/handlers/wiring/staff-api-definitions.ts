import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { definitionRoutes } from '../../api/routes/groups/definitions-group';
import { SHIPPED_CATALOG } from './shipped-catalog';
import { createApiHandler, type StaffApiEdge } from './staff-api-edge';
import { staffApiServices } from './staff-api-services';

/** The `ApiDefinitions` function: segments, templates, journeys (`definitions-group.ts`). */
export function composeDefinitionsApi(
  edge: StaffApiEdge,
): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const services = { ...staffApiServices(edge), shippedCatalog: SHIPPED_CATALOG };
  return createApiHandler(definitionRoutes(services), services, edge.logger, edge.config.corsAllowedOrigins);
}
