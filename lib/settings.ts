import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DEFAULT_UPSTREAM_EVENT_SOURCE, PLATFORM_EVENT_SOURCE } from '../lambdas/domain/events/event-names';

/**
 * Deployment settings, read from CDK context (`cdk.json` or `-c key=value`) and validated before any
 * construct is built. `docs/configuration.md` documents every key.
 */

export const STAGES = ['dev', 'test', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

/** `required`: every sign-in asks for a TOTP code; `optional`: each user may set one up. */
export const COGNITO_MFA_MODES = ['required', 'optional'] as const;
export type CognitoMfaMode = (typeof COGNITO_MFA_MODES)[number];

export interface OutreachSettings {
  readonly stage: Stage;
  /** `source` of the upstream FHIR Resource Changed events the ingestion rule accepts. */
  readonly upstreamEventSource: string;
  readonly logRetentionDays: RetentionDays;
  /** How long audit evidence is kept: S3 server access logs and the Audit table's long-term backups. */
  readonly auditRetentionDays: number;
  readonly eventArchiveRetentionDays: number;
  /** How long the dead-letter store keeps an entry (passed to the functions). */
  readonly deadLetterRetentionDays: number;
  readonly deletionProtection: boolean;
  readonly maxResourceBytes: number;
  readonly alarmEmail?: string;
  /** Attach the AWS WAF web ACL to the staff API. */
  readonly enableWaf: boolean;
  /** Steady-state requests per second the staff API stage accepts before answering 429. */
  readonly apiThrottleRateLimit: number;
  /** Requests the staff API stage accepts in a burst above the rate. */
  readonly apiThrottleBurstLimit: number;
  /** Browser origins allowed to call the staff API; empty means CORS is off. */
  readonly corsAllowedOrigins: readonly string[];
  readonly cognitoMfa: CognitoMfaMode;
}

export const ContextKey = {
  Stage: 'stage',
  UpstreamEventSource: 'upstreamEventSource',
  LogRetentionDays: 'logRetentionDays',
  AuditRetentionDays: 'auditRetentionDays',
  EventArchiveRetentionDays: 'eventArchiveRetentionDays',
  DeadLetterRetentionDays: 'deadLetterRetentionDays',
  DeletionProtection: 'deletionProtection',
  MaxResourceBytes: 'maxResourceBytes',
  AlarmEmail: 'alarmEmail',
  EnableWaf: 'enableWaf',
  ApiThrottleRateLimit: 'apiThrottleRateLimit',
  ApiThrottleBurstLimit: 'apiThrottleBurstLimit',
  CorsAllowedOrigins: 'corsAllowedOrigins',
  CognitoMfa: 'cognitoMfa',
} as const satisfies Record<string, keyof OutreachSettings>;

export const SETTING_DEFAULTS = {
  logRetentionDays: RetentionDays.ONE_YEAR,
  // Six years: the HIPAA retention period for documentation of security activity.
  auditRetentionDays: 2190,
  eventArchiveRetentionDays: 365,
  deadLetterRetentionDays: 14,
  maxResourceBytes: 200_000,
  apiThrottleRateLimit: 50,
  apiThrottleBurstLimit: 100,
} as const;

export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid CDK context:\n  - ${problems.join('\n  - ')}\nSee docs/configuration.md.`);
    this.name = 'SettingsError';
  }
}

/** Reads one context value; `node.tryGetContext` fits. */
export type ContextReader = (key: string) => unknown;

// CloudWatch accepts only these values; "never expire" is excluded on purpose (logs must expire).
const LOG_RETENTION_VALUES = new Set<number>(
  Object.values(RetentionDays).filter((v): v is number => typeof v === 'number' && v !== RetentionDays.INFINITE),
);
// EventBridge allows more, but the source also names a registry schema (`source@DetailType`); `aws.` is reserved.
const EVENT_SOURCE_PATTERN = /^[A-Za-z0-9._-]{1,256}$/;
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
// A browser origin: scheme, host and optional port, nothing else. Plain http only for a local dashboard.
const ORIGIN_PATTERN = /^(https:\/\/[A-Za-z0-9.-]+|http:\/\/(localhost|127\.0\.0\.1))(:\d{1,5})?$/;

/** Validates every context value and reports all problems at once, so one `cdk synth` shows everything to fix. */
export function readSettings(read: ContextReader): OutreachSettings {
  const problems: string[] = [];
  const report = (message: string) => {
    problems.push(message);
  };
  const positive = (key: string, fallback: number) => parsePositiveInteger(key, read(key), fallback, report);

  const stage = parseStage(read(ContextKey.Stage), report);
  const settings: OutreachSettings = {
    stage,
    upstreamEventSource: parseEventSource(read(ContextKey.UpstreamEventSource), report),
    logRetentionDays: parseLogRetention(read(ContextKey.LogRetentionDays), report),
    auditRetentionDays: positive(ContextKey.AuditRetentionDays, SETTING_DEFAULTS.auditRetentionDays),
    eventArchiveRetentionDays: positive(
      ContextKey.EventArchiveRetentionDays,
      SETTING_DEFAULTS.eventArchiveRetentionDays,
    ),
    deadLetterRetentionDays: positive(ContextKey.DeadLetterRetentionDays, SETTING_DEFAULTS.deadLetterRetentionDays),
    maxResourceBytes: positive(ContextKey.MaxResourceBytes, SETTING_DEFAULTS.maxResourceBytes),
    deletionProtection:
      parseBoolean(ContextKey.DeletionProtection, read(ContextKey.DeletionProtection), report) ?? stage === 'prod',
    alarmEmail: parseEmail(read(ContextKey.AlarmEmail), report),
    enableWaf: parseBoolean(ContextKey.EnableWaf, read(ContextKey.EnableWaf), report) ?? stage === 'prod',
    apiThrottleRateLimit: positive(ContextKey.ApiThrottleRateLimit, SETTING_DEFAULTS.apiThrottleRateLimit),
    apiThrottleBurstLimit: positive(ContextKey.ApiThrottleBurstLimit, SETTING_DEFAULTS.apiThrottleBurstLimit),
    corsAllowedOrigins: parseOrigins(read(ContextKey.CorsAllowedOrigins), report),
    cognitoMfa: parseMfa(read(ContextKey.CognitoMfa), report) ?? (stage === 'prod' ? 'required' : 'optional'),
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

/** Records a problem; each parser then returns a placeholder so that parsing can go on and find the others. */
type Report = (message: string) => void;

/** Context from `-c key=value` arrives as a string, from cdk.json as JSON; treat both alike. */
function isUnset(raw: unknown): raw is undefined | null | '' {
  return raw === undefined || raw === null || raw === '';
}

function parseStage(raw: unknown, report: Report): Stage {
  const stage = STAGES.find((s) => s === raw);
  if (stage) return stage;
  report(
    isUnset(raw)
      ? `${ContextKey.Stage} is required: one of ${STAGES.join(', ')} (-c stage=prod)`
      : `${ContextKey.Stage} must be one of ${STAGES.join(', ')}, got ${JSON.stringify(raw)}`,
  );
  return 'dev';
}

function parseEventSource(raw: unknown, report: Report): string {
  if (isUnset(raw)) return DEFAULT_UPSTREAM_EVENT_SOURCE;
  const key = ContextKey.UpstreamEventSource;
  if (typeof raw !== 'string' || !EVENT_SOURCE_PATTERN.test(raw)) {
    report(`${key} must be 1-256 characters of letters, digits, '.', '_' or '-', got ${JSON.stringify(raw)}`);
  } else if (raw.startsWith('aws.')) {
    report(`${key} must not start with 'aws.', which EventBridge reserves for AWS services`);
  } else if (raw === PLATFORM_EVENT_SOURCE) {
    // The platform's own events must never be routed back into ingestion.
    report(`${key} must differ from the platform's own source '${PLATFORM_EVENT_SOURCE}'`);
  } else {
    return raw;
  }
  return DEFAULT_UPSTREAM_EVENT_SOURCE;
}

