/**
 * Every Lambda function of the platform, in one list. The CDK stacks create one `OutreachFunction`
 * per entry and grant exactly the access listed; the local stack imports the same handler files.
 */
import type { ApiFunctionGroup } from './api/route-groups';

export type TableName = 'patients' | 'messages' | 'audit' | 'platform';
export type AccessMode = 'read' | 'write' | 'readWrite';

export interface FunctionSpec {
  /** CDK construct id, also the local name. */
  readonly id: string;
  /** Handler file, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly tables: Readonly<Partial<Record<TableName, AccessMode>>>;
  readonly putsEvents: boolean;
  readonly readsImportBucket?: boolean;
  /** May start executions of the bulk import workflow (and is told its ARN). */
  readonly startsBulkImport?: boolean;
  /** May start executions of the segment computation workflow (and is told its ARN). */
  readonly startsSegmentComputation?: boolean;
  /**
   * What it does with journeys' state machines (`<prefix>-journey-*`), each grant on those alone:
   * `start` starts executions through an alias; `resume` answers callback tokens; `manage` publishes
   * (create, update, version, alias, passing the journey role), stops and inspects executions.
   */
  readonly journeys?: {
    readonly start?: boolean;
    readonly resume?: boolean;
    readonly manage?: boolean;
    /** Describes and stops journeys' executions (runs whose exit criteria were met). */
    readonly stop?: boolean;
    /** Compiles journeys (a simulation) without publishing them: is told the functions their tasks invoke. */
    readonly compile?: boolean;
  };
  /** May start executions of the journey bulk enrolment workflow (and is told its ARN). */
  readonly startsJourneyBulkEnrolment?: boolean;
  /** May invoke CheckJourneyExit, for exit checks that need a FHIR condition (and is told its name). */
  readonly invokesExitCheck?: boolean;
  /** May invoke EvaluateFhirPath, for FHIRPath it does not bundle (and is told its name). */
  readonly invokesFhirPath?: boolean;
  /**
   * Invoked by API Gateway for the routes of this group of the staff API (`lambdas/api/route-groups.ts`); is told
   * the API's settings (allowed CORS origins).
   */
  readonly servesApi?: ApiFunctionGroup;
  /** What it sends through and reads for messaging; each grant is scoped to the platform's own resources. */
  readonly messaging?: {
    /** SES v2 `SendEmail` through the configuration set. */
    readonly email?: boolean;
    /** End User Messaging SMS `SendTextMessage` from the pool. */
    readonly sms?: boolean;
    /** Pinpoint `SendMessages` on the push application. */
    readonly push?: boolean;
    /** The letters bucket. */
    readonly letters?: 'write' | 'readWrite';
    /** Reads the link signing secret (signs or verifies patient links). */
    readonly linkKey?: boolean;
    /** Reads the address key secret (derives the keys of suppressions and opt-outs from addresses). */
    readonly addressKey?: boolean;
  };
}

/**
 * What the core and definition functions of the staff API may do: one grant set, since both build the
 * staff API's services (`staff-api-services.ts`).
 */
const STAFF_API = {
  memoryMb: 1024,
  // API Gateway stops waiting for a REST integration after 29 seconds.
  timeoutSeconds: 29,
  // The audit table is append-only: writing it grants PutItem and nothing that updates or deletes.
  tables: { patients: 'readWrite', messages: 'readWrite', audit: 'readWrite', platform: 'readWrite' },
  putsEvents: true,
  startsBulkImport: true,
  startsSegmentComputation: true,
  journeys: { start: true, manage: true },
  startsJourneyBulkEnrolment: true,
  messaging: { linkKey: true, addressKey: true },
  invokesFhirPath: true,
} as const;

