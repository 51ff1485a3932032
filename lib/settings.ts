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
  /** How far ahead of the platform's clock a FHIR change's stamp may be before it is refused (seconds). */
  readonly maxClockSkewSeconds: number;
  readonly alarmEmail?: string;
  /** Attach the AWS WAF web ACL to the staff API. */
  readonly enableWaf: boolean;
  /** Steady-state requests per second the staff API stage accepts before answering 429. */
  readonly apiThrottleRateLimit: number;
  /** Requests the staff API stage accepts in a burst above the rate. */
  readonly apiThrottleBurstLimit: number;
  /**
   * Concurrent executions reserved for (and the cap on) the API function: a burst of staff traffic cannot take
   * the account's whole Lambda pool from ingestion and sending, nor exceed what the tables are sized for.
   */
  readonly apiReservedConcurrency: number;
  /** Browser origins allowed to call the staff API; empty means CORS is off. */
  readonly corsAllowedOrigins: readonly string[];
  readonly cognitoMfa: CognitoMfaMode;
  /** Domain of the SES email identity the platform sends from (verified by its Easy DKIM records). */
  readonly sesFromDomain: string;
  /** The From of every email: an address at `sesFromDomain`, optionally `Display Name <address>`. */
  readonly sesFromAddress: string;
  /** End User Messaging SMS origination identity: a pool id (preferred), a phone number id, or its ARN. */
  readonly smsOriginationIdentity: string;
  /** Public base URL of the no-login link pages (`/links/unsubscribe`): the staff API's URL or its custom domain. */
  readonly publicLinkBaseUrl: string;
  /** Days a letter and its batch manifest stay in the letters bucket. */
  readonly letterRetentionDays: number;
  /** UTC time of day, `HH:MM`, at which the day's letter batch is closed. */
  readonly letterBatchCloseTime: string;
  /**
   * Prefix of the console's Cognito managed login domain (`<prefix>.auth.<region>.amazoncognito.com`), unique
   * across AWS; default `patient-outreach-<stage>-staff-<account>`.
   */
  readonly consoleLoginDomainPrefix?: string;
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
  MaxClockSkewSeconds: 'maxClockSkewSeconds',
  AlarmEmail: 'alarmEmail',
  EnableWaf: 'enableWaf',
  ApiThrottleRateLimit: 'apiThrottleRateLimit',
  ApiThrottleBurstLimit: 'apiThrottleBurstLimit',
  ApiReservedConcurrency: 'apiReservedConcurrency',
  CorsAllowedOrigins: 'corsAllowedOrigins',
  CognitoMfa: 'cognitoMfa',
  SesFromDomain: 'sesFromDomain',
  SesFromAddress: 'sesFromAddress',
  SmsOriginationIdentity: 'smsOriginationIdentity',
  PublicLinkBaseUrl: 'publicLinkBaseUrl',
  LetterRetentionDays: 'letterRetentionDays',
  LetterBatchCloseTime: 'letterBatchCloseTime',
  ConsoleLoginDomainPrefix: 'consoleLoginDomainPrefix',
} as const satisfies Record<string, keyof OutreachSettings>;