function parseLogRetention(raw: unknown, report: Report): RetentionDays {
  if (isUnset(raw)) return SETTING_DEFAULTS.logRetentionDays;
  const days = Number(raw);
  if (LOG_RETENTION_VALUES.has(days)) return days as RetentionDays;
  report(
    `${ContextKey.LogRetentionDays} must be a CloudWatch Logs retention (${[...LOG_RETENTION_VALUES].join(', ')}), got ${JSON.stringify(raw)}`,
  );
  return SETTING_DEFAULTS.logRetentionDays;
}

function parsePositiveInteger(key: string, raw: unknown, fallback: number, report: Report): number {
  if (isUnset(raw)) return fallback;
  const value = typeof raw === 'number' || typeof raw === 'string' ? Number(raw) : Number.NaN;
  if (Number.isSafeInteger(value) && value > 0) return value;
  report(`${key} must be a positive integer, got ${JSON.stringify(raw)}`);
  return fallback;
}

function parseBoolean(key: string, raw: unknown, report: Report): boolean | undefined {
  if (isUnset(raw)) return undefined;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  report(`${key} must be true or false, got ${JSON.stringify(raw)}`);
  return undefined;
}

function parseEmail(raw: unknown, report: Report): string | undefined {
  if (isUnset(raw)) return undefined;
  if (typeof raw === 'string' && EMAIL_PATTERN.test(raw)) return raw;
  report(`${ContextKey.AlarmEmail} must be an e-mail address, got ${JSON.stringify(raw)}`);
  return undefined;
}

/** A list from cdk.json (`["https://a", "https://b"]`) or the command line (`-c corsAllowedOrigins=https://a,https://b`). */
function parseOrigins(raw: unknown, report: Report): readonly string[] {
  if (isUnset(raw)) return [];
  const items = typeof raw === 'string' ? raw.split(',').map((item) => item.trim()) : raw;
  if (!Array.isArray(items)) {
    report(`${ContextKey.CorsAllowedOrigins} must be a list of origins, got ${JSON.stringify(raw)}`);
    return [];
  }
  const invalid = items.filter((item) => typeof item !== 'string' || !ORIGIN_PATTERN.test(item));
  if (invalid.length > 0) {
    report(
      `${ContextKey.CorsAllowedOrigins} must list origins like https://dashboard.example.org (no '*', no path), got ${JSON.stringify(invalid)}`,
    );
    return [];
  }
  return [...new Set(items as string[])];
}

function parseMfa(raw: unknown, report: Report): CognitoMfaMode | undefined {
  if (isUnset(raw)) return undefined;
  const mode = COGNITO_MFA_MODES.find((m) => m === raw);
  if (!mode)
    report(`${ContextKey.CognitoMfa} must be one of ${COGNITO_MFA_MODES.join(', ')}, got ${JSON.stringify(raw)}`);
  return mode;
}
