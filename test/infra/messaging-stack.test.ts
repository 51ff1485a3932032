import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { EnvName, type EnvVar } from '../../lambdas/config/env-names';
import { messageRequestedPattern, sesFeedbackPattern } from '../../lambdas/domain/events/event-patterns';
import { SMS_EVENT_MAPPING } from '../../lambdas/domain/messaging/feedback/sms-events';
import { FUNCTION_CATALOG, type FunctionKey, type FunctionSpec } from '../../lambdas/function-catalog';
import { GENERATED_KEY_LENGTH } from '../../lib/constructs/generated-key-secret';
import { readSettings, SettingsError } from '../../lib/settings';
import { sameDayDelivery } from '../../lib/stacks/messaging-stack';
import { type SynthesizedOutreach, synthesizeOutreach } from './outreach-app.fixture';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Effect?: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
type Target = { Arn: unknown; DeadLetterConfig?: { Arn: unknown }; RetryPolicy?: { MaximumEventAgeInSeconds: number } };

const CONTEXT = {
  sesFromDomain: 'outreach.riverside-health.example',
  sesFromAddress: 'Riverside Health <care@outreach.riverside-health.example>',
  smsOriginationIdentity: 'pool-0123456789abcdef0123456789abcdef',
  publicLinkBaseUrl: 'https://links.riverside-health.example/',
  letterRetentionDays: '60',
  letterBatchCloseTime: '20:30',
};

let synth: SynthesizedOutreach;
let messaging: Template;
let routes: Template;
beforeAll(() => {
  synth = synthesizeOutreach(CONTEXT);
  messaging = Template.fromStack(synth.stacks.messaging);
  routes = Template.fromStack(synth.stacks.messagingRoutes);
}, 180_000);

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
const getAtt = (logicalId: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attribute] });
const resourcesOf = (template: Template, type: string, properties: object = {}) =>
  Object.entries(template.findResources(type, { Properties: properties })) as [string, Resource][];
const onlyResource = (template: Template, type: string, properties: object = {}): [string, Resource] => {
  const found = resourcesOf(template, type, properties);
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
};
const logicalId = (stack: 'messaging' | 'ingestion', construct: IConstruct) =>
  synth.stacks[stack].getLogicalId(construct.node.defaultChild as never);

/** What a parameter of the nested routes stack is bound to in the Ingestion stack (its parent). */
function inParent(value: unknown): unknown {
  const parameter = (value as { Ref?: string } | undefined)?.Ref;
  const nestedId = synth.stacks.ingestion.getLogicalId(synth.stacks.messagingRoutes.nestedStackResource as never);
  const nested = synth.ingestion.toJSON().Resources[nestedId] as Resource;
  return (nested.Properties.Parameters as Record<string, unknown>)[parameter ?? ''] ?? value;
}

/**
 * A policy resource as readable text: pseudo parameters by name, a value imported from the Messaging stack as
 * `{<logical id>}` or `{<logical id>.<attribute>}` of what it exports.
 */
function flat(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  if (v.Ref === 'AWS::Partition') return 'aws';
  if (v.Ref === 'AWS::Region') return '{Region}';
  if (v.Ref === 'AWS::AccountId') return '{Account}';
  if (typeof v.Ref === 'string') return `{${v.Ref}}`;
  if (v['Fn::GetAtt']) return `{${(v['Fn::GetAtt'] as string[]).join('.')}}`;
  if (v['Fn::Join']) return ((v['Fn::Join'] as [string, unknown[]])[1] ?? []).map(flat).join('');
  if (typeof v['Fn::ImportValue'] === 'string') {
    const outputs = messaging.toJSON().Outputs as Record<string, { Value: unknown; Export?: { Name: string } }>;
    const exported = Object.values(outputs).find((output) => output.Export?.Name === v['Fn::ImportValue']);
    return exported ? flat(exported.Value) : `{import ${v['Fn::ImportValue']}}`;
  }
  return JSON.stringify(value);
}

const functionOf = (key: FunctionKey) =>
  onlyResource(synth.ingestion, 'AWS::Lambda::Function', { Description: FUNCTION_CATALOG[key].description });
