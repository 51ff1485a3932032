import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { DynamoAddressBook } from '../../adapters/dynamodb/address-book';
import { DynamoAuditLog } from '../../adapters/dynamodb/audit-log';
import { DynamoMessagingSettingsStore } from '../../adapters/dynamodb/messaging-settings-store';
import { DynamoPreferenceStore } from '../../adapters/dynamodb/preference-store';
import { DynamoMembershipStore } from '../../adapters/dynamodb/segment-membership-store';
import { localAslInterpreter } from '../../adapters/sfn/asl-interpreter';
import { type SimulationApiServices, simulationRoutes } from '../../api/routes/groups/simulation-group';
import { journeyReferencesFrom } from '../../domain/journeys/journey-service';
import { patientSegmentsOf } from '../../domain/segments/segment-service';
import { apiFhirPath } from './api-fhirpath';
import { dynamoJourneys, dynamoSegments, dynamoTemplates } from './definition-stores';
import { journeyPatientDirectory } from './journey-stores-wiring';
import { addressKeysLoader, linkKeyLoader } from './messaging-wiring';
import { createApiHandler, type PipelineServices, type ReadOnlyApiEdge } from './staff-api-edge';

/**
 * What a simulation reads, and nothing else: the journey, the patient, templates, the sending policy, and the
 * ASL interpreter that runs the compiled version on the simulated clock (in this function alone).
 */
export function simulationApiServices({ config, clock }: ReadOnlyApiEdge): SimulationApiServices & PipelineServices {
  const client = dynamoDocumentClient();
  // The stores it reads, not `messagingStores` (whose publisher would ask for the event bus it never uses).
  const templates = dynamoTemplates(client, config.platformTable);
  const addressBook = new DynamoAddressBook(client, config.messagesTable);
  const segments = dynamoSegments(client, config.platformTable);
  const memberships = new DynamoMembershipStore(client, config.patientsTable);
  const fhirPath = apiFhirPath(config);
  return {
    audit: new DynamoAuditLog(client, config.auditTable, config.auditRetentionDays),
    clock,
    journeys: dynamoJourneys(client, config.platformTable),
    references: journeyReferencesFrom(templates, segments, fhirPath),
    deployment: { functions: config.journeyFunctions, patientsTable: config.patientsTable },
    patientPreferences: new DynamoPreferenceStore(client, config.patientsTable),
    patientSegments: (patientId, mayReadClinical) =>
      patientSegmentsOf(patientId, mayReadClinical, { segments, memberships }),
    messagingSettings: new DynamoMessagingSettingsStore(client, config.platformTable),
    templates,
    journeyPatients: journeyPatientDirectory(config),
    addressStatuses: (keys) => addressBook.statusOf(keys),
    addressKeys: addressKeysLoader(config),
    journeyInterpreter: localAslInterpreter,
    linkKey: linkKeyLoader(config),
  };
}

/** The `ApiSimulation` function: `POST /journeys/{journeyId}/simulate` (`simulation-group.ts`). */
export function composeSimulationApi(
  edge: ReadOnlyApiEdge,
): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const services = simulationApiServices(edge);
  return createApiHandler(simulationRoutes(services), services, edge.logger, edge.config.corsAllowedOrigins);
}
