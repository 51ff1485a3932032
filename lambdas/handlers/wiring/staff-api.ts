import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { type ApiServices, buildRoutes } from '../../api/routes';
import { SHIPPED_CATALOG } from './staff-api-definitions';
import { createApiHandler, type StaffApiEdge } from './staff-api-edge';
import { staffApiServices } from './staff-api-services';
import { simulationApiServices } from './staff-api-simulation';

export { awsStaffApiWorkflows, createApiHandler, MAX_BODY_BYTES, type StaffApiEdge } from './staff-api-edge';

/** Every service of the route table: those of the core and definition functions, the catalog and the simulation's. */
export function apiServices(edge: StaffApiEdge): ApiServices {
  return { ...simulationApiServices(edge), ...staffApiServices(edge), shippedCatalog: SHIPPED_CATALOG };
}

/**
 * The whole staff API in one handler, for the local API server: the services each deployed function composes
 * (`staff-api-core.ts`, `-definitions.ts`, `-simulation.ts`, `-system.ts`), merged, behind the whole route
 * table. On AWS each route's group has its own function, with its own entry in `lambdas/handlers/`.
 */
export function composeStaffApi(edge: StaffApiEdge): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const services = apiServices(edge);
  return createApiHandler(buildRoutes(services), services, edge.logger, edge.config.corsAllowedOrigins);
}
