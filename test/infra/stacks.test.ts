import { readFileSync } from 'node:fs';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { ALL_TABLE_DESIGNS, type TableDesign } from '../../lambdas/adapters/dynamodb/table-design';
import { ANONYMOUS_REFUSED, METRIC_NAMESPACE } from '../../lambdas/api/route';
import { EnvName } from '../../lambdas/config/env-names';
import { PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import {
  consentChangedPattern,
  fhirResourceChangedPattern,
  patientResourceChangedPattern,
} from '../../lambdas/domain/events/event-patterns';
import { PUBLISHED_EVENT_SCHEMAS } from '../../lambdas/domain/events/event-schemas';
import { INGESTION_BATCH } from '../../lambdas/domain/ingestion/ingestion-batch';
import { FUNCTION_CATALOG, type FunctionSpec, type TableName } from '../../lambdas/function-catalog';
import { BULK_IMPORT_ASL, BULK_IMPORT_FUNCTIONS } from '../../lib/constructs/bulk-import-workflow';
import { DeadLetterAlarms } from '../../lib/constructs/dead-letter-alarms';
import { OutreachFunction } from '../../lib/constructs/outreach-function';
import { createOutreachStacks } from '../../lib/outreach-app';
import { repoPath } from '../../lib/paths';
import { DataStack } from '../../lib/stacks/data-stack';
import {
  type SynthesizedOutreach,
  settingsOf,
  synthesizeOutreach,
  TEST_CONTEXT,
  testApp,
  WITHOUT_BUNDLING,
} from './outreach-app.fixture';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Action: string | string[]; Resource: unknown };

let synth: SynthesizedOutreach;
beforeAll(() => {
  synth = synthesizeOutreach();
}, 180_000);

const resources = (template: Template, type: string) => template.findResources(type) as Record<string, Resource>;
const onlyResource = (template: Template, type: string, properties: object = {}): [string, Resource] => {
  const found = Object.entries(template.findResources(type, { Properties: properties }));
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
};
const getAtt = (logicalId: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attribute] });
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('data stack', () => {
  const tableOf = (design: TableDesign): [string, Resource] => {
    const binding = Object.values(synth.stacks.data.tables).find((candidate) => candidate.design === design);
    const logicalId = synth.stacks.data.getLogicalId(binding?.table.node.defaultChild as CfnTable);
    return [logicalId, synth.data.toJSON().Resources[logicalId]];
  };

  describe.each(ALL_TABLE_DESIGNS)('the $id table', (design) => {
    it('has the keys, indexes and TTL attribute of table-design.ts', () => {
      const [, table] = tableOf(design);
      const keySchema = (hash: string, range: string) => [
        { AttributeName: hash, KeyType: 'HASH' },
        { AttributeName: range, KeyType: 'RANGE' },
      ];
      expect(table.Properties).toMatchObject({
        KeySchema: keySchema(design.partitionKey, design.sortKey),
        TimeToLiveSpecification: { AttributeName: design.timeToLiveAttribute, Enabled: true },
        GlobalSecondaryIndexes: design.indexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: keySchema(index.partitionKey, index.sortKey),
          Projection: { ProjectionType: 'ALL' },
        })),
      });
    });

    it('is on-demand, recoverable to a point in time, and encrypted with its own rotating key', () => {
      const [, table] = tableOf(design);
      const sse = table.Properties.SSESpecification as { KMSMasterKeyId: { 'Fn::GetAtt': [string, string] } };
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      });
      const key = synth.data.toJSON().Resources[sse.KMSMasterKeyId['Fn::GetAtt'][0]];
      expect(key).toMatchObject({ Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } });
    });

    it('is in the daily backup plan', () => {
      const [logicalId] = tableOf(design);
      synth.data.hasResourceProperties('AWS::Backup::BackupSelection', {
        BackupSelection: Match.objectLike({ Resources: Match.arrayWith([getAtt(logicalId)]) }),
      });
    });
  });

  it('lets a test stage delete its tables', () => {
    for (const table of Object.values(resources(synth.data, 'AWS::DynamoDB::Table'))) {
      expect(table.DeletionPolicy).toBe('Delete');
      expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    }
  });

  it('retains and protects the tables of production', () => {
    const app = testApp({ stage: 'prod' });
    const template = Template.fromStack(new DataStack(app, 'ProdData', { settings: settingsOf(app) }));
    for (const table of Object.values(resources(template, 'AWS::DynamoDB::Table'))) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    }
  });
});

