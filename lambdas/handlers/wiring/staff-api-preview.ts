import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { DynamoAuditLog } from '../../adapters/dynamodb/audit-log';
import { DynamoPatientListing } from '../../adapters/dynamodb/patient-listing';
import { DynamoMembershipStore } from '../../adapters/dynamodb/segment-membership-store';
import { type PreviewApiServices, previewRoutes } from '../../api/routes/groups/preview-group';
import { localFhirPath } from '../../domain/fhir/local-fhirpath';
import { dynamoSegments } from './definition-stores';
import { linkKeyLoader } from './messaging-wiring';
import { createApiHandler, type PipelineServices, type ReadOnlyApiEdge } from './staff-api-edge';

/** What a preview reads: the patient listing, the patients' memberships and the active segments. */
export function previewApiServices({ config, clock }: ReadOnlyApiEdge): PreviewApiServices & PipelineServices {
  const client = dynamoDocumentClient();
  return {
    audit: new DynamoAuditLog(client, config.auditTable, config.auditRetentionDays),
    clock,
    patientListing: new DynamoPatientListing(client, config.patientsTable),
    memberships: new DynamoMembershipStore(client, config.patientsTable),
    segments: dynamoSegments(client, config.platformTable),
    // This function evaluates FHIRPath criteria itself, so it checks them itself too.
    fhirPath: localFhirPath,
    linkKey: linkKeyLoader(config),
  };
}

/** The `ApiSegmentPreview` function: `POST /segments/preview` (`preview-group.ts`). */
export function composePreviewApi(
  edge: ReadOnlyApiEdge,
): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const services = previewApiServices(edge);
  return createApiHandler(previewRoutes(services), services, edge.logger, edge.config.corsAllowedOrigins);
}