export const SETTING_DEFAULTS = {
  logRetentionDays: RetentionDays.ONE_YEAR,
  // Six years: the HIPAA retention period for documentation of security activity.
  auditRetentionDays: 2190,
  eventArchiveRetentionDays: 365,
  deadLetterRetentionDays: 14,
  maxResourceBytes: 200_000,
  maxClockSkewSeconds: 300,
  apiThrottleRateLimit: 50,
  apiThrottleBurstLimit: 100,
  apiReservedConcurrency: 20,
  // Placeholders, so that `cdk synth` works offline without any context: example.org is reserved (RFC 2606) and
  // never verifies, the pool id names no pool. Sends fail visibly (channel stopped) until real values are set.
  sesFromDomain: 'example.org',
  smsOriginationIdentity: 'pool-00000000000000000000000000000000',
  publicLinkBaseUrl: 'https://outreach.example.org',
  letterRetentionDays: 90,
  letterBatchCloseTime: '21:00',
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
const DOMAIN_PATTERN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
// What SendTextMessage accepts as OriginationIdentity and IAM can name: a pool or phone number id, or an ARN.
const SMS_IDENTITY_PATTERN =
  /^(pool-[A-Za-z0-9]+|phone-[A-Za-z0-9]+|arn:aws[a-z-]*:sms-voice:[a-z0-9-]+:\d{12}:(pool\/pool-[A-Za-z0-9]+|phone-number\/phone-[A-Za-z0-9]+|sender-id\/[A-Za-z0-9_-]+\/[A-Z]{2}))$/;
// https only, no query or fragment: link paths are appended to it.
const LINK_BASE_URL_PATTERN = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/;
const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

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
    maxClockSkewSeconds: positive(ContextKey.MaxClockSkewSeconds, SETTING_DEFAULTS.maxClockSkewSeconds),
    deletionProtection:
      parseBoolean(ContextKey.DeletionProtection, read(ContextKey.DeletionProtection), report) ?? stage === 'prod',
    alarmEmail: parseEmail(read(ContextKey.AlarmEmail), report),
    enableWaf: parseBoolean(ContextKey.EnableWaf, read(ContextKey.EnableWaf), report) ?? stage === 'prod',
    apiThrottleRateLimit: positive(ContextKey.ApiThrottleRateLimit, SETTING_DEFAULTS.apiThrottleRateLimit),
    apiThrottleBurstLimit: positive(ContextKey.ApiThrottleBurstLimit, SETTING_DEFAULTS.apiThrottleBurstLimit),
    apiReservedConcurrency: positive(ContextKey.ApiReservedConcurrency, SETTING_DEFAULTS.apiReservedConcurrency),
    corsAllowedOrigins: parseOrigins(read(ContextKey.CorsAllowedOrigins), report),
    cognitoMfa: parseMfa(read(ContextKey.CognitoMfa), report) ?? (stage === 'prod' ? 'required' : 'optional'),
    ...parseMessagingSettings(read, report),
    ...parseLoginDomainPrefix(read(ContextKey.ConsoleLoginDomainPrefix), report),
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

/** Cognito's rule for a domain prefix: lowercase letters, digits and hyphens, not naming AWS, Amazon or Cognito. */
function parseLoginDomainPrefix(raw: unknown, report: Report): { consoleLoginDomainPrefix?: string } {
  if (isUnset(raw)) return {};
  const key = ContextKey.ConsoleLoginDomainPrefix;
  if (
    typeof raw !== 'string' ||
    !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(raw) ||
    /aws|amazon|cognito/.test(raw)
  ) {
    report(
      `${key} must be 1-63 lowercase letters, digits or hyphens (not at either end) without "aws", "amazon" or "cognito", got ${JSON.stringify(raw)}`,
    );
    return {};
  }
  return { consoleLoginDomainPrefix: raw };
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

type MessagingSettings = Pick<
  OutreachSettings,
  | 'sesFromDomain'
  | 'sesFromAddress'
  | 'smsOriginationIdentity'
  | 'publicLinkBaseUrl'
  | 'letterRetentionDays'
  | 'letterBatchCloseTime'
>;

function parseMessagingSettings(read: ContextReader, report: Report): MessagingSettings {
  const text = (key: string, pattern: RegExp, fallback: string, expected: string): string => {
    const raw = read(key);
    if (isUnset(raw)) return fallback;
    if (typeof raw === 'string' && pattern.test(raw)) return raw;
    report(`${key} must be ${expected}, got ${JSON.stringify(raw)}`);
    return fallback;
  };
  const sesFromDomain = text(
    ContextKey.SesFromDomain,
    DOMAIN_PATTERN,
    SETTING_DEFAULTS.sesFromDomain,
    'a domain name like outreach.example-hospital.org',
  ).toLowerCase();
  return {
    sesFromDomain,
    sesFromAddress: parseFromAddress(read(ContextKey.SesFromAddress), sesFromDomain, report),
    smsOriginationIdentity: text(
      ContextKey.SmsOriginationIdentity,
      SMS_IDENTITY_PATTERN,
      SETTING_DEFAULTS.smsOriginationIdentity,
      'an End User Messaging SMS pool id (pool-…), phone number id (phone-…) or the ARN of a pool, phone number or sender id',
    ),
    publicLinkBaseUrl: text(
      ContextKey.PublicLinkBaseUrl,
      LINK_BASE_URL_PATTERN,
      SETTING_DEFAULTS.publicLinkBaseUrl,
      'an https URL without query or fragment, like https://abc123.execute-api.eu-west-1.amazonaws.com/v1',
    ).replace(/\/+$/, ''),
    letterRetentionDays: parsePositiveInteger(
      ContextKey.LetterRetentionDays,
      read(ContextKey.LetterRetentionDays),
      SETTING_DEFAULTS.letterRetentionDays,
      report,
    ),
    letterBatchCloseTime: text(
      ContextKey.LetterBatchCloseTime,
      TIME_OF_DAY_PATTERN,
      SETTING_DEFAULTS.letterBatchCloseTime,
      'a UTC time of day HH:MM, like 21:00',
    ),
  };
}

/** `no-reply@<domain>` unless given; a given address must be at the identity's domain, or SES refuses to send. */
function parseFromAddress(raw: unknown, domain: string, report: Report): string {
  const fallback = `no-reply@${domain}`;
  if (isUnset(raw)) return fallback;
  const address = typeof raw === 'string' ? (/<([^<>]*)>\s*$/.exec(raw)?.[1] ?? raw).trim() : '';
  if (EMAIL_PATTERN.test(address) && address.toLowerCase().endsWith(`@${domain}`)) return String(raw).trim();
  report(
    `${ContextKey.SesFromAddress} must be an address at ${ContextKey.SesFromDomain} (${domain}), optionally as "Name <address>", got ${JSON.stringify(raw)}`,
  );
  return fallback;
}