describe('events stack', () => {
  const PLATFORM_BUS = { Name: 'patient-outreach-test' };
  it('encrypts the bus with a customer-managed key', () => {
    const [, bus] = onlyResource(synth.events, 'AWS::Events::EventBus', PLATFORM_BUS);
    const keyId = (bus.Properties.KmsKeyIdentifier as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    expect(synth.events.toJSON().Resources[keyId].Properties.EnableKeyRotation).toBe(true);
  });

  it('gives the bus an encrypted dead-letter queue for events it cannot encrypt or decrypt', () => {
    const [, bus] = onlyResource(synth.events, 'AWS::Events::EventBus', PLATFORM_BUS);
    const queueId = synth.stacks.events.getLogicalId(synth.stacks.events.encryptionFailures.node.defaultChild as never);
    expect(bus.Properties.DeadLetterConfig).toEqual({ Arn: getAtt(queueId) });
    expect(synth.events.toJSON().Resources[queueId].Properties.KmsMasterKeyId).toBeDefined();
  });

  it('archives every event of the bus for the configured retention', () => {
    const [busId] = onlyResource(synth.events, 'AWS::Events::EventBus', PLATFORM_BUS);
    synth.events.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: getAtt(busId),
      RetentionDays: synth.settings.eventArchiveRetentionDays,
      KmsKeyIdentifier: Match.anyValue(),
    });
  });

  it.each(Object.keys(PUBLISHED_EVENT_SCHEMAS))('registers %s with its content unchanged', (fileName) => {
    const [registryId] = onlyResource(synth.events, 'AWS::EventSchemas::Registry');
    const file = JSON.parse(readFileSync(repoPath('schemas', fileName), 'utf8'));
    const schemas = Object.values(resources(synth.events, 'AWS::EventSchemas::Schema'));
    const registered = schemas.filter(
      (schema) => JSON.stringify(JSON.parse(String(schema.Properties.Content))) === JSON.stringify(file),
    );
    expect(registered).toHaveLength(1);
    expect(registered[0]?.Properties).toMatchObject({
      Type: 'JSONSchemaDraft4',
      RegistryName: getAtt(registryId, 'RegistryName'),
    });
  });

  it('names the schemas source@DetailType, with the configured upstream source', () => {
    const names = Object.values(resources(synth.events, 'AWS::EventSchemas::Schema')).map(
      (s) => s.Properties.SchemaName,
    );
    expect(names.sort()).toEqual(
      [
        `${TEST_CONTEXT.upstreamEventSource}@FHIRResourceChanged`,
        `${PLATFORM_EVENT_SOURCE}@PatientFactsChanged`,
        `${PLATFORM_EVENT_SOURCE}@SegmentMembershipChanged`,
        `${PLATFORM_EVENT_SOURCE}@PatientEngagementRecorded`,
        `${PLATFORM_EVENT_SOURCE}@MessageRequested`,
        `${PLATFORM_EVENT_SOURCE}@PatientReplied`,
        `${PLATFORM_EVENT_SOURCE}@JourneyActivityCreated`,
      ].sort(),
    );
  });
});

