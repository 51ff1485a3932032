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
  DeadLetterRetentionDays: 'DEAD_LETTER_RETENTION_DAYS',
  AuditRetentionDays: 'AUDIT_RETENTION_DAYS',
  BulkImportStateMachineArn: 'BULK_IMPORT_STATE_MACHINE_ARN',
  SegmentComputationStateMachineArn: 'SEGMENT_COMPUTATION_STATE_MACHINE_ARN',
  CorsAllowedOrigins: 'CORS_ALLOWED_ORIGINS',
} as const;

export type EnvVar = (typeof EnvName)[keyof typeof EnvName];
