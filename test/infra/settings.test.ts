import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DEFAULT_UPSTREAM_EVENT_SOURCE, PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import { readSettings, SETTING_DEFAULTS, SettingsError } from '../../lib/settings';

const fromContext =
  (context: Record<string, unknown>) =>
  (key: string): unknown =>
    context[key];

const problemsOf = (context: Record<string, unknown>): readonly string[] => {
  try {
    readSettings(fromContext(context));
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
};

describe('readSettings', () => {
  it('fills every optional value with its documented default', () => {
    expect(readSettings(fromContext({ stage: 'dev' }))).toEqual({
      stage: 'dev',
      upstreamEventSource: DEFAULT_UPSTREAM_EVENT_SOURCE,
      logRetentionDays: SETTING_DEFAULTS.logRetentionDays,
      auditRetentionDays: SETTING_DEFAULTS.auditRetentionDays,
      eventArchiveRetentionDays: SETTING_DEFAULTS.eventArchiveRetentionDays,
      deadLetterRetentionDays: SETTING_DEFAULTS.deadLetterRetentionDays,
      maxResourceBytes: SETTING_DEFAULTS.maxResourceBytes,
      maxClockSkewSeconds: SETTING_DEFAULTS.maxClockSkewSeconds,
      deletionProtection: false,
      alarmEmail: undefined,
      enableWaf: false,
      apiThrottleRateLimit: SETTING_DEFAULTS.apiThrottleRateLimit,
      apiThrottleBurstLimit: SETTING_DEFAULTS.apiThrottleBurstLimit,
      apiReservedConcurrency: SETTING_DEFAULTS.apiReservedConcurrency,
      corsAllowedOrigins: [],
      cognitoMfa: 'optional',
      sesFromDomain: SETTING_DEFAULTS.sesFromDomain,
      sesFromAddress: `no-reply@${SETTING_DEFAULTS.sesFromDomain}`,
      smsOriginationIdentity: SETTING_DEFAULTS.smsOriginationIdentity,
      publicLinkBaseUrl: SETTING_DEFAULTS.publicLinkBaseUrl,
      letterRetentionDays: SETTING_DEFAULTS.letterRetentionDays,
      letterBatchCloseTime: SETTING_DEFAULTS.letterBatchCloseTime,
    });
  });

  it('attaches the firewall and requires MFA in prod unless told otherwise', () => {
    expect(readSettings(fromContext({ stage: 'prod' }))).toMatchObject({ enableWaf: true, cognitoMfa: 'required' });
    expect(readSettings(fromContext({ stage: 'prod', enableWaf: 'false', cognitoMfa: 'optional' }))).toMatchObject({
      enableWaf: false,
      cognitoMfa: 'optional',
    });
    expect(readSettings(fromContext({ stage: 'dev', enableWaf: true, cognitoMfa: 'required' }))).toMatchObject({
      enableWaf: true,
      cognitoMfa: 'required',
    });
  });

  it('reads CORS origins as a list from cdk.json or comma-separated from the command line', () => {
    const origins = ['https://dashboard.example.org', 'http://localhost:5173'];
    expect(readSettings(fromContext({ stage: 'dev', corsAllowedOrigins: origins })).corsAllowedOrigins).toEqual(
      origins,
    );
    expect(
      readSettings(fromContext({ stage: 'dev', corsAllowedOrigins: origins.join(', ') })).corsAllowedOrigins,
    ).toEqual(origins);
  });

  it.each([
    ['a wildcard', '*'],
    ['an origin with a path', 'https://dashboard.example.org/app'],
    ['plain http to a remote host', 'http://dashboard.example.org'],
    ['something other than a list', { origin: 'https://dashboard.example.org' }],
  ])('refuses %s as CORS origin', (_, corsAllowedOrigins) => {
    expect(problemsOf({ stage: 'dev', corsAllowedOrigins })).toEqual([expect.stringContaining('corsAllowedOrigins')]);
  });

  it('protects tables from deletion in prod unless told otherwise', () => {
    expect(readSettings(fromContext({ stage: 'prod' })).deletionProtection).toBe(true);
    expect(readSettings(fromContext({ stage: 'prod', deletionProtection: 'false' })).deletionProtection).toBe(false);
  });

  it('reads values given on the command line, where every value is a string', () => {
    const settings = readSettings(
      fromContext({
        stage: 'test',
        upstreamEventSource: 'ehr.example',
        logRetentionDays: '30',
        maxResourceBytes: '50000',
        deletionProtection: 'true',
        alarmEmail: 'oncall@example.org',
      }),
    );
    expect(settings).toMatchObject({
      upstreamEventSource: 'ehr.example',
      logRetentionDays: RetentionDays.ONE_MONTH,
      maxResourceBytes: 50_000,
      deletionProtection: true,
      alarmEmail: 'oncall@example.org',
    });
  });

  it('requires a known stage', () => {
    expect(problemsOf({})).toEqual([expect.stringContaining('stage is required')]);
    expect(problemsOf({ stage: 'staging' })).toEqual([expect.stringContaining('stage must be one of dev, test, prod')]);
  });

  it('reports every bad value at once', () => {
    const problems = problemsOf({
      stage: 'dev',
      logRetentionDays: 42,
      auditRetentionDays: -1,
      eventArchiveRetentionDays: 'a year',
      deadLetterRetentionDays: 1.5,
      maxResourceBytes: 0,
      deletionProtection: 'maybe',
      alarmEmail: 'not-an-address',
      enableWaf: 'yes',
      apiThrottleRateLimit: 0,
      apiThrottleBurstLimit: 'lots',
      cognitoMfa: 'sometimes',
    });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'logRetentionDays',
      'auditRetentionDays',
      'eventArchiveRetentionDays',
      'deadLetterRetentionDays',
      'maxResourceBytes',
      'deletionProtection',
      'alarmEmail',
      'enableWaf',
      'apiThrottleRateLimit',
      'apiThrottleBurstLimit',
      'cognitoMfa',
    ]);
  });

  it.each([
    ['an AWS-reserved source', 'aws.healthlake', "must not start with 'aws.'"],
    ["the platform's own source", PLATFORM_EVENT_SOURCE, "platform's own source"],
    ['characters a schema name cannot hold', 'ehr example/v1', 'must be 1-256 characters'],
  ])('refuses %s as upstream event source', (_, source, message) => {
    expect(problemsOf({ stage: 'dev', upstreamEventSource: source })).toEqual([expect.stringContaining(message)]);
  });

  it('refuses log retention that never expires', () => {
    expect(problemsOf({ stage: 'dev', logRetentionDays: RetentionDays.INFINITE })).toHaveLength(1);
  });
});