describe('ingestion stack', () => {
  const functionOf = (spec: FunctionSpec) =>
    onlyResource(synth.ingestion, 'AWS::Lambda::Function', { Description: spec.description });
  const queueId = (queue: Queue) => synth.stacks.ingestion.getLogicalId(queue.node.defaultChild as never);
  const tableLogicalId = (name: TableName) =>
    synth.stacks.data.getLogicalId(synth.stacks.data.tables[name].table.node.defaultChild as CfnTable);
  const statementsOf = (withRole: Resource, roleProperty = 'Role'): Statement[] => {
    const roleId = (withRole.Properties[roleProperty] as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const [, policy] = onlyResource(synth.ingestion, 'AWS::IAM::ManagedPolicy', { Roles: [{ Ref: roleId }] });
    return (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
  };

  it('encrypts every state machine of the platform, nested stacks included, with the workflow key', () => {
    const keyId = synth.stacks.ingestion.getLogicalId(synth.stacks.ingestion.workflowKey.node.defaultChild as never);
    const nested = [synth.stacks.segments, synth.stacks.journeys].map((stack) => Template.fromStack(stack));
    const machines = [synth.ingestion, ...nested].flatMap((template) =>
      Object.values(resources(template, 'AWS::StepFunctions::StateMachine')),
    );
    expect(machines).toHaveLength(3);
    for (const machine of machines) {
      expect(machine.Properties.EncryptionConfiguration).toMatchObject({
        Type: 'CUSTOMER_MANAGED_KMS_KEY',
        KmsDataKeyReusePeriodSeconds: 300,
      });
    }
    const bulkImport = Object.values(resources(synth.ingestion, 'AWS::StepFunctions::StateMachine'))[0];
    expect(bulkImport?.Properties.EncryptionConfiguration).toMatchObject({ KmsKeyId: getAtt(keyId) });
  });

  it('tells the Api the key journeys are published with, and bounds its concurrency', () => {
    const [, api] = functionOf(FUNCTION_CATALOG.api);
    const variables = (api.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables[EnvName.JourneyKeyArn]).toBeDefined();
    expect(api.Properties.ReservedConcurrentExecutions).toBe(synth.settings.apiReservedConcurrency);
  });

  it("counts the API's unaudited anonymous calls (links whose token named nobody) from its own log group", () => {
    const apiLogs = synth.stacks.ingestion.getLogicalId(
      synth.stacks.ingestion.functions.byKey.api.logGroup.node.defaultChild as never,
    );
    const [, filter] = onlyResource(synth.ingestion, 'AWS::Logs::MetricFilter');
    expect(filter.Properties).toEqual({
      LogGroupName: { Ref: apiLogs },
      FilterPattern: `{ $.message = "${ANONYMOUS_REFUSED}" }`,
      MetricTransformations: [
        { MetricNamespace: METRIC_NAMESPACE, MetricName: 'RefusedAnonymousCalls', MetricValue: '1' },
      ],
    });
  });

  describe.each(Object.values(FUNCTION_CATALOG) as FunctionSpec[])('the $id function', (spec) => {
    it('runs Node.js 22 on ARM64, traced, with the memory and timeout of the catalog', () => {
      const [, fn] = functionOf(spec);
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: spec.memoryMb,
        Timeout: spec.timeoutSeconds,
        TracingConfig: { Mode: 'Active' },
      });
    });

    it('logs to its own encrypted log group with the configured retention', () => {
      const [, fn] = functionOf(spec);
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(synth.ingestion.toJSON().Resources[logGroupId].Properties).toMatchObject({
        RetentionInDays: synth.settings.logRetentionDays,
        KmsKeyId: expect.anything(),
      });
    });

    it('is told the settings and exactly the resources the catalog gives it', () => {
      const [, fn] = functionOf(spec);
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      const tableVariables = Object.keys(spec.tables).map(
        (name) => synth.stacks.data.tables[name as TableName].envName,
      );
      expect(Object.keys(variables).sort()).toEqual(
        [
          EnvName.Stage,
          EnvName.UpstreamEventSource,
          EnvName.MaxResourceBytes,
          EnvName.MaxClockSkewSeconds,
          EnvName.DeadLetterRetentionDays,
          'NODE_OPTIONS',
          ...tableVariables,
          ...(spec.putsEvents ? [EnvName.EventBusName] : []),
          ...(spec.readsImportBucket || spec.startsBulkImport ? [EnvName.ImportBucket] : []),
          ...(spec.tables.audit ? [EnvName.AuditRetentionDays] : []),
          ...(spec.startsBulkImport ? [EnvName.BulkImportStateMachineArn] : []),
          ...(spec.startsSegmentComputation ? [EnvName.SegmentComputationStateMachineArn] : []),
          ...(spec.journeys?.manage
            ? [
                EnvName.JourneyStateMachinePrefix,
                EnvName.JourneyStateMachineArnPrefix,
                EnvName.JourneyRoleArn,
                EnvName.JourneyLogGroupArn,
                EnvName.JourneyKeyArn,
                EnvName.JourneyFunctions,
                EnvName.JourneyScheduleGroup,
                EnvName.JourneySchedulerRoleArn,
                EnvName.JourneyScheduleDeadLetterArn,
              ]
            : []),
          ...(spec.startsJourneyBulkEnrolment ? [EnvName.JourneyBulkEnrolmentStateMachineArn] : []),
          ...(spec.journeys?.compile && !spec.journeys.manage ? [EnvName.JourneyFunctions] : []),
          ...(spec.invokesExitCheck ? [EnvName.CheckJourneyExitFunction] : []),
          ...(spec.invokesFhirPath ? [EnvName.EvaluateFhirPathFunction] : []),
          ...(spec.messaging?.email ? [EnvName.SesFromAddress, EnvName.SesConfigurationSet] : []),
          ...(spec.messaging?.sms ? [EnvName.SmsOriginationIdentity, EnvName.SmsConfigurationSet] : []),
          ...(spec.messaging?.push ? [EnvName.PushApplicationId] : []),
          ...(spec.messaging?.letters ? [EnvName.LetterBucket, EnvName.LetterKeyArn] : []),
          ...(spec.messaging?.linkKey ? [EnvName.LinkSigningSecretArn] : []),
          ...(spec.messaging?.addressKey ? [EnvName.AddressKeySecretArn] : []),
          // Where links are put into messages: the key holder also sends.
          ...(spec.messaging?.linkKey &&
          (spec.messaging.email || spec.messaging.sms || spec.messaging.push || spec.messaging.letters)
            ? [EnvName.LinkBaseUrl]
            : []),
        ].sort(),
      );
      expect(variables[EnvName.UpstreamEventSource]).toBe(TEST_CONTEXT.upstreamEventSource);
    });

    it('may read and write exactly the tables the catalog lists, in the listed mode', () => {
      const statements = statementsOf(functionOf(spec)[1]);
      for (const name of Object.keys(synth.stacks.data.tables) as TableName[]) {
        const onTable = statements
          .filter((s) =>
            asList(s.Resource).some(
              (r) => JSON.stringify(r).includes(tableLogicalId(name)) && !JSON.stringify(r).includes('/index/'),
            ),
          )
          .flatMap((s) => asList(s.Action));
        const mode = spec.tables[name];
        expect(onTable.includes('dynamodb:GetItem')).toBe(mode === 'read' || mode === 'readWrite');
        expect(onTable.includes('dynamodb:PutItem')).toBe(mode === 'write' || mode === 'readWrite');
      }
      const actions = statements.flatMap((s) => asList(s.Action));
      expect(actions.includes('events:PutEvents')).toBe(spec.putsEvents);
      const importBucketId = synth.stacks.ingestion.getLogicalId(
        synth.stacks.ingestion.importBucket.bucket.node.defaultChild as never,
      );
      const readsImports = statements.some(
        (s) => asList(s.Action).includes('s3:GetObject') && JSON.stringify(s.Resource).includes(importBucketId),
      );
      expect(readsImports).toBe(spec.readsImportBucket === true);
    });

    it('may start bulk imports, and nothing else on the workflow, only if the catalog says so', () => {
      const [stateMachineId] = onlyResource(synth.ingestion, 'AWS::StepFunctions::StateMachine');
      const onWorkflow = statementsOf(functionOf(spec)[1]).filter((s) =>
        JSON.stringify(s.Resource).includes(stateMachineId),
      );
      expect(onWorkflow.flatMap((s) => asList(s.Action))).toEqual(
        spec.startsBulkImport ? ['states:StartExecution'] : [],
      );
    });

    it('may invoke CheckJourneyExit and EvaluateFhirPath, and no other function, only if the catalog says so', () => {
      const [exitCheckId] = functionOf(FUNCTION_CATALOG.checkJourneyExit);
      const [fhirPathId] = functionOf(FUNCTION_CATALOG.evaluateFhirPath);
      const invokes = statementsOf(functionOf(spec)[1]).filter((s) =>
        asList(s.Action).includes('lambda:InvokeFunction'),
      );
      expect(invokes.map((s) => s.Resource)).toEqual([
        ...(spec.invokesExitCheck ? [{ 'Fn::GetAtt': [exitCheckId, 'Arn'] }] : []),
        ...(spec.invokesFhirPath ? [{ 'Fn::GetAtt': [fhirPathId, 'Arn'] }] : []),
      ]);
    });

    it('sends failed asynchronous invocations to the processing-failures queue', () => {
      const [functionId] = functionOf(spec);
      synth.ingestion.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: functionId },
        DestinationConfig: {
          OnFailure: { Destination: getAtt(queueId(synth.stacks.ingestion.deadLetters.processingFailures)) },
        },
      });
    });
  });

  it('grants no IAM action with a wildcard, on tables or anywhere else', () => {
    const policies = [synth.data, synth.events, synth.ingestion].flatMap((t) => [
      ...Object.values(resources(t, 'AWS::IAM::ManagedPolicy')),
      ...Object.values(resources(t, 'AWS::IAM::Policy')),
    ]);
    const actions = policies.flatMap((p) =>
      (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement.flatMap((s) => asList(s.Action)),
    );
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);
  });

  it('routes upstream FHIR changes by the shared pattern, with retries and a dead-letter queue', () => {
    // The ingress bus's forwarding rule has the same pattern (see event-trust-boundary.test.ts).
    const [, rule] = onlyResource(synth.ingestion, 'AWS::Events::Rule', {
      EventPattern: fhirResourceChangedPattern(TEST_CONTEXT.upstreamEventSource),
      Targets: Match.arrayWith([Match.objectLike({ Arn: getAtt(queueId(synth.stacks.ingestion.ingestionQueue)) })]),
    });
    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: getAtt(queueId(synth.stacks.ingestion.ingestionQueue)),
        DeadLetterConfig: { Arn: getAtt(queueId(synth.stacks.ingestion.deadLetters.deliveryFailures)) },
        RetryPolicy: { MaximumEventAgeInSeconds: expect.any(Number), MaximumRetryAttempts: expect.any(Number) },
      }),
    ]);
  });

  it('feeds the ingestion function from its queue in batches, reporting failed items, dead-lettering the rest', () => {
    const [ingestId] = functionOf(FUNCTION_CATALOG.ingestFhirEvent);
    const ingestionQueue = queueId(synth.stacks.ingestion.ingestionQueue);
    const [, mapping] = onlyResource(synth.ingestion, 'AWS::Lambda::EventSourceMapping', {
      EventSourceArn: getAtt(ingestionQueue),
    });
    expect(mapping.Properties).toMatchObject({
      FunctionName: { Ref: ingestId },
      BatchSize: INGESTION_BATCH.size,
      MaximumBatchingWindowInSeconds: INGESTION_BATCH.windowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const queue = resources(synth.ingestion, 'AWS::SQS::Queue')[ingestionQueue];
    expect(queue?.Properties).toMatchObject({
      RedrivePolicy: {
        deadLetterTargetArn: getAtt(queueId(synth.stacks.ingestion.deadLetters.deliveryFailures)),
        maxReceiveCount: expect.any(Number),
      },
      VisibilityTimeout: FUNCTION_CATALOG.ingestFhirEvent.timeoutSeconds * 6,
      KmsMasterKeyId: expect.anything(),
    });
  });

  it.each([
    ['Patient changes to the search indexer', 'indexPatientSearch', patientResourceChangedPattern()],
    ['Consent changes to the preference recorder', 'applyConsentPreferences', consentChangedPattern()],
  ] as const)('routes %s through its own queue, with retries and a dead-letter queue', (_what, key, pattern) => {
    const deliveryFailures = getAtt(queueId(synth.stacks.ingestion.deadLetters.deliveryFailures));
    const consumerQueue = queueId(synth.stacks.ingestion.queuedConsumers[key].queue);
    const [, rule] = onlyResource(synth.ingestion, 'AWS::Events::Rule', { EventPattern: pattern });
    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: getAtt(consumerQueue),
        DeadLetterConfig: { Arn: deliveryFailures },
        RetryPolicy: { MaximumEventAgeInSeconds: expect.any(Number), MaximumRetryAttempts: expect.any(Number) },
      }),
    ]);
  });

  it.each([
    ['search indexer', 'indexPatientSearch'],
    ['preference recorder', 'applyConsentPreferences'],
    ['segment evaluator', 'evaluatePatientSegments'],
    ['journey wait resumer', 'resumeJourneyWaits'],
    ['email feedback recorder', 'recordEmailFeedback'],
  ] as const)(
    'redelivers to the %s long enough to outlast a five-minute throttling burst, then dead-letters',
    (_what, key) => {
      const spec = FUNCTION_CATALOG[key];
      const [functionId] = functionOf(spec);
      const consumerQueue = queueId(synth.stacks.ingestion.queuedConsumers[key].queue);
      const [, mapping] = onlyResource(synth.ingestion, 'AWS::Lambda::EventSourceMapping', {
        EventSourceArn: getAtt(consumerQueue),
      });
      const queue = resources(synth.ingestion, 'AWS::SQS::Queue')[consumerQueue];
      const { VisibilityTimeout, RedrivePolicy } = (queue?.Properties ?? {}) as {
        VisibilityTimeout: number;
        RedrivePolicy: { deadLetterTargetArn: unknown; maxReceiveCount: number };
      };

      expect(mapping.Properties).toMatchObject({
        FunctionName: { Ref: functionId },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
      expect(VisibilityTimeout).toBeGreaterThanOrEqual(spec.timeoutSeconds * 6);
      expect(RedrivePolicy.deadLetterTargetArn).toEqual(
        getAtt(queueId(synth.stacks.ingestion.deadLetters.deliveryFailures)),
      );
      // Redelivered every visibility timeout: the last receive comes this long after the first.
      expect((RedrivePolicy.maxReceiveCount - 1) * VisibilityTimeout).toBeGreaterThan(5 * 60);
      expect(queue?.Properties).toMatchObject({ KmsMasterKeyId: expect.anything() });
    },
  );

  it('collects both failure queues into the dead-letter store, reporting failures per message', () => {
    const [collectorId] = functionOf(FUNCTION_CATALOG.collectDeadLetters);
    const { deliveryFailures, processingFailures } = synth.stacks.ingestion.deadLetters;
    for (const queue of [deliveryFailures, processingFailures]) {
      synth.ingestion.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: collectorId },
        EventSourceArn: getAtt(queueId(queue)),
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    }
  });

  it('encrypts every dead-letter queue, refuses plain HTTP and parks what cannot be collected', () => {
    const { all, uncollected } = synth.stacks.ingestion.deadLetters;
    for (const queue of all) {
      const properties = synth.ingestion.toJSON().Resources[queueId(queue)].Properties;
      expect(properties.KmsMasterKeyId).toBeDefined();
      if (queue !== uncollected)
        expect(properties.RedrivePolicy.deadLetterTargetArn).toEqual(getAtt(queueId(uncollected)));
      synth.ingestion.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId(queue) }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('alarms on the depth of every dead-letter queue through an encrypted topic', () => {
    const [topicId, topic] = onlyResource(synth.ingestion, 'AWS::SNS::Topic');
    expect(topic.Properties.KmsMasterKeyId).toBeDefined();
    // Besides these, the ingress bus's alarm on events outside the upstream contract (event-trust-boundary.test.ts).
    const alarms = Object.values(resources(synth.ingestion, 'AWS::CloudWatch::Alarm')).filter(
      (alarm) => alarm.Properties.Namespace === 'AWS/SQS',
    );
    expect(alarms).toHaveLength(synth.stacks.ingestion.deadLetters.all.length + 1);
    expect(alarms.map((a) => (a.Properties.Dimensions as { Value: unknown }[])[0]?.Value)).toEqual(
      expect.arrayContaining(synth.stacks.ingestion.deadLetters.all.map((q) => getAtt(queueId(q), 'QueueName'))),
    );
    for (const alarm of alarms)
      expect(alarm.Properties).toMatchObject({
        MetricName: 'ApproximateNumberOfMessagesVisible',
        AlarmActions: [{ Ref: topicId }],
      });
  });

  it('keeps import files private, encrypted, versioned and access-logged', () => {
    const { bucket, accessLogs } = synth.stacks.ingestion.importBucket;
    const bucketId = synth.stacks.ingestion.getLogicalId(bucket.node.defaultChild as never);
    expect(synth.ingestion.toJSON().Resources[bucketId].Properties).toMatchObject({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: {
        DestinationBucketName: { Ref: synth.stacks.ingestion.getLogicalId(accessLogs.node.defaultChild as never) },
      },
    });
  });

  describe('bulk import state machine', () => {
    const stateMachine = () => onlyResource(synth.ingestion, 'AWS::StepFunctions::StateMachine')[1].Properties;

    it('runs the ASL file unchanged, a Distributed Map included', () => {
      const definition = JSON.parse(String(stateMachine().DefinitionString));
      expect(definition).toEqual(JSON.parse(readFileSync(BULK_IMPORT_ASL, 'utf8')));
      expect(definition.States['Import each file'].ItemProcessor.ProcessorConfig.Mode).toBe('DISTRIBUTED');
    });

    it('substitutes each function ARN placeholder with the function the catalog names', () => {
      const substitutions = Object.fromEntries(
        Object.entries(BULK_IMPORT_FUNCTIONS).map(([placeholder, key]) => [
          placeholder,
          getAtt(functionOf(FUNCTION_CATALOG[key])[0]),
        ]),
      );
      expect(stateMachine().DefinitionSubstitutions).toEqual(substitutions);
    });

    it('is a traced STANDARD workflow that logs every event to an encrypted log group', () => {
      expect(stateMachine()).toMatchObject({
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
      });
      synth.ingestion.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: Match.stringLikeRegexp('^/aws/vendedlogs/states/'),
        KmsKeyId: Match.anyValue(),
      });
    });

    it('may start, describe and stop only its own child executions', () => {
      const statements = statementsOf({ Type: '', Properties: stateMachine() }, 'RoleArn');
      const resourcesOf = (action: string) =>
        JSON.stringify(statements.filter((s) => asList(s.Action).includes(action)).map((s) => s.Resource));
      expect(resourcesOf('states:StartExecution')).toContain(`:stateMachine:${stateMachine().StateMachineName}`);
      expect(resourcesOf('states:StopExecution')).toContain(
        `:execution:${stateMachine().StateMachineName}/ImportEachFile:*`,
      );
    });
  });
});