const variablesOf = (key: FunctionKey) =>
  (functionOf(key)[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
const statementsOf = (key: FunctionKey): Statement[] => {
  const roleId = (functionOf(key)[1].Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
  const [, policy] = onlyResource(synth.ingestion, 'AWS::IAM::ManagedPolicy', { Roles: [{ Ref: roleId }] });
  return (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
};
/** Every (action, resource) pair a function's policy grants. */
const grantsOf = (key: FunctionKey) =>
  statementsOf(key).flatMap((s) =>
    asList(s.Action).flatMap((action) => asList(s.Resource).map((resource) => `${action} on ${flat(resource)}`)),
  );
const onlyTarget = (rule: Resource): Target => {
  const targets = rule.Properties.Targets as Target[];
  expect(targets).toHaveLength(1);
  return targets[0] as Target;
};
const deliveryFailuresId = () => logicalId('ingestion', synth.stacks.ingestion.deadLetters.deliveryFailures);
const ids = () => ({
  lettersBucket: logicalId('messaging', synth.stacks.messaging.letters.bucket),
  lettersKey: logicalId('messaging', synth.stacks.messaging.letters.key),
  secret: logicalId('messaging', synth.stacks.messaging.linkSigning.secret),
  secretKey: logicalId('messaging', synth.stacks.messaging.linkSigning.key),
  addressSecret: logicalId('messaging', synth.stacks.messaging.addressKeys.secret),
  addressSecretKey: logicalId('messaging', synth.stacks.messaging.addressKeys.key),
  pushApp: synth.stacks.messaging.getLogicalId(synth.stacks.messaging.pushApp),
  smsEvents: logicalId('messaging', synth.stacks.messaging.sms.deliveryEvents),
  smsInbound: logicalId('messaging', synth.stacks.messaging.sms.inbound),
  smsKey: logicalId('messaging', synth.stacks.messaging.sms.key),
  emailConfigurationSet: logicalId('messaging', synth.stacks.messaging.email.configurationSet),
});

describe('email (SES)', () => {
  it('requires TLS, keeps reputation metrics and suppresses bounces and complaints account-wide', () => {
    const [, set] = onlyResource(messaging, 'AWS::SES::ConfigurationSet');
    expect(set.Properties).toMatchObject({
      Name: 'patient-outreach-test-email',
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('publishes every event the feedback function reads to the default event bus', () => {
    const [setId] = onlyResource(messaging, 'AWS::SES::ConfigurationSet');
    const [, destination] = onlyResource(messaging, 'AWS::SES::ConfigurationSetEventDestination');
    const properties = destination.Properties as {
      ConfigurationSetName: unknown;
      EventDestination: {
        Enabled: boolean;
        MatchingEventTypes: string[];
        EventBridgeDestination: { EventBusArn: unknown };
      };
    };

    expect(properties.ConfigurationSetName).toEqual({ Ref: setId });
    expect(properties.EventDestination.Enabled).toBe(true);
    expect(properties.EventDestination.MatchingEventTypes.sort()).toEqual(
      [
        'send',
        'delivery',
        'bounce',
        'complaint',
        'reject',
        'deliveryDelay',
        'renderingFailure',
        'open',
        'click',
      ].sort(),
    );
    expect(flat(properties.EventDestination.EventBridgeDestination.EventBusArn)).toBe(
      'arn:aws:events:{Region}:{Account}:event-bus/default',
    );
  });

  it('creates the sending domain identity with Easy DKIM, attached to the configuration set', () => {
    const [setId] = onlyResource(messaging, 'AWS::SES::ConfigurationSet');
    const [, identity] = onlyResource(messaging, 'AWS::SES::EmailIdentity');
    expect(identity.Properties).toMatchObject({
      EmailIdentity: CONTEXT.sesFromDomain,
      DkimAttributes: { SigningEnabled: true },
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: setId } },
    });
  });

  it("routes SES feedback from the default bus by the shared pattern to the recorder's queue, with retries and a dead-letter queue", () => {
    const [, rule] = onlyResource(routes, 'AWS::Events::Rule', { EventPattern: sesFeedbackPattern() });
    const target = onlyTarget(rule);
    const feedbackQueue = synth.stacks.ingestion.queuedConsumers.recordEmailFeedback.queue;

    expect(rule.Properties.EventBusName).toBeUndefined();
    expect(inParent(target.Arn)).toEqual(getAtt(logicalId('ingestion', feedbackQueue)));
    expect(inParent(target.DeadLetterConfig?.Arn)).toEqual(getAtt(deliveryFailuresId()));
    expect(target.RetryPolicy).toEqual({
      MaximumEventAgeInSeconds: expect.any(Number),
      MaximumRetryAttempts: expect.any(Number),
    });
  });
});

describe('SMS (End User Messaging SMS v2)', () => {
  it('sends the delivery events that move a message to the encrypted delivery-events topic', () => {
    const [, set] = onlyResource(messaging, 'AWS::SMSVOICE::ConfigurationSet');
    expect(set.Properties).toMatchObject({
      ConfigurationSetName: 'patient-outreach-test-sms',
      EventDestinations: [
        {
          Enabled: true,
          MatchingEventTypes: Object.keys(SMS_EVENT_MAPPING).sort(),
          SnsDestination: { TopicArn: { Ref: ids().smsEvents } },
        },
      ],
    });
  });

  it('has an opt-out list for the pool', () => {
    onlyResource(messaging, 'AWS::SMSVOICE::OptOutList', { OptOutListName: 'patient-outreach-test-sms-opt-out' });
  });

  it.each([
    ['delivery-events', 'smsEvents'],
    ['inbound', 'smsInbound'],
  ] as const)(
    'encrypts the %s topic with its key and lets only this account’s End User Messaging publish',
    (_, topic) => {
      const topicId = ids()[topic];
      const properties = messaging.toJSON().Resources[topicId].Properties;
      expect(properties.KmsMasterKeyId).toEqual(getAtt(ids().smsKey));

      const [, policy] = onlyResource(messaging, 'AWS::SNS::TopicPolicy', { Topics: [{ Ref: topicId }] });
      const allowed = (
        policy.Properties.PolicyDocument as { Statement: (Statement & { Principal: unknown })[] }
      ).Statement.filter((s) => s.Effect === 'Allow');
      expect(allowed).toEqual([
        expect.objectContaining({
          Action: 'sns:Publish',
          Principal: { Service: 'sms-voice.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
        }),
      ]);
      const keyPolicy = JSON.stringify(messaging.toJSON().Resources[ids().smsKey].Properties.KeyPolicy);
      expect(keyPolicy).toContain('sms-voice.amazonaws.com');
    },
  );

  it.each([
    ['delivery-events', 'smsEvents', 'recordSmsFeedback'],
    ['inbound', 'smsInbound', 'receiveInboundSms'],
  ] as const)('subscribes the function to the %s topic with a dead-letter queue SNS may use', (_, topic, key) => {
    const subscriptions = resourcesOf(routes, 'AWS::SNS::Subscription').filter(
      ([, candidate]) =>
        JSON.stringify(inParent(candidate.Properties.Endpoint)) === JSON.stringify(getAtt(functionOf(key)[0])),
    );
    expect(subscriptions).toHaveLength(1);
    const [, subscription] = subscriptions[0] as [string, Resource];

    expect(subscription.Properties.Protocol).toBe('lambda');
    expect(flat(subscription.Properties.TopicArn)).toBe(`{${ids()[topic]}}`);
    expect(
      inParent((subscription.Properties.RedrivePolicy as { deadLetterTargetArn: unknown }).deadLetterTargetArn),
    ).toEqual(getAtt(deliveryFailuresId()));
    routes.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'sns.amazonaws.com',
      FunctionName: subscription.Properties.Endpoint,
      SourceArn: subscription.Properties.TopicArn,
    });

    const [, queuePolicy] = onlyResource(synth.ingestion, 'AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: deliveryFailuresId() }],
    });
    const snsSources = (
      queuePolicy.Properties.PolicyDocument as { Statement: (Statement & { Principal?: unknown })[] }
    ).Statement.filter((s) => JSON.stringify(s.Principal) === JSON.stringify({ Service: 'sns.amazonaws.com' })).map(
      (s) => flat((s.Condition as { ArnEquals: { 'aws:SourceArn': unknown } }).ArnEquals['aws:SourceArn']),
    );
    expect(snsSources).toContain(`{${ids()[topic]}}`);
    const deadLetterKey = logicalId('ingestion', synth.stacks.ingestion.deadLetters.key);
    expect(JSON.stringify(synth.ingestion.toJSON().Resources[deadLetterKey].Properties.KeyPolicy)).toContain(
      'sns.amazonaws.com',
    );
  });
});

describe('push', () => {
  it('has a Pinpoint application for the push channels', () => {
    onlyResource(messaging, 'AWS::Pinpoint::App', { Name: 'patient-outreach-test-push' });
  });
});

describe('letters', () => {
  it('keeps letters private, encrypted with their own key, versioned, access-logged and expiring', () => {
    const { lettersBucket, lettersKey } = ids();
    const properties = messaging.toJSON().Resources[lettersBucket].Properties;
    expect(properties).toMatchObject({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: getAtt(lettersKey) } },
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: {
        DestinationBucketName: { Ref: logicalId('messaging', synth.stacks.messaging.letters.accessLogs) },
      },
    });
    expect(properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ ExpirationInDays: Number(CONTEXT.letterRetentionDays), Status: 'Enabled' }),
    ]);
    expect(messaging.toJSON().Resources[lettersKey].Properties.EnableKeyRotation).toBe(true);
  });

  it('refuses plain HTTP to the letters bucket', () => {
    const [, policy] = onlyResource(messaging, 'AWS::S3::BucketPolicy', { Bucket: { Ref: ids().lettersBucket } });
    expect((policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('closes the letter batch daily at the configured UTC time, dead-lettering a tick it cannot deliver that day', () => {
    const [, rule] = onlyResource(routes, 'AWS::Events::Rule', { ScheduleExpression: 'cron(30 20 * * ? *)' });
    const target = onlyTarget(rule);

    expect(inParent(target.Arn)).toEqual(getAtt(functionOf('closeLetterBatch')[0]));
    expect(inParent(target.DeadLetterConfig?.Arn)).toEqual(getAtt(deliveryFailuresId()));
    // 20:30 leaves 3.5 hours of the UTC day.
    expect(target.RetryPolicy?.MaximumEventAgeInSeconds).toBeLessThanOrEqual(3.5 * 3600);
  });

  it('resumes deferred staff and campaign sends every minute, dead-lettering a tick it cannot deliver', () => {
    const [, rule] = onlyResource(routes, 'AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)' });
    const target = onlyTarget(rule);

    expect(inParent(target.Arn)).toEqual(getAtt(functionOf('resumeDeferredSends')[0]));
    expect(inParent(target.DeadLetterConfig?.Arn)).toEqual(getAtt(deliveryFailuresId()));
    expect(target.RetryPolicy?.MaximumEventAgeInSeconds).toBe(60);
  });

  it('stops retrying a close before the UTC day it closes is over', () => {
    expect(sameDayDelivery('23:59').maxEventAge.toSeconds()).toBe(60);
    expect(sameDayDelivery('21:00').maxEventAge.toMinutes()).toBe(179);
    expect(sameDayDelivery('06:00').maxEventAge.toHours()).toBe(6);
  });
});

describe.each([
  ['link signing key', () => [ids().secret, ids().secretKey]],
  ['address key secret', () => [ids().addressSecret, ids().addressSecretKey]],
])('the %s', (_, idsOf) => {
  it('is a generated 64-character secret encrypted with its own rotating key', () => {
    const [secretId, keyId] = idsOf() as [string, string];
    const secret = messaging.toJSON().Resources[secretId] as Resource;
    expect(secret.Type).toBe('AWS::SecretsManager::Secret');
    expect(secret.Properties).toMatchObject({
      KmsKeyId: getAtt(keyId),
      GenerateSecretString: { PasswordLength: GENERATED_KEY_LENGTH, ExcludePunctuation: true },
    });
    expect(GENERATED_KEY_LENGTH).toBe(64);
    expect(messaging.toJSON().Resources[keyId].Properties.EnableKeyRotation).toBe(true);
  });
});

describe('secrets', () => {
  it('are the two generated keys, apart: the address key secret is not the link signing key', () => {
    const secrets = resourcesOf(messaging, 'AWS::SecretsManager::Secret').map(([id]) => id);
    expect(secrets.sort()).toEqual([ids().secret, ids().addressSecret].sort());
  });

  it('the address key secret is read by exactly the functions that derive address keys', () => {
    const readers = (Object.keys(FUNCTION_CATALOG) as FunctionKey[]).filter((key) =>
      grantsOf(key).includes(`secretsmanager:GetSecretValue on {${ids().addressSecret}}`),
    );
    expect(readers.sort()).toEqual(
      ['sendMessage', 'sendJourneyMessage', 'resumeDeferredSends', 'receiveInboundSms', 'api', 'apiSimulation'].sort(),
    );
  });
});

describe('send requests', () => {
  it('routes Message Requested on the platform bus to the send function, with retries and a dead-letter queue', () => {
    const [, rule] = onlyResource(routes, 'AWS::Events::Rule', { EventPattern: messageRequestedPattern() });
    const target = onlyTarget(rule);

    expect(rule.Properties.EventBusName).toBeDefined();
    expect(JSON.stringify(inParent(rule.Properties.EventBusName))).toContain(
      synth.stacks.events.getLogicalId(synth.stacks.events.bus.node.defaultChild as never),
    );
    expect(inParent(target.Arn)).toEqual(getAtt(functionOf('sendMessage')[0]));
    expect(inParent(target.DeadLetterConfig?.Arn)).toEqual(getAtt(deliveryFailuresId()));
  });

  it('alarms on send errors through the platform alarm topic', () => {
    const [, alarm] = onlyResource(routes, 'AWS::CloudWatch::Alarm', { MetricName: 'Errors' });
    const [topicId] = onlyResource(synth.ingestion, 'AWS::SNS::Topic');
    const [functionId] = functionOf('sendMessage');

    expect(alarm.Properties).toMatchObject({ Namespace: 'AWS/Lambda', Threshold: 1 });
    expect(inParent((alarm.Properties.Dimensions as { Value: unknown }[])[0]?.Value)).toEqual({ Ref: functionId });
    expect((alarm.Properties.AlarmActions as unknown[]).map(inParent)).toEqual([{ Ref: topicId }]);
  });

  it('counts channel-unavailable sends from every function that sends, and alarms on one', () => {
    const filters = Object.values(routes.findResources('AWS::Logs::MetricFilter')).filter(
      (f) => (f.Properties.MetricTransformations as { MetricName: string }[])[0]?.MetricName === 'ChannelUnavailable',
    );
    const [, alarm] = onlyResource(routes, 'AWS::CloudWatch::Alarm', { MetricName: 'ChannelUnavailable' });
    const [topicId] = onlyResource(synth.ingestion, 'AWS::SNS::Topic');

    expect(filters.map((f) => f.Properties.FilterPattern)).toEqual(
      Array(3).fill('{ ($.message = "Message decided") && ($.reason = "channel-unavailable") }'),
    );
    expect(alarm.Properties).toMatchObject({ Namespace: 'PatientOutreach', Threshold: 1, Statistic: 'Sum' });
    expect((alarm.Properties.AlarmActions as unknown[]).map(inParent)).toEqual([{ Ref: topicId }]);
  });

  it('counts the claims the sweeper settles as in doubt, from the ResumeDeferredSends logs, and alarms on one', () => {
    const [, filter] = onlyResource(routes, 'AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.message = "Claim expired: message in doubt" }',
    });
    const [, alarm] = onlyResource(routes, 'AWS::CloudWatch::Alarm', { MetricName: 'InDoubtMessages' });

    expect(JSON.stringify(inParent(filter.Properties.LogGroupName))).toContain('ResumeDeferredSends');
    expect(alarm.Properties).toMatchObject({ Namespace: 'PatientOutreach', Threshold: 1 });
  });
});

describe('the catalog’s messaging flags', () => {
  const MESSAGING_VARIABLES: readonly EnvVar[] = [
    EnvName.SesFromAddress,
    EnvName.SesConfigurationSet,
    EnvName.SmsOriginationIdentity,
    EnvName.SmsConfigurationSet,
    EnvName.PushApplicationId,
    EnvName.LetterBucket,
    EnvName.LetterKeyArn,
    EnvName.LetterFolder,
    EnvName.LinkBaseUrl,
    EnvName.LinkSigningSecretArn,
    EnvName.LinkSigningKey,
    EnvName.AddressKeySecretArn,
    EnvName.AddressKeySecret,
  ];
  const sends = (spec: FunctionSpec) =>
    Boolean(spec.messaging?.email || spec.messaging?.sms || spec.messaging?.push || spec.messaging?.letters);
  const entries = Object.entries(FUNCTION_CATALOG) as [FunctionKey, FunctionSpec][];

  it.each(entries)('%s is told exactly the messaging resources its flags name', (key, spec) => {
    const m = spec.messaging ?? {};
    const variables = variablesOf(key);
    const expected = {
      ...(m.email
        ? {
            [EnvName.SesFromAddress]: CONTEXT.sesFromAddress,
            [EnvName.SesConfigurationSet]: `{${ids().emailConfigurationSet}}`,
          }
        : {}),
      ...(m.sms
        ? {
            [EnvName.SmsOriginationIdentity]: CONTEXT.smsOriginationIdentity,
            [EnvName.SmsConfigurationSet]: 'patient-outreach-test-sms',
          }
        : {}),
      ...(m.push ? { [EnvName.PushApplicationId]: `{${ids().pushApp}}` } : {}),
      ...(m.letters
        ? { [EnvName.LetterBucket]: `{${ids().lettersBucket}}`, [EnvName.LetterKeyArn]: `{${ids().lettersKey}.Arn}` }
        : {}),
      ...(m.linkKey ? { [EnvName.LinkSigningSecretArn]: `{${ids().secret}}` } : {}),
      ...(m.linkKey && sends(spec) ? { [EnvName.LinkBaseUrl]: 'https://links.riverside-health.example' } : {}),
      ...(m.addressKey ? { [EnvName.AddressKeySecretArn]: `{${ids().addressSecret}}` } : {}),
    };
    const told = Object.fromEntries(
      MESSAGING_VARIABLES.filter((name) => name in variables).map((name) => [name, flat(variables[name])]),
    );

    expect(told).toEqual(expected);
  });

  it.each(entries)('%s may send and read exactly what its flags list, on the platform’s own resources', (key, spec) => {
    const m = spec.messaging ?? {};
    const { lettersBucket, lettersKey, secret, secretKey, addressSecret, addressSecretKey, pushApp } = ids();
    const arn = (service: string, resource: string) => `arn:aws:${service}:{Region}:{Account}:${resource}`;
    const expected = [
      ...(m.email
        ? [
            `ses:SendEmail on ${arn('ses', 'configuration-set/patient-outreach-test-email')}`,
            `ses:SendEmail on ${arn('ses', `identity/${CONTEXT.sesFromDomain}`)}`,
          ]
        : []),
      ...(m.sms
        ? [
            `sms-voice:SendTextMessage on ${arn('sms-voice', 'configuration-set/patient-outreach-test-sms')}`,
            `sms-voice:SendTextMessage on ${arn('sms-voice', `pool/${CONTEXT.smsOriginationIdentity}`)}`,
          ]
        : []),
      ...(m.push ? [`mobiletargeting:SendMessages on {${pushApp}.Arn}/messages`] : []),
      ...(m.letters ? [`s3:PutObject on {${lettersBucket}.Arn}/letters/*`] : []),
      ...(m.letters === 'readWrite'
        ? [`s3:GetObject on {${lettersBucket}.Arn}/letters/*`, `s3:ListBucket on {${lettersBucket}.Arn}`]
        : []),
      ...(m.letters
        ? [
            'kms:Decrypt',
            'kms:DescribeKey',
            'kms:Encrypt',
            'kms:GenerateDataKey',
            'kms:GenerateDataKeyWithoutPlaintext',
            'kms:ReEncryptFrom',
            'kms:ReEncryptTo',
          ].map((action) => `${action} on {${lettersKey}.Arn}`)
        : []),
      ...(m.linkKey
        ? [
            `secretsmanager:GetSecretValue on {${secret}}`,
            `kms:Decrypt on {${secretKey}.Arn}`,
            `kms:DescribeKey on {${secretKey}.Arn}`,
          ]
        : []),
      ...(m.addressKey
        ? [
            `secretsmanager:GetSecretValue on {${addressSecret}}`,
            `kms:Decrypt on {${addressSecretKey}.Arn}`,
            `kms:DescribeKey on {${addressSecretKey}.Arn}`,
          ]
        : []),
    ];
    const messagingResources = Object.values(ids());
    const granted = grantsOf(key).filter(
      (grant) =>
        /^(ses|sms-voice|mobiletargeting|secretsmanager):/.test(grant) ||
        messagingResources.some((id) => grant.includes(`{${id}`)),
    );

    expect(granted.sort()).toEqual(expected.sort());
  });

  it('lists letters only under their prefix', () => {
    const listing = statementsOf('closeLetterBatch').find((s) => asList(s.Action).includes('s3:ListBucket'));
    expect(listing?.Condition).toEqual({ StringLike: { 's3:prefix': ['letters/*'] } });
  });

  it('grants no messaging action on every resource', () => {
    const wildcards = entries
      .flatMap(([key]) => statementsOf(key))
      .filter((s) => asList(s.Action).some((a) => /^(ses|sms-voice|mobiletargeting|secretsmanager|s3):/.test(a)))
      .filter((s) => asList(s.Resource).includes('*'));
    expect(wildcards).toEqual([]);
  });
});

describe('compliance of the messaging stacks', () => {
  it('leaves no cdk-nag finding unacknowledged in the Messaging stack or the nested routes', () => {
    const paths = [synth.stacks.messaging.node.path, synth.stacks.messagingRoutes.node.path];
    const violations = [new AwsSolutionsChecks(), new HIPAASecurityChecks()]
      .flatMap((pack) => pack.validateScope(synth.app).violations)
      .flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath ?? ''}`))
      .filter((finding) => paths.some((path) => finding.includes(` at ${path}/`)));
    expect(violations).toEqual([]);
  });
});

describe('messaging settings', () => {
  const settingsOf = (context: Record<string, unknown>) =>
    readSettings((key) => (({ stage: 'dev', ...context }) as Record<string, unknown>)[key]);
  const problemsOf = (context: Record<string, unknown>): readonly string[] => {
    try {
      settingsOf(context);
    } catch (error) {
      if (error instanceof SettingsError) return error.problems;
      throw error;
    }
    return [];
  };

  it('sends from no-reply at the configured domain unless told another address there', () => {
    const settings = settingsOf({ sesFromDomain: 'Mail.Example.org' });
    expect(settings).toMatchObject({ sesFromDomain: 'mail.example.org', sesFromAddress: 'no-reply@mail.example.org' });
  });

  it.each([
    [
      'a from address at another domain',
      { sesFromDomain: 'example.org', sesFromAddress: 'care@example.com' },
      'sesFromAddress',
    ],
    ['a phone number as origination identity', { smsOriginationIdentity: '+15555550100' }, 'smsOriginationIdentity'],
    ['a plain-http link base URL', { publicLinkBaseUrl: 'http://links.example.org' }, 'publicLinkBaseUrl'],
    ['a link base URL with a query', { publicLinkBaseUrl: 'https://links.example.org/?a=1' }, 'publicLinkBaseUrl'],
    ['a close time that is not HH:MM', { letterBatchCloseTime: '9pm' }, 'letterBatchCloseTime'],
  ])('refuses %s', (_, context, key) => {
    expect(problemsOf(context)).toEqual([expect.stringContaining(key)]);
  });

  it('accepts a pool ARN and drops a trailing slash from the link base URL', () => {
    const pool = 'arn:aws:sms-voice:eu-west-1:123456789012:pool/pool-0123456789abcdef0123456789abcdef';
    const settings = settingsOf({ smsOriginationIdentity: pool, publicLinkBaseUrl: 'https://x.example.org/v1/' });
    expect(settings).toMatchObject({ smsOriginationIdentity: pool, publicLinkBaseUrl: 'https://x.example.org/v1' });
  });
});
