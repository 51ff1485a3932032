/** Environment variable names shared by the CDK stacks (which set them) and the config module (which reads them). */
export const EnvName = {
  Stage: 'STAGE',
  PatientsTable: 'PATIENTS_TABLE',
  MessagesTable: 'MESSAGES_TABLE',
  AuditTable: 'AUDIT_TABLE',
  PlatformTable: 'PLATFORM_TABLE',
  EventBusName: 'EVENT_BUS_NAME',
  UpstreamEventSource: 'UPSTREAM_EVENT_SOURCE',
  ImportBucket: 'IMPORT_BUCKET',
  MaxResourceBytes: 'MAX_RESOURCE_BYTES',
  /** How far ahead of the platform's clock a FHIR change's stamp may be. */
  MaxClockSkewSeconds: 'MAX_CLOCK_SKEW_SECONDS',
  DeadLetterRetentionDays: 'DEAD_LETTER_RETENTION_DAYS',
  AuditRetentionDays: 'AUDIT_RETENTION_DAYS',
  BulkImportStateMachineArn: 'BULK_IMPORT_STATE_MACHINE_ARN',
  SegmentComputationStateMachineArn: 'SEGMENT_COMPUTATION_STATE_MACHINE_ARN',
  CorsAllowedOrigins: 'CORS_ALLOWED_ORIGINS',
  SesFromAddress: 'SES_FROM_ADDRESS',
  SesConfigurationSet: 'SES_CONFIGURATION_SET',
  SmsOriginationIdentity: 'SMS_ORIGINATION_IDENTITY',
  SmsConfigurationSet: 'SMS_CONFIGURATION_SET',
  PushApplicationId: 'PUSH_APPLICATION_ID',
  LetterBucket: 'LETTER_BUCKET',
  LetterKeyArn: 'LETTER_KEY_ARN',
  /** Local only: letters go to this folder instead of the bucket. */
  LetterFolder: 'LETTER_FOLDER',
  /** Where the no-login pages (unsubscribe, confirm) are served: the API's public URL. */
  LinkBaseUrl: 'LINK_BASE_URL',
  LinkSigningSecretArn: 'LINK_SIGNING_SECRET_ARN',
  /** Local only: the link signing key itself (on AWS it is read from the secret). */
  LinkSigningKey: 'LINK_SIGNING_KEY',
  /** The secret address keys (suppressions, opt-outs) are an HMAC under: read once per execution environment. */
  AddressKeySecretArn: 'ADDRESS_KEY_SECRET_ARN',
  /** Local only: the address key secret itself (on AWS it is read from the secret). */
  AddressKeySecret: 'ADDRESS_KEY_SECRET',
  /** Journeys' state machines are named `<prefix>-journey-<journeyId>`. */
  JourneyStateMachinePrefix: 'JOURNEY_STATE_MACHINE_PREFIX',
  /** `arn:<partition>:states:<region>:<account>:stateMachine:`. */
  JourneyStateMachineArnPrefix: 'JOURNEY_STATE_MACHINE_ARN_PREFIX',
  /** The role journeys' state machines run as. */
  JourneyRoleArn: 'JOURNEY_ROLE_ARN',
  /** JSON: the ARNs of the functions compiled journeys invoke (`JourneyFunctions`). */
  JourneyFunctions: 'JOURNEY_FUNCTIONS',
  /** The function a journey's send asks for an exit check that needs a FHIR condition (it carries FHIRPath). */
  CheckJourneyExitFunction: 'CHECK_JOURNEY_EXIT_FUNCTION',
  /** The function the staff API asks to check and evaluate FHIRPath, which it does not bundle. */
  EvaluateFhirPathFunction: 'EVALUATE_FHIRPATH_FUNCTION',
  /** The log group journeys' executions log to (errors only, without execution data). */
  JourneyLogGroupArn: 'JOURNEY_LOG_GROUP_ARN',
  /** The key journeys' state machines are encrypted with. */
  JourneyKeyArn: 'JOURNEY_KEY_ARN',
  JourneyBulkEnrolmentStateMachineArn: 'JOURNEY_BULK_ENROLMENT_STATE_MACHINE_ARN',
  /** EventBridge Scheduler: the group journeys' schedules live in, the role they start the bulk workflow as, their DLQ. */
  JourneyScheduleGroup: 'JOURNEY_SCHEDULE_GROUP',
  JourneySchedulerRoleArn: 'JOURNEY_SCHEDULER_ROLE_ARN',
  JourneyScheduleDeadLetterArn: 'JOURNEY_SCHEDULE_DEAD_LETTER_ARN',
} as const;

export type EnvVar = (typeof EnvName)[keyof typeof EnvName];