describe('constructs on their own', () => {
  it('gives writers of an append-only table PutItem and nothing that updates or deletes', () => {
    const app = testApp(WITHOUT_BUNDLING);
    const data = new DataStack(app, 'Data', { settings: settingsOf(app) });
    const stack = new Stack(app, 'Writer');
    const writer = new OutreachFunction(stack, 'AuditWriter', {
      spec: { ...FUNCTION_CATALOG.summarizeImport, tables: { audit: 'readWrite' } },
      environment: {},
      logKey: new Key(stack, 'LogKey'),
      logRetention: RetentionDays.ONE_WEEK,
      removalPolicy: RemovalPolicy.DESTROY,
      failureDestination: new Queue(stack, 'Failures'),
    });
    writer.bindTable(data.tables.audit, 'readWrite');

    const [, policy] = onlyResource(Template.fromStack(stack), 'AWS::IAM::ManagedPolicy');
    const actions = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.flatMap((s) =>
      asList(s.Action),
    );
    expect(actions).toContain('dynamodb:PutItem');
    expect(actions).toContain('dynamodb:Query');
    for (const forbidden of ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']) {
      expect(actions).not.toContain(forbidden);
    }
  });

  it('tells the API function the allowed CORS origins when some are configured', () => {
    const app = testApp({ ...WITHOUT_BUNDLING, corsAllowedOrigins: 'https://a.example.org,https://b.example.org' });
    const { ingestion } = createOutreachStacks(app, settingsOf(app));
    Template.fromStack(ingestion).hasResourceProperties('AWS::Lambda::Function', {
      Description: FUNCTION_CATALOG.api.description,
      Environment: {
        Variables: Match.objectLike({ [EnvName.CorsAllowedOrigins]: 'https://a.example.org,https://b.example.org' }),
      },
    });
  });

  it('subscribes the alarm e-mail address to the alarm topic when one is configured', () => {
    const stack = new Stack(testApp(), 'Alarms');
    new DeadLetterAlarms(stack, 'Alarms', {
      queues: [],
      alarmEmail: 'oncall@example.org',
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.org',
    });
  });

  it('keeps the visibility timeout of collected queues at six times the collector timeout', () => {
    const { deliveryFailures } = synth.stacks.ingestion.deadLetters;
    const properties =
      synth.ingestion.toJSON().Resources[
        synth.stacks.ingestion.getLogicalId(deliveryFailures.node.defaultChild as never)
      ].Properties;
    expect(properties.VisibilityTimeout).toBe(
      Duration.seconds(FUNCTION_CATALOG.collectDeadLetters.timeoutSeconds * 6).toSeconds(),
    );
  });
});
