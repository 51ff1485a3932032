import { randomUUID } from 'node:crypto';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import { SEGMENT_CATALOG } from '../../../catalog/segments';
import { TEMPLATE_CATALOG } from '../../../catalog/templates';
import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { eventBridge } from '../../adapters/aws-clients/eventbridge';
import { DynamoActivityStore } from '../../adapters/dynamodb/activity-store';
import { DynamoAuditLog } from '../../adapters/dynamodb/audit-log';
import { DynamoComputationStore } from '../../adapters/dynamodb/computation-store';
import { DynamoDeadLetterStore } from '../../adapters/dynamodb/dead-letter-store';
import { DynamoImportJobStore } from '../../adapters/dynamodb/import-job-store';
import { DynamoIngestionStore } from '../../adapters/dynamodb/ingestion-store';
import { DynamoJourneyEntryStore } from '../../adapters/dynamodb/journey-entry-store';
import { DynamoPatientDirectory } from '../../adapters/dynamodb/patient-directory';
import { DynamoPatientEventLog } from '../../adapters/dynamodb/patient-event-log';
import { DynamoPatientListing } from '../../adapters/dynamodb/patient-listing';
import { DynamoPreferenceStore } from '../../adapters/dynamodb/preference-store';
import { DynamoMembershipStore } from '../../adapters/dynamodb/segment-membership-store';
import { EventBridgePublisher } from '../../adapters/eventbridge/event-publisher';
import { SchedulerJourneySchedules } from '../../adapters/scheduler/journey-schedules';
import { localAslInterpreter } from '../../adapters/sfn/asl-interpreter';
import { SfnBulkEnrolmentStarter } from '../../adapters/sfn/bulk-enrolment-starter';
import { SfnBulkImportStarter } from '../../adapters/sfn/bulk-import-starter';
import { SfnComputationStarter } from '../../adapters/sfn/computation-starter';
import { SfnJourneyExecutions } from '../../adapters/sfn/journey-executions';
import { SfnJourneyPublisher } from '../../adapters/sfn/journey-publisher';
import { sfnClient } from '../../adapters/sfn/start-execution';
import { createApi } from '../../api/dispatch';
import { toApiRequest, toProxyResult } from '../../api/rest-event';
import { type ApiServices, buildRoutes } from '../../api/routes';
import { patientJourneysOf } from '../../api/routes/journey-enrolment-routes';
import { patientMessageOf } from '../../api/schemas/message-api-schemas';
import type { PlatformConfig } from '../../config/config';
import type { SendRequestDetail } from '../../domain/events/messaging-event-schemas';
import type { BulkImportStarter } from '../../domain/ingestion/operations';
import { enrol } from '../../domain/journeys/enrolment/enrol';
import type { EnrolmentRequest } from '../../domain/journeys/enrolment/ports';
import { journeyReferencesFrom } from '../../domain/journeys/journey-service';
import type { JourneySchedules } from '../../domain/journeys/ports';
import type { SendRequest } from '../../domain/messaging/send-ports';
import type { TemplateStore } from '../../domain/messaging/templates/ports';
import type { PatientDirectory } from '../../domain/patients/ports';
import type { Clock, Logger } from '../../domain/ports';
import type { ComputationStarter, SegmentStore } from '../../domain/segments/ports';
import { patientSegmentsOf } from '../../domain/segments/segment-service';
import { dynamoJourneys, dynamoSegments } from './definition-stores';
import { enrolmentDependencies, journeyPatients } from './journey-wiring';
import { addressKeysLoader, linkKeyLoader, messagingStores } from './messaging-wiring';

/** How many of a patient's newest messages the 360 view shows. */
const PATIENT_360_MESSAGES = 20;

/** API Gateway caps payloads at 10 MB; staff requests are small, so anything past this is refused with 413. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The workflows the staff API starts: Step Functions and EventBridge Scheduler on AWS, local stand-ins locally. */
export interface StaffApiWorkflows {
  readonly importStarter: BulkImportStarter;
  readonly computationStarter: ComputationStarter;
  /** Journeys' scheduled enrolments: EventBridge Scheduler on AWS, the virtual clock locally. */
  readonly journeySchedules: JourneySchedules;
}

