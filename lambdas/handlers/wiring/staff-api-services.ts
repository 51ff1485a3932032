import { randomUUID } from 'node:crypto';
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
import { SfnBulkEnrolmentStarter } from '../../adapters/sfn/bulk-enrolment-starter';
import { SfnJourneyExecutions } from '../../adapters/sfn/journey-executions';
import { SfnJourneyPublisher } from '../../adapters/sfn/journey-publisher';
import { sfnClient } from '../../adapters/sfn/start-execution';
import type { ApiServices } from '../../api/routes';
import { patientJourneysOf } from '../../api/routes/journey-enrolment-routes';
import type { PlatformConfig } from '../../config/config';
import type { SendRequestDetail } from '../../domain/events/messaging-event-schemas';
import type { FhirPathService } from '../../domain/fhir/fhirpath-port';
import { enrol } from '../../domain/journeys/enrolment/enrol';
import type { EnrolmentRequest } from '../../domain/journeys/enrolment/ports';
import { journeyReferencesFrom } from '../../domain/journeys/journey-service';
import type { JourneySchedules } from '../../domain/journeys/ports';
import type { SendRequest } from '../../domain/messaging/send-ports';
import type { TemplateStore } from '../../domain/messaging/templates/ports';
import type { PatientDirectory } from '../../domain/patients/ports';
import type { Logger } from '../../domain/ports';
import type { SegmentStore } from '../../domain/segments/ports';
import { patientSegmentsOf } from '../../domain/segments/segment-service';
import { apiFhirPath, evaluatedBy } from './api-fhirpath';
import { dynamoJourneys, dynamoSegments } from './definition-stores';
import { enrolmentDependenciesWith, journeyPatientsWith } from './journey-stores-wiring';
import { addressKeysLoader, linkKeyLoader, messagingStores } from './messaging-wiring';

import type { StaffApiEdge } from './staff-api-edge';

/** What the core and definition functions share (the routes of both are served by one handler locally). */
export type StaffApiServices = Omit<ApiServices, 'journeyInterpreter' | 'shippedCatalog' | 'patientMessages'>;

/**
 * The services of the core and definition routes on DynamoDB, EventBridge and Step Functions adapters
 * (everything but the shipped catalog and the simulation's interpreter).
 */
export function staffApiServices({ config, clock, logger, workflows }: StaffApiEdge): StaffApiServices {
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
  const fhirPath = apiFhirPath(config);
  const journeys = journeyApiServices(config, messaging.templates, segments, logger, journeySchedules, fhirPath);
  return {
    fhirPath,
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
    membershipPublisher: bus,
    patientListing: new DynamoPatientListing(client, config.patientsTable),
    computations: new DynamoComputationStore(client, config.platformTable),
    computationStarter,
    clock,
    newId: randomUUID,
    ...messaging,
    ...journeys,
    patientJourneys: (patientId) => patientJourneysOf(patientId, journeys),
  };
}

/** Journeys: their store, what their definitions may refer to, and publishing to Step Functions. */
export function journeyApiServices(
  config: PlatformConfig,
  templates: Pick<TemplateStore, 'get'>,
  segments: Pick<SegmentStore, 'get'>,
  logger: Logger,
  journeySchedules: JourneySchedules,
  fhirPath: FhirPathService,
) {
  const { prefix, stateMachineArnPrefix, roleArn, logGroupArn, keyArn } = config.journeyPublishing;
  const client = dynamoDocumentClient();
  const journeys = dynamoJourneys(client, config.platformTable);
  const journeyEntries = new DynamoJourneyEntryStore(client, config.patientsTable);
  const evaluate = evaluatedBy(fhirPath);
  const enrolment = { ...enrolmentDependenciesWith(config, logger, evaluate), journeys, entries: journeyEntries };
  const { patients, conditions } = journeyPatientsWith(config, evaluate);
  return {
    journeys,
    journeyEntries,
    journeyExecutions: new SfnJourneyExecutions(sfnClient(), { prefix, stateMachineArnPrefix }),
    journeyEventLog: new DynamoPatientEventLog(client, config.patientsTable),
    journeyPatients: patients,
    activities: new DynamoActivityStore(client, config.patientsTable),
    journeyConditions: conditions.changeConditions,
    enrolPatient: (request: EnrolmentRequest) => enrol(request, enrolment),
    bulkEnrolments: new SfnBulkEnrolmentStarter(sfnClient(), config.journeyBulkEnrolmentStateMachineArn),
    journeySchedules,
    references: journeyReferencesFrom(templates, segments, fhirPath),
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
export function messagingApiServices(
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