export const FUNCTION_CATALOG = {
  ingestFhirEvent: {
    id: 'IngestFhirEvent',
    entry: 'lambdas/handlers/ingest-fhir-event.ts',
    description: 'Validates an upstream FHIR Resource Changed event and projects it into the patient store',
    memoryMb: 1024,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite', platform: 'write' },
    putsEvents: true,
  },
  collectDeadLetters: {
    id: 'CollectDeadLetters',
    entry: 'lambdas/handlers/collect-dead-letters.ts',
    description: 'Moves events that failed delivery or processing from the DLQ into the queryable dead-letter store',
    memoryMb: 256,
    timeoutSeconds: 30,
    tables: { platform: 'write' },
    putsEvents: false,
  },
  listImportFiles: {
    id: 'ListImportFiles',
    entry: 'lambdas/handlers/list-import-files.ts',
    description: 'Lists the NDJSON and Bundle files of a bulk import and records the import job',
    memoryMb: 256,
    timeoutSeconds: 60,
    tables: { platform: 'readWrite' },
    putsEvents: false,
    readsImportBucket: true,
  },
  importFile: {
    id: 'ImportFile',
    entry: 'lambdas/handlers/import-file.ts',
    description: 'Ingests one NDJSON or Bundle file of a bulk import, counting accepted and rejected resources',
    memoryMb: 1769,
    timeoutSeconds: 900,
    tables: { patients: 'readWrite', platform: 'readWrite' },
    putsEvents: true,
    readsImportBucket: true,
  },
  summarizeImport: {
    id: 'SummarizeImport',
    entry: 'lambdas/handlers/summarize-import.ts',
    description: 'Closes a bulk import job with its totals and announces it',
    memoryMb: 256,
    timeoutSeconds: 30,
    tables: { platform: 'readWrite' },
    putsEvents: true,
  },
  indexPatientSearch: {
    id: 'IndexPatientSearch',
    entry: 'lambdas/handlers/index-patient-search.ts',
    description: "Keeps a patient's search entries (name, identifier, birth date) in step with the Patient",
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite' },
    putsEvents: false,
  },
  applyConsentPreferences: {
    id: 'ApplyConsentPreferences',
    entry: 'lambdas/handlers/apply-consent-preferences.ts',
    description: 'Records the communication preferences a changed FHIR Consent states (source fhir-consent)',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite' },
    putsEvents: false,
  },
  evaluatePatientSegments: {
    id: 'EvaluatePatientSegments',
    entry: 'lambdas/handlers/evaluate-patient-segments.ts',
    description: 'Re-evaluates one patient against every active segment when their facts or engagement change',
    memoryMb: 1024,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite', platform: 'read' },
    putsEvents: true,
  },
  wakeDueSegments: {
    id: 'WakeDueSegments',
    entry: 'lambdas/handlers/wake-due-segments.ts',
    description: 'Every minute, re-evaluates the patients whose segment membership changes with time by now',
    memoryMb: 1024,
    timeoutSeconds: 300,
    tables: { patients: 'readWrite', platform: 'read' },
    putsEvents: true,
  },
  startSegmentComputation: {
    id: 'StartSegmentComputation',
    entry: 'lambdas/handlers/start-segment-computation.ts',
    description: 'Records a full segment computation and lists the patient shards it walks',
    memoryMb: 256,
    timeoutSeconds: 30,
    tables: { platform: 'readWrite' },
    putsEvents: false,
  },
  computeSegmentPage: {
    id: 'ComputeSegmentPage',
    entry: 'lambdas/handlers/compute-segment-page.ts',
    description: 'Re-evaluates one page of patients of a shard against every active segment, counting progress',
    memoryMb: 1769,
    timeoutSeconds: 300,
    tables: { patients: 'readWrite', platform: 'readWrite' },
    putsEvents: true,
  },
  finishSegmentComputation: {
    id: 'FinishSegmentComputation',
    entry: 'lambdas/handlers/finish-segment-computation.ts',
    description: 'Closes a full segment computation with its totals',
    memoryMb: 256,
    timeoutSeconds: 30,
    tables: { platform: 'readWrite' },
    putsEvents: false,
  },
  sendMessage: {
    id: 'SendMessage',
    entry: 'lambdas/handlers/send-message.ts',
    description: 'Sends one message through consent and the sending policy, at most once per cause',
    memoryMb: 1024,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite', messages: 'readWrite', platform: 'read' },
    putsEvents: true,
    messaging: { email: true, sms: true, push: true, letters: 'write', linkKey: true, addressKey: true },
  },
  sendJourneyMessage: {
    id: 'SendJourneyMessage',
    entry: 'lambdas/handlers/send-journey-message.ts',
    description: "A journey's send step: the exit check, then one message through policy, at most once per step",
    memoryMb: 1024,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite', messages: 'readWrite', platform: 'read' },
    putsEvents: true,
    messaging: { email: true, sms: true, push: true, letters: 'write', linkKey: true, addressKey: true },
    // FHIRPath stays out of this bundle: an exit condition on a FHIR change is evaluated by CheckJourneyExit.
    invokesExitCheck: true,
  },
  resumeDeferredSends: {
    id: 'ResumeDeferredSends',
    entry: 'lambdas/handlers/resume-deferred-sends.ts',
    description: 'Every minute, sends the staff and campaign messages that quiet hours deferred and that are now due',
    memoryMb: 1024,
    timeoutSeconds: 300,
    tables: { patients: 'readWrite', messages: 'readWrite', platform: 'read' },
    putsEvents: true,
    messaging: { email: true, sms: true, push: true, letters: 'write', linkKey: true, addressKey: true },
  },
  recordEmailFeedback: {
    id: 'RecordEmailFeedback',
    entry: 'lambdas/handlers/record-email-feedback.ts',
    description: 'Applies SES delivery, bounce, complaint, open and click events to the message log',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite', messages: 'readWrite', platform: 'write' },
    putsEvents: true,
  },
  recordSmsFeedback: {
    id: 'RecordSmsFeedback',
    entry: 'lambdas/handlers/record-sms-feedback.ts',
    description: 'Applies End User Messaging SMS delivery receipts to the message log',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite', messages: 'readWrite', platform: 'write' },
    putsEvents: true,
  },
  receiveInboundSms: {
    id: 'ReceiveInboundSms',
    entry: 'lambdas/handlers/receive-inbound-sms.ts',
    description: 'Acts on inbound SMS: STOP and START, HELP answers, configured keyword replies',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite', messages: 'readWrite', platform: 'readWrite' },
    putsEvents: true,
    messaging: { sms: true, addressKey: true },
  },
  closeLetterBatch: {
    id: 'CloseLetterBatch',
    entry: 'lambdas/handlers/close-letter-batch.ts',
    description: "Writes the day's print manifest for the mail house from the letters sent that day",
    memoryMb: 512,
    timeoutSeconds: 300,
    tables: {},
    putsEvents: false,
    messaging: { letters: 'readWrite' },
  },
  resolveJourneyWaitTime: {
    id: 'ResolveJourneyWaitTime',
    entry: 'lambdas/handlers/resolve-journey-wait-time.ts',
    description: "A journey's wait step: the instant to wait until (a resource's time, or a local time of day)",
    memoryMb: 512,
    timeoutSeconds: 15,
    tables: { patients: 'read', platform: 'read' },
    putsEvents: false,
  },
  registerJourneyWait: {
    id: 'RegisterJourneyWait',
    entry: 'lambdas/handlers/register-journey-wait.ts',
    description:
      "A journey's wait-for-event step: stores its callback token, resumes at once if the event already came",
    memoryMb: 512,
    timeoutSeconds: 15,
    tables: { patients: 'readWrite' },
    putsEvents: false,
    journeys: { resume: true },
  },
  createJourneyActivity: {
    id: 'CreateJourneyActivity',
    entry: 'lambdas/handlers/create-journey-activity.ts',
    description: 'A journey step that creates a staff activity (a follow-up call) and announces it',
    memoryMb: 512,
    timeoutSeconds: 15,
    tables: { patients: 'readWrite' },
    putsEvents: true,
  },
  updateJourneyAttribute: {
    id: 'UpdateJourneyAttribute',
    entry: 'lambdas/handlers/update-journey-attribute.ts',
    description: 'A journey step that sets a patient attribute',
    memoryMb: 256,
    timeoutSeconds: 15,
    tables: { patients: 'readWrite' },
    putsEvents: false,
  },
  checkJourneyExit: {
    id: 'CheckJourneyExit',
    entry: 'lambdas/handlers/check-journey-exit.ts',
    description: "Before a journey's send: whether an exit criterion happened since the patient entered",
    memoryMb: 512,
    timeoutSeconds: 15,
    tables: { patients: 'read' },
    putsEvents: false,
  },
  evaluateJourneyCondition: {
    id: 'EvaluateJourneyCondition',
    entry: 'lambdas/handlers/evaluate-journey-condition.ts',
    description: "A journey branch on the triggering resource: evaluates the branch's FHIRPath condition",
    memoryMb: 512,
    timeoutSeconds: 15,
    tables: { patients: 'read' },
    putsEvents: false,
  },
  enrolInJourneys: {
    id: 'EnrolInJourneys',
    entry: 'lambdas/handlers/enrol-in-journeys.ts',
    description: 'Enrols patients in active journeys on segment entry, FHIR triggers, and bulk enrolment pages',
    memoryMb: 1024,
    timeoutSeconds: 120,
    tables: { patients: 'readWrite', platform: 'read' },
    putsEvents: false,
    journeys: { start: true },
  },
  resumeJourneyWaits: {
    id: 'ResumeJourneyWaits',
    entry: 'lambdas/handlers/resume-journey-waits.ts',
    description: "Logs a patient's events for journeys, resumes the executions waiting for them, stops runs that exit",
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { patients: 'readWrite', messages: 'read', platform: 'read' },
    putsEvents: false,
    journeys: { resume: true, stop: true },
  },
  pageSegmentMembers: {
    id: 'PageSegmentMembers',
    entry: 'lambdas/handlers/page-segment-members.ts',
    description: "One page of a segment's current members, for the journey bulk enrolment workflow",
    memoryMb: 512,
    timeoutSeconds: 60,
    tables: { patients: 'read' },
    putsEvents: false,
  },
  evaluateFhirPath: {
    id: 'EvaluateFhirPath',
    entry: 'lambdas/handlers/evaluate-fhirpath.ts',
    description: "For the staff API: whether definitions' FHIRPath compiles, and journey conditions over changes",
    memoryMb: 512,
    timeoutSeconds: 15,
    // Everything it evaluates comes in the request: it reads no table.
    tables: {},
    putsEvents: false,
  },
  api: {
    id: 'Api',
    entry: 'lambdas/handlers/api.ts',
    description:
      "Serves the staff API's core routes (patients, audit, ingestion, messages, settings, links, activities)",
    ...STAFF_API,
    servesApi: 'core',
  },
  apiDefinitions: {
    id: 'ApiDefinitions',
    entry: 'lambdas/handlers/api-definitions.ts',
    description: "Serves the staff API's definition routes: segments, templates, journeys and their enrolments",
    ...STAFF_API,
    // Segments and journeys never look an address up: no address key.
    messaging: { linkKey: true },
    servesApi: 'definitions',
  },
  apiSegmentPreview: {
    id: 'ApiSegmentPreview',
    entry: 'lambdas/handlers/api-segment-preview.ts',
    description: "Serves the staff API's segment preview: an unsaved definition evaluated over the patients",
    memoryMb: 1024,
    timeoutSeconds: 29,
    // A preview reads and writes nothing but its audit entry.
    tables: { patients: 'read', audit: 'readWrite', platform: 'read' },
    putsEvents: false,
    messaging: { linkKey: true },
    servesApi: 'preview',
  },
  apiSimulation: {
    id: 'ApiSimulation',
    entry: 'lambdas/handlers/api-simulation.ts',
    description: "Serves the staff API's journey simulation: a version run on a simulated clock, reading only",
    memoryMb: 1024,
    timeoutSeconds: 29,
    // A simulation reads and writes nothing but its audit entry.
    tables: { patients: 'read', messages: 'read', audit: 'readWrite', platform: 'read' },
    putsEvents: false,
    journeys: { compile: true },
    messaging: { linkKey: true, addressKey: true },
    invokesFhirPath: true,
    servesApi: 'simulation',
  },
  apiSystem: {
    id: 'ApiSystem',
    entry: 'lambdas/handlers/api-system.ts',
    description: "Serves the staff API's public system routes: health, the OpenAPI document and its page",
    memoryMb: 256,
    timeoutSeconds: 10,
    // The pipeline every route runs through has the audit trail and its criteria key; these routes audit nothing.
    tables: { audit: 'readWrite' },
    putsEvents: false,
    messaging: { linkKey: true },
    servesApi: 'system',
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionKey = keyof typeof FUNCTION_CATALOG;