/** What differs between the Lambda function and the local API server: the clock and the workflow starters. */
export interface StaffApiEdge {
  readonly config: PlatformConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly workflows: StaffApiWorkflows;
}

/** The deployed workflows, from the state machine ARNs, the import bucket and the scheduler group in the config. */
export function awsStaffApiWorkflows(config: PlatformConfig): StaffApiWorkflows {
  return {
    importStarter: new SfnBulkImportStarter(sfnClient(), config.bulkImportStateMachineArn, config.importBucket),
    computationStarter: new SfnComputationStarter(sfnClient(), config.segmentComputationStateMachineArn),
    journeySchedules: new SchedulerJourneySchedules(new SchedulerClient({}), config.journeyScheduling),
  };
}

/**
 * The one composition root of the staff API: the Lambda handler and the local API server both call it, so
 * the routes, stores, CORS and pipeline are the same; only the edge (clock, workflow starters) differs.
 */
export function composeStaffApi(edge: StaffApiEdge): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  return createApiHandler(apiServices(edge), edge.logger, edge.config.corsAllowedOrigins);
}

/** The API's services on DynamoDB, EventBridge and Step Functions adapters. */
export function apiServices({ config, clock, logger, workflows }: StaffApiEdge): ApiServices {
  const { importStarter, computationStarter, journeySchedules } = workflows;
  const client = dynamoDocumentClient();
  const patientServices = {
    patientDirectory: new DynamoPatientDirectory(client, config.patientsTable),
    patientPreferences: new DynamoPreferenceStore(client, config.patientsTable),
  };
  const bus = new EventBridgePublisher(eventBridge(), config.eventBusName);
  const messaging = messagingApiServices(config, bus, patientServices.patientDirectory, logger);
  const segments = dynamoSegments(client, config.platformTable);
  const memberships = new DynamoMembershipStore(client, config.patientsTable);
  const journeys = journeyApiServices(config, messaging.templates, segments, logger, journeySchedules);
  return {
    ...patientServices,
    audit: new DynamoAuditLog(client, config.auditTable, config.auditRetentionDays),
    deadLetters: new DynamoDeadLetterStore(client, config.platformTable, config.deadLetterRetentionDays),
    ingestionStore: new DynamoIngestionStore(client, config.patientsTable),
    bus,
    busName: config.eventBusName,
    upstreamEventSource: config.upstreamEventSource,
    importJobs: new DynamoImportJobStore(client, config.platformTable),
    importStarter,
    segments,
    memberships,
    patientSegments: (patientId, mayReadClinical) =>
      patientSegmentsOf(patientId, mayReadClinical, { segments, memberships }),
    patientMessages: async (patientId) =>
      (await messaging.messages.byPatient(patientId, PATIENT_360_MESSAGES)).items.map(patientMessageOf),
    membershipPublisher: bus,
    patientListing: new DynamoPatientListing(client, config.patientsTable),
    computations: new DynamoComputationStore(client, config.platformTable),
    computationStarter,
    clock,
    newId: randomUUID,
    shippedCatalog: { segments: SEGMENT_CATALOG, journeys: JOURNEY_CATALOG, templates: TEMPLATE_CATALOG },
    ...messaging,
    ...journeys,
    patientJourneys: (patientId) => patientJourneysOf(patientId, journeys),
  };
}

