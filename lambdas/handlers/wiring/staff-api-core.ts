import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { coreRoutes } from '../../api/routes/groups/core-group';
import { patientMessageOf } from '../../api/schemas/message-api-schemas';
import { SHIPPED_CATALOG } from './shipped-catalog';
import { createApiHandler, type StaffApiEdge } from './staff-api-edge';
import { staffApiServices } from './staff-api-services';

/** How many of a patient's newest messages the 360 view shows. */
const PATIENT_360_MESSAGES = 20;

/** The `Api` function: the core routes (`core-group.ts`) on the staff API's services. */
export function composeCoreApi(edge: StaffApiEdge): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const shared = staffApiServices(edge);
  const services = {
    ...shared,
    shippedCatalog: SHIPPED_CATALOG,
    patientMessages: async (patientId: string) =>
      (await shared.messages.byPatient(patientId, PATIENT_360_MESSAGES)).items.map(patientMessageOf),
  };
  return createApiHandler(coreRoutes(services), services, edge.logger, edge.config.corsAllowedOrigins);
}
