import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DEFAULT_UPSTREAM_EVENT_SOURCE, PLATFORM_EVENT_SOURCE } from '../lambdas/domain/events/event-names';

/**
 * Deployment settings, read from CDK context (`cdk.json` or `-c key=value`) and validated before any
 * construct is built. `docs/configuration.md` documents every key.
 */

export const STAGES = ['dev', 'test', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

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
} as const satisfies Record<string, keyof OutreachSettings>;

export const SETTING_DEFAULTS = {
  logRetentionDays: RetentionDays.ONE_YEAR,
  // Six years: the HIPAA retention period for documentation of security activity.
  auditRetentionDays: 2190,
  eventArchiveRetentionDays: 365,
  deadLetterRetentionDays: 14,
  maxResourceBytes: 200_000,
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
