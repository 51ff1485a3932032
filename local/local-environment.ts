import { EnvName } from '../lambdas/config/env-names';

export interface LocalEndpoints {
  readonly dynamodb: string;
  readonly eventBridge: string;
  readonly ses?: string;
  readonly pinpoint?: string;
  readonly stepFunctions?: string;
  /** Lambda's Invoke, for the functions a function invokes directly. */
  readonly lambda?: string;
}

/** The functions compiled journeys invoke, by the names the local Step Functions resolves to handlers. */
/** The FHIRPath function the staff API invokes, by the name the local Lambda endpoint answers to. */
export const LOCAL_FHIRPATH_FUNCTION = 'EvaluateFhirPath';

export const LOCAL_JOURNEY_FUNCTIONS = {
  sendMessage: 'SendJourneyMessage',
  resolveWaitTime: 'ResolveJourneyWaitTime',
  registerWait: 'RegisterJourneyWait',
  createActivity: 'CreateJourneyActivity',
  updateAttribute: 'UpdateJourneyAttribute',
  checkExit: 'CheckJourneyExit',
  evaluateCondition: 'EvaluateJourneyCondition',
} as const;

export interface LocalTables {
  readonly patients: string;
  readonly messages: string;
  readonly audit: string;
  readonly platform: string;
}

/** The platform bus: only the platform's own functions put to it. */
export const LOCAL_EVENT_BUS_NAME = 'patient-outreach-local';
/** The ingress bus: where upstream systems put the upstream contract (`FHIR Resource Changed`). */
export const LOCAL_INGRESS_BUS_NAME = 'patient-outreach-local-ingress';

/** The credentials of the platform's own functions locally: the only principal the platform bus accepts. */
export const LOCAL_PLATFORM_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
/** The credentials local upstream tools (emit, demo loaders, tests) sign with: an upstream system's role. */
export const LOCAL_UPSTREAM_CREDENTIALS = { accessKeyId: 'local-upstream', secretAccessKey: 'local' } as const;

/**
 * Where messages go locally: letters into a folder, patient links to the local API, signed with a local key;
 * and the local secret address keys are an HMAC under.
 */
export interface LocalMessaging {
  readonly lettersDir: string;
  readonly linkBaseUrl: string;
  readonly linkSigningKey: string;
  readonly addressKeySecret: string;
}

/**
 * The environment the handlers read, pointed at local services. The real SDK clients pick their
 * endpoints from the standard `AWS_ENDPOINT_URL_<SERVICE>` variables.
 */
export function localEnvironment(
  endpoints: LocalEndpoints,
  tables: LocalTables,
  messaging: LocalMessaging,
): Record<string, string> {
  return {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: LOCAL_PLATFORM_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_PLATFORM_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_EVENTBRIDGE: endpoints.eventBridge,
    ...(endpoints.ses ? { AWS_ENDPOINT_URL_SESV2: endpoints.ses } : {}),
    ...(endpoints.pinpoint
      ? { AWS_ENDPOINT_URL_PINPOINT: endpoints.pinpoint, AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2: endpoints.pinpoint }
      : {}),
    ...(endpoints.stepFunctions ? { AWS_ENDPOINT_URL_SFN: endpoints.stepFunctions } : {}),
    ...(endpoints.lambda ? { AWS_ENDPOINT_URL_LAMBDA: endpoints.lambda } : {}),
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'ERROR',
    // Lambda runs Node 22; the SDK's notice about Node 20 support ending in 2027 is noise on a laptop.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
    [EnvName.Stage]: 'local',
    [EnvName.PatientsTable]: tables.patients,
    [EnvName.MessagesTable]: tables.messages,
    [EnvName.AuditTable]: tables.audit,
    [EnvName.PlatformTable]: tables.platform,
    [EnvName.EventBusName]: LOCAL_EVENT_BUS_NAME,
    [EnvName.ImportBucket]: 'local-import-folder',
    [EnvName.SesFromAddress]: 'Riverside Community Health <outreach@riverside-health.example.org>',
    [EnvName.SesConfigurationSet]: 'outreach-local',
    [EnvName.SmsOriginationIdentity]: 'pool-local',
    [EnvName.SmsConfigurationSet]: 'outreach-local',
    [EnvName.PushApplicationId]: 'outreach-local-push',
    [EnvName.LetterFolder]: messaging.lettersDir,
    [EnvName.LinkBaseUrl]: messaging.linkBaseUrl,
    [EnvName.LinkSigningKey]: messaging.linkSigningKey,
    [EnvName.AddressKeySecret]: messaging.addressKeySecret,
    [EnvName.JourneyStateMachinePrefix]: 'outreach-local',
    [EnvName.JourneyStateMachineArnPrefix]: 'arn:aws:states:us-east-1:000000000000:stateMachine:',
    [EnvName.JourneyRoleArn]: 'arn:aws:iam::000000000000:role/outreach-local-journeys',
    [EnvName.JourneyFunctions]: JSON.stringify(LOCAL_JOURNEY_FUNCTIONS),
    [EnvName.CheckJourneyExitFunction]: LOCAL_JOURNEY_FUNCTIONS.checkExit,
    [EnvName.EvaluateFhirPathFunction]: LOCAL_FHIRPATH_FUNCTION,
    [EnvName.JourneyBulkEnrolmentStateMachineArn]:
      'arn:aws:states:us-east-1:000000000000:stateMachine:outreach-local-journey-bulk-enrolment',
  };
}
