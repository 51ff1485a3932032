import { type App, CfnOutput, type Environment, Tags } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { API_FUNCTION_GROUPS, type ApiFunctionGroup } from '../lambdas/api/route-groups';
import { describeRoutes } from '../lambdas/api/routes';
import { FUNCTION_CATALOG, type FunctionKey, type FunctionSpec } from '../lambdas/function-catalog';
import { addCompliancePacks } from './compliance';
import type { OutreachFunction } from './constructs/outreach-function';
import { stackName } from './naming';
import type { OutreachSettings } from './settings';
import { ApiStack } from './stacks/api-stack';
import { ConsoleStack } from './stacks/console-stack';
import { DataStack } from './stacks/data-stack';
import { EventsStack } from './stacks/events-stack';
import { IngestionStack } from './stacks/ingestion-stack';
import { JourneysStack } from './stacks/journeys-stack';
import { MessagingRoutesStack, MessagingStack } from './stacks/messaging-stack';
import { SegmentsStack } from './stacks/segments-stack';

export interface OutreachStacks {
  readonly data: DataStack;
  readonly events: EventsStack;
  readonly ingestion: IngestionStack;
  /** Nested in the Ingestion stack, whose functions and dead-letter queue it uses. */
  readonly segments: SegmentsStack;
  /** Nested in the Ingestion stack, whose functions, dead-letter queue and alarm topic it uses. */
  readonly journeys: JourneysStack;
  readonly messaging: MessagingStack;
  /** Nested in the Ingestion stack: the rules and subscriptions that deliver to its messaging functions. */
  readonly messagingRoutes: MessagingRoutesStack;
  readonly api: ApiStack;
  /** The staff console: CloudFront (console files and the API under /api/) and its Cognito sign-in. */
  readonly console: ConsoleStack;
}

/**
 * The platform's stacks for one stage. `env` may leave account and region open: the templates are
 * environment-agnostic and synthesise without credentials.
 */
export function createOutreachStacks(app: App, settings: OutreachSettings, env: Environment = {}): OutreachStacks {
  const common = { settings, env };
  const data = new DataStack(app, stackName(settings, 'Data'), {
    ...common,
    description: 'Patient outreach: tables, their keys and backups',
    terminationProtection: settings.stage === 'prod',
  });
  const events = new EventsStack(app, stackName(settings, 'Events'), {
    ...common,
    description: 'Patient outreach: ingress and platform event buses, archive and schema registry',
    terminationProtection: settings.stage === 'prod',
  });
  const messaging = new MessagingStack(app, stackName(settings, 'Messaging'), {
    ...common,
    description:
      'Patient outreach: messaging channels (SES configuration set and identity, SMS configuration set and topics, push application, letters bucket, link signing key)',
    // The letters bucket holds PHI and the signing key every link sent depends on: protected like the data.
    terminationProtection: settings.stage === 'prod',
  });
  const ingestion = new IngestionStack(app, stackName(settings, 'Ingestion'), {
    ...common,
    description:
      'Patient outreach: the platform functions (FHIR ingestion, staff API), dead-letter collection, bulk import',
    tables: data.tables,
    eventBus: events.bus,
    ingressBus: events.ingressBus,
    busEncryptionFailures: events.encryptionFailures,
  });
  ingestion.functions.allowStartingBulkImports(ingestion.bulkImport.stateMachine);
  ingestion.functions.connectMessaging(messaging.channels);
  const segments = new SegmentsStack(ingestion, 'Segments', {
    description: 'Patient outreach: segment re-evaluation rules, the due-time schedule, the full computation workflow',
    settings,
    eventBus: events.bus,
    functions: ingestion.functions.byKey,
    deliveryFailures: ingestion.deadLetters.deliveryFailures,
    evaluationQueue: ingestion.queuedConsumers.evaluatePatientSegments,
    alarmTopic: ingestion.alarms.topic,
    workflowKey: ingestion.workflowKey,
  });
  ingestion.functions.allowStartingSegmentComputations(segments.computation.stateMachine);
  // For starting a computation by hand: a nested stack's own outputs are not listed with the deployment's.
  new CfnOutput(ingestion, 'SegmentComputationStateMachineArn', {
    value: segments.computation.stateMachine.stateMachineArn,
  });
  const journeys = new JourneysStack(ingestion, 'Journeys', {
    description:
      "Patient outreach: the journeys' execution role and log group, enrolment and wait-resumption rules, the bulk enrolment workflow, the schedule group of scheduled enrolments",
    settings,
    eventBus: events.bus,
    functions: ingestion.functions.byKey,
    patients: data.tables.patients,
    deliveryFailures: ingestion.deadLetters.deliveryFailures,
    resumeQueue: ingestion.queuedConsumers.resumeJourneyWaits,
    alarmTopic: ingestion.alarms.topic,
    workflowKey: ingestion.workflowKey,
  });
  ingestion.functions.connectJourneys(journeys.resources);
  ingestion.functions.allowStartingJourneyBulkEnrolments(journeys.bulkEnrolment.stateMachine);
  new CfnOutput(ingestion, 'JourneyBulkEnrolmentStateMachineArn', {
    value: journeys.bulkEnrolment.stateMachine.stateMachineArn,
  });
  const messagingRoutes = new MessagingRoutesStack(ingestion, 'MessagingRoutes', {
    description:
      'Patient outreach: SES feedback, send request, SMS topic and letter batch deliveries to the messaging functions',
    settings,
    eventBus: events.bus,
    functions: ingestion.functions.byKey,
    deliveryFailures: ingestion.deadLetters.deliveryFailures,
    deliveryFailuresKey: ingestion.deadLetters.key,
    emailFeedbackQueue: ingestion.queuedConsumers.recordEmailFeedback,
    smsDeliveryEvents: messaging.sms.deliveryEvents,
    smsInbound: messaging.sms.inbound,
    alarmTopic: ingestion.alarms.topic,
  });
  const api = new ApiStack(app, stackName(settings, 'Api'), {
    ...common,
    description: 'Patient outreach: staff API, its Cognito user pool and firewall',
    // The user pool holds the staff accounts: protected like the data.
    terminationProtection: settings.stage === 'prod',
    routes: describeRoutes(),
    apiFunctions: apiFunctionsOf(ingestion.functions.byKey),
  });
  const consoleStack = new ConsoleStack(app, stackName(settings, 'Console'), {
    ...common,
    description: 'Patient outreach: the staff console (CloudFront, its bucket, Cognito managed login)',
    restApi: api.restApi.api,
    userPool: api.staff.userPool,
  });
  Tags.of(app).add('project', 'patient-outreach');
  Tags.of(app).add('stage', settings.stage);
  addCompliancePacks(app);
  return { data, events, ingestion, segments, journeys, messaging, messagingRoutes, api, console: consoleStack };
}

/** The function of each group of the staff API: the catalog entry that serves it (exactly one per group). */
export function apiFunctionsOf(
  functions: Readonly<Record<FunctionKey, OutreachFunction>>,
): Record<ApiFunctionGroup, IFunction> {
  const entries = Object.entries(FUNCTION_CATALOG) as [FunctionKey, FunctionSpec][];
  const byGroup: Partial<Record<ApiFunctionGroup, IFunction>> = {};
  for (const group of API_FUNCTION_GROUPS) {
    const serving = entries.filter(([, spec]) => spec.servesApi === group);
    if (serving.length !== 1) throw new Error(`${serving.length} functions serve the ${group} routes; one must`);
    byGroup[group] = functions[(serving[0] as [FunctionKey, FunctionSpec])[0]].function;
  }
  return byGroup as Record<ApiFunctionGroup, IFunction>;
}
