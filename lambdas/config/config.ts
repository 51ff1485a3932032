import { DEFAULT_UPSTREAM_EVENT_SOURCE } from '../domain/events/event-names';
import { EnvName } from './env-names';

/** The functions a compiled journey invokes, by role (the same keys as `JourneyFunctions`). */
export const JOURNEY_FUNCTION_KEYS = [
  'sendMessage',
  'resolveWaitTime',
  'registerWait',
  'createActivity',
  'updateAttribute',
  'checkExit',
  'evaluateCondition',
] as const;
export type JourneyFunctionKey = (typeof JOURNEY_FUNCTION_KEYS)[number];

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`environment variable ${name} is required`);
  return value;
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive integer, got '${raw}'`);
  return value;
}

/** A key the handlers need: given directly locally, else the ARN of the Secrets Manager secret that holds it. */
export type KeySource =
  | { readonly kind: 'value'; readonly key: string }
  | { readonly kind: 'secret'; readonly arn: string };

function keySource(env: Env, valueName: string, secretArnName: string): KeySource {
  const key = env[valueName];
  if (key) return { kind: 'value', key };
  return { kind: 'secret', arn: required(env, secretArnName) };
}

/**
 * The one place that reads the environment. Each getter validates on access, so a handler that reads
 * its settings at module scope fails on cold start, not on the first event that needs them.
 */
export function readConfig(env: Env = process.env) {
  return {
    get stage() {
      return env[EnvName.Stage] ?? 'dev';
    },
    get patientsTable() {
      return required(env, EnvName.PatientsTable);
    },
    get messagesTable() {
      return required(env, EnvName.MessagesTable);
    },
    get auditTable() {
      return required(env, EnvName.AuditTable);
    },
    get platformTable() {
      return required(env, EnvName.PlatformTable);
    },
    get eventBusName() {
      return required(env, EnvName.EventBusName);
    },
    get importBucket() {
      return required(env, EnvName.ImportBucket);
    },
    get upstreamEventSource() {
      return env[EnvName.UpstreamEventSource] || DEFAULT_UPSTREAM_EVENT_SOURCE;
    },
    get maxResourceBytes() {
      return positiveInteger(env, EnvName.MaxResourceBytes, 200_000);
    },
    get maxClockSkewSeconds() {
      return positiveInteger(env, EnvName.MaxClockSkewSeconds, 300);
    },
    get deadLetterRetentionDays() {
      return positiveInteger(env, EnvName.DeadLetterRetentionDays, 14);
    },
    get auditRetentionDays() {
      return positiveInteger(env, EnvName.AuditRetentionDays, 2190);
    },
    /** Browser origins allowed to call the API (comma-separated); none by default. */
    get corsAllowedOrigins(): string[] {
      return (env[EnvName.CorsAllowedOrigins] ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0);
    },
    get bulkImportStateMachineArn() {
      return required(env, EnvName.BulkImportStateMachineArn);
    },
    get segmentComputationStateMachineArn() {
      return required(env, EnvName.SegmentComputationStateMachineArn);
    },
    get sesFromAddress() {
      return required(env, EnvName.SesFromAddress);
    },
    get sesConfigurationSet() {
      return required(env, EnvName.SesConfigurationSet);
    },
    get smsOriginationIdentity() {
      return required(env, EnvName.SmsOriginationIdentity);
    },
    get smsConfigurationSet() {
      return required(env, EnvName.SmsConfigurationSet);
    },
    get pushApplicationId() {
      return required(env, EnvName.PushApplicationId);
    },
    /** Letters: a folder locally, else the bucket (with its KMS key). */
    get letterDestination():
      | { readonly kind: 'folder'; readonly folder: string }
      | { readonly kind: 'bucket'; readonly bucket: string; readonly keyArn: string } {
      const folder = env[EnvName.LetterFolder];
      if (folder) return { kind: 'folder', folder };
      return {
        kind: 'bucket',
        bucket: required(env, EnvName.LetterBucket),
        keyArn: required(env, EnvName.LetterKeyArn),
      };
    },
    get linkBaseUrl() {
      return required(env, EnvName.LinkBaseUrl).replace(/\/+$/, '');
    },
    /** The link signing key: given directly locally, else the ARN of the secret that holds it. */
    get linkSigningKeySource(): KeySource {
      return keySource(env, EnvName.LinkSigningKey, EnvName.LinkSigningSecretArn);
    },
    /** The secret address keys are an HMAC under: given directly locally, else the ARN of the secret holding it. */
    get addressKeySecretSource(): KeySource {
      return keySource(env, EnvName.AddressKeySecret, EnvName.AddressKeySecretArn);
    },
    /** Where journeys are published: state machine names and ARNs, the role they run as, their log group and key. */
    get journeyPublishing() {
      const logGroupArn = env[EnvName.JourneyLogGroupArn];
      const keyArn = env[EnvName.JourneyKeyArn];
      return {
        prefix: required(env, EnvName.JourneyStateMachinePrefix),
        stateMachineArnPrefix: required(env, EnvName.JourneyStateMachineArnPrefix),
        roleArn: required(env, EnvName.JourneyRoleArn),
        ...(logGroupArn ? { logGroupArn } : {}),
        ...(keyArn ? { keyArn } : {}),
      };
    },
    /** The ARNs of the functions compiled journeys invoke, from a JSON object with every key. */
    get journeyFunctions(): Readonly<Record<JourneyFunctionKey, string>> {
      const raw = required(env, EnvName.JourneyFunctions);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw new ConfigError(`${EnvName.JourneyFunctions} is not JSON`);
      }
      const object = (parsed ?? {}) as Record<string, unknown>;
      for (const key of JOURNEY_FUNCTION_KEYS) {
        if (typeof object[key] !== 'string' || object[key] === '') {
          throw new ConfigError(`${EnvName.JourneyFunctions} lacks the function "${key}"`);
        }
      }
      return object as Record<JourneyFunctionKey, string>;
    },
    get checkJourneyExitFunction() {
      return required(env, EnvName.CheckJourneyExitFunction);
    },
    get evaluateFhirPathFunction() {
      return required(env, EnvName.EvaluateFhirPathFunction);
    },
    get journeyBulkEnrolmentStateMachineArn() {
      return required(env, EnvName.JourneyBulkEnrolmentStateMachineArn);
    },
    /** Where scheduled enrolments are kept and what they start (EventBridge Scheduler). */
    get journeyScheduling() {
      return {
        group: required(env, EnvName.JourneyScheduleGroup),
        roleArn: required(env, EnvName.JourneySchedulerRoleArn),
        deadLetterArn: required(env, EnvName.JourneyScheduleDeadLetterArn),
        bulkEnrolmentStateMachineArn: required(env, EnvName.JourneyBulkEnrolmentStateMachineArn),
      };
    },
  };
}

export type PlatformConfig = ReturnType<typeof readConfig>;
