import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { coreRoutes } from '../../api/routes/groups/core-group';
import { createApiHandler, type StaffApiEdge } from './staff-api-edge';
import { staffApiServices } from './staff-api-services';

/** The `Api` function: the core routes (`core-group.ts`) on the staff API's services. */
export function composeCoreApi(edge: StaffApiEdge): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const services = staffApiServices(edge);
  return createApiHandler(coreRoutes(services), services, edge.logger, edge.config.corsAllowedOrigins);
}