/** Journeys: their store, what their definitions may refer to, and publishing to Step Functions. */
function journeyApiServices(
  config: PlatformConfig,
  templates: Pick<TemplateStore, 'get'>,
  segments: Pick<SegmentStore, 'get'>,
  logger: Logger,
  journeySchedules: JourneySchedules,
) {
  const { prefix, stateMachineArnPrefix, roleArn, logGroupArn, keyArn } = config.journeyPublishing;
  const client = dynamoDocumentClient();
  const journeys = dynamoJourneys(client, config.platformTable);
  const journeyEntries = new DynamoJourneyEntryStore(client, config.patientsTable);
  const enrolment = { ...enrolmentDependencies(config, logger), journeys, entries: journeyEntries };
  return {
    journeys,
    journeyEntries,
    journeyExecutions: new SfnJourneyExecutions(sfnClient(), { prefix, stateMachineArnPrefix }),
    journeyEventLog: new DynamoPatientEventLog(client, config.patientsTable),
    journeyPatients: journeyPatients(config).patients,
    journeyInterpreter: localAslInterpreter,
    activities: new DynamoActivityStore(client, config.patientsTable),
    journeyConditions: journeyPatients(config).conditions.changeConditions,
    enrolPatient: (request: EnrolmentRequest) => enrol(request, enrolment),
    bulkEnrolments: new SfnBulkEnrolmentStarter(sfnClient(), config.journeyBulkEnrolmentStateMachineArn),
    journeySchedules,
    references: journeyReferencesFrom(templates, segments),
    journeyPublisher: new SfnJourneyPublisher(sfnClient(), {
      prefix,
      stateMachineArnPrefix,
      roleArn,
      // Errors only, without execution data: the history holds ids, but logs need not even hold those.
      ...(logGroupArn
        ? {
            logging: {
              level: 'ERROR' as const,
              includeExecutionData: false,
              destinations: [{ cloudWatchLogsLogGroup: { logGroupArn } }],
            },
          }
        : {}),
      // The workflow key, with data keys reused for five minutes (fewer KMS requests per execution).
      ...(keyArn
        ? {
            encryption: {
              type: 'CUSTOMER_MANAGED_KMS_KEY' as const,
              kmsKeyId: keyArn,
              kmsDataKeyReusePeriodSeconds: 300,
            },
          }
        : {}),
      tags: { application: 'patient-outreach', stage: config.stage },
    }),
    deployment: { functions: config.journeyFunctions, patientsTable: config.patientsTable },
  };
}

/** The template, message-log, device, settings and patient-link routes' services. */
function messagingApiServices(
  config: PlatformConfig,
  bus: EventBridgePublisher,
  directory: PatientDirectory,
  logger: Logger,
) {
  const stores = messagingStores(config);
  return {
    templates: stores.templates,
    templatePreviewData: async (patientId: string, resource?: { resourceType: string; id: string }) => {
      const patient = await directory.getPatient(patientId);
      if (!patient) return undefined;
      const triggeringResource = resource
        ? await stores.directory.getResource(patientId, resource.resourceType, resource.id)
        : undefined;
      return { patient, ...(triggeringResource ? { triggeringResource } : {}) };
    },
    messagingSettingsForPreview: async () => (await stores.settings.get()).settings,
    messages: stores.messages,
    devices: stores.devices,
    requestMessage: (request: SendRequest) => bus.publishMessageRequested([request as SendRequestDetail]),
    patientExists: async (patientId: string) => (await directory.getPatient(patientId)) !== undefined,
    messagingSettings: stores.settings,
    organisationTimeZone: async () => (await stores.settings.get()).settings.policy.defaultTimeZone,
    addressStatuses: (keys: readonly string[]) => stores.addressBook.statusOf(keys),
    addressKeys: addressKeysLoader(config),
    linkKey: linkKeyLoader(config),
    publisher: bus,
    logger,
  };
}

/**
 * API Gateway (REST, proxy integration) → the route table's pipeline → API Gateway. With a proxy
 * integration the function's own responses must carry the CORS headers for the allowed origins.
 */
export function createApiHandler(
  services: ApiServices,
  logger: Logger,
  corsAllowedOrigins: readonly string[] = [],
): (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult> {
  const api = createApi(buildRoutes(services), {
    audit: services.audit,
    clock: services.clock,
    logger,
    newId: randomUUID,
    maxBodyBytes: MAX_BODY_BYTES,
    // The link signing secret, under its own label in the hashed text (`audit-entries.ts`): no second secret to fetch.
    criteriaKey: services.linkKey,
  });
  return async (event) => {
    const result = toProxyResult(await api(toApiRequest(event)));
    const origin = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'origin')?.[1];
    if (origin && corsAllowedOrigins.includes(origin)) {
      result.headers = { ...result.headers, 'access-control-allow-origin': origin, vary: 'Origin' };
    }
    return result;
  };
}
