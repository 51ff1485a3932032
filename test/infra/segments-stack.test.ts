import { readFileSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { PATIENT_LISTING_SHARDS } from '../../lambdas/adapters/dynamodb/patient-keys';
import { EnvName } from '../../lambdas/config/env-names';
import {
  patientEngagementRecordedPattern,
  patientFactsChangedPattern,
} from '../../lambdas/domain/events/event-patterns';
import { FUNCTION_CATALOG, type FunctionKey, type FunctionSpec, type TableName } from '../../lambdas/function-catalog';
import { SEGMENT_COMPUTATION_ASL, SEGMENT_COMPUTATION_FUNCTIONS } from '../../lib/stacks/segments-stack';
import { type SynthesizedOutreach, synthesizeOutreach } from './outreach-app.fixture';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Effect?: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
type State = { Type: string; Retry?: unknown[]; Catch?: unknown[]; ItemProcessor?: { States: Record<string, State> } };

let synth: SynthesizedOutreach;
let segments: Template;
beforeAll(() => {
  synth = synthesizeOutreach();
  segments = Template.fromStack(synth.stacks.segments);
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

/** The Segments stack's resource in the Ingestion stack, which also nests the messaging routes. */
const segmentsStackId = () => synth.stacks.ingestion.getLogicalId(synth.stacks.segments.nestedStackResource as never);
/** What a nested-stack parameter is bound to in the Ingestion stack (its parent). */
function inParent(value: unknown): unknown {
  const parameter = (value as { Ref?: string } | undefined)?.Ref;
  const nested = synth.ingestion.toJSON().Resources[segmentsStackId()] as Resource;
  return (nested.Properties.Parameters as Record<string, unknown>)[parameter ?? ''] ?? value;
}
/** How the Ingestion stack refers to an output of the nested stack. */
function nestedOutput(logicalId: string): unknown {
  const nestedId = segmentsStackId();
  const outputs = segments.toJSON().Outputs as Record<string, { Value: unknown }>;
  const [name] = Object.entries(outputs).find(([, output]) => JSON.stringify(output.Value).includes(logicalId)) ?? [];
  return getAtt(nestedId, `Outputs.${name}`);
}

const functionId = (key: FunctionKey) =>
  onlyResource(synth.ingestion, 'AWS::Lambda::Function', { Description: FUNCTION_CATALOG[key].description })[0];
const queueId = () =>
  synth.stacks.ingestion.getLogicalId(synth.stacks.ingestion.deadLetters.deliveryFailures.node.defaultChild as never);
const statementsOf = (template: Template, roleId: string): Statement[] => {
  const [, policy] = onlyResource(template, 'AWS::IAM::ManagedPolicy', { Roles: [{ Ref: roleId }] });
  return (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
};
const functionStatements = (key: FunctionKey) => {
  const [, fn] = onlyResource(synth.ingestion, 'AWS::Lambda::Function', {
    Description: FUNCTION_CATALOG[key].description,
  });
  return statementsOf(synth.ingestion, (fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0]);
};
type Target = { Arn: unknown; DeadLetterConfig?: { Arn: unknown }; RetryPolicy?: unknown };
const onlyTarget = (rule: Resource): Target => {
  const targets = rule.Properties.Targets as Target[];
  expect(targets).toHaveLength(1);
  return targets[0] as Target;
};
const stateMachine = () => onlyResource(segments, 'AWS::StepFunctions::StateMachine');
const definition = () => JSON.parse(String(stateMachine()[1].Properties.DefinitionString));

describe('segment computation state machine', () => {
  it('deploys the ASL file unchanged', () => {
    expect(definition()).toEqual(JSON.parse(readFileSync(SEGMENT_COMPUTATION_ASL, 'utf8')));
  });

  it('walks the shards the start state lists in a Distributed Map of standard child executions', () => {
    const map = definition().States['Compute each shard'];

    expect(map).toMatchObject({
      Type: 'Map',
      ItemsPath: '$.start.shards',
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } },
    });
    expect(map.MaxConcurrency).toBeLessThanOrEqual(PATIENT_LISTING_SHARDS);
  });

  it('retries and catches on every task, the Distributed Map included', () => {
    const top = definition().States as Record<string, State>;
    const states = [...Object.entries(top), ...Object.entries(top['Compute each shard']?.ItemProcessor?.States ?? {})];
    const tasks = states.filter(([, state]) => state.Type === 'Task');

    expect(tasks).toHaveLength(4);
    for (const [name, state] of tasks) {
      expect({ name, retried: (state.Retry?.length ?? 0) > 0, caught: (state.Catch?.length ?? 0) > 0 }).toEqual({
        name,
        retried: true,
        caught: true,
      });
    }
    expect(top['Compute each shard']?.Catch?.length).toBeGreaterThan(0);
  });

  it('substitutes each function ARN placeholder with the function the catalog names', () => {
    const substitutions = stateMachine()[1].Properties.DefinitionSubstitutions as Record<string, unknown>;

    expect(Object.keys(substitutions).sort()).toEqual(Object.keys(SEGMENT_COMPUTATION_FUNCTIONS).sort());
    for (const [placeholder, key] of Object.entries(SEGMENT_COMPUTATION_FUNCTIONS)) {
      expect(inParent(substitutions[placeholder])).toEqual(getAtt(functionId(key)));
    }
  });

  it('is a traced STANDARD workflow that logs every event, without execution data, to an encrypted log group', () => {
    const [, machine] = stateMachine();
    expect(machine.Properties).toMatchObject({
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
    const [, logGroup] = onlyResource(segments, 'AWS::Logs::LogGroup', {
      LogGroupName: Match.stringLikeRegexp('^/aws/vendedlogs/states/.*segment-computation$'),
    });
    const keyId = (logGroup.Properties.KmsKeyId as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    expect(segments.toJSON().Resources[keyId].Properties.EnableKeyRotation).toBe(true);
    expect(logGroup.Properties.RetentionInDays).toBe(synth.settings.logRetentionDays);
  });

  it('may invoke exactly its three functions and run only its own child executions', () => {
    const roleId = (stateMachine()[1].Properties.RoleArn as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const statements = statementsOf(segments, roleId);
    const invoked = statements
      .filter((s) => asList(s.Action).includes('lambda:InvokeFunction'))
      .flatMap((s) => asList(s.Resource))
      .map(inParent);

    expect(invoked).toEqual(
      expect.arrayContaining(Object.values(SEGMENT_COMPUTATION_FUNCTIONS).map((key) => getAtt(functionId(key)))),
    );
    expect(invoked).toHaveLength(3);
    const name = String(stateMachine()[1].Properties.StateMachineName);
    const onExecutions = JSON.stringify(statements.filter((s) => asList(s.Action).includes('states:StopExecution')));
    expect(onExecutions).toContain(`:execution:${name}/ComputeEachShard:*`);
  });

  it('alarms on failed executions through the platform alarm topic', () => {
    const [machineId] = stateMachine();
    const [, alarm] = onlyResource(segments, 'AWS::CloudWatch::Alarm', { MetricName: 'ExecutionsFailed' });

    expect(alarm.Properties).toMatchObject({
      Namespace: 'AWS/States',
      Dimensions: [{ Name: 'StateMachineArn', Value: { Ref: machineId } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    const [topicId] = onlyResource(synth.ingestion, 'AWS::SNS::Topic');
    expect((alarm.Properties.AlarmActions as unknown[]).map(inParent)).toEqual([{ Ref: topicId }]);
  });
});

describe('segment re-evaluation rules', () => {
  it.each([
    ['Patient Facts Changed', patientFactsChangedPattern()],
    ['Patient Engagement Recorded', patientEngagementRecordedPattern()],
  ])(
    "route %s by the shared pattern to the evaluation function's queue, with retries and a dead-letter queue",
    (_, pattern) => {
      const [, rule] = onlyResource(segments, 'AWS::Events::Rule', { EventPattern: pattern });
      const target = onlyTarget(rule);
      const evaluationQueue = synth.stacks.ingestion.queuedConsumers.evaluatePatientSegments.queue;

      expect(inParent(target.Arn)).toEqual(
        getAtt(synth.stacks.ingestion.getLogicalId(evaluationQueue.node.defaultChild as never)),
      );
      expect(inParent(target.DeadLetterConfig?.Arn)).toEqual(getAtt(queueId()));
      expect(target.RetryPolicy).toEqual({
        MaximumEventAgeInSeconds: expect.any(Number),
        MaximumRetryAttempts: expect.any(Number),
      });
    },
  );

  it('let EventBridge dead-letter into the collected queue, which the collector drains and an alarm watches', () => {
    const ruleIds = resourcesOf(segments, 'AWS::Events::Rule').map(([id]) => id);
    const [, policy] = onlyResource(synth.ingestion, 'AWS::SQS::QueuePolicy', { Queues: [{ Ref: queueId() }] });
    const allowed = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.filter(
      (s) => s.Effect === 'Allow',
    ).map((s) => (s.Condition as { ArnEquals: { 'aws:SourceArn': unknown } }).ArnEquals['aws:SourceArn']);

    expect(allowed).toEqual(expect.arrayContaining(ruleIds.map(nestedOutput)));
    synth.ingestion.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionId('collectDeadLetters') },
      EventSourceArn: getAtt(queueId()),
    });
    synth.ingestion.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: getAtt(queueId(), 'QueueName') }],
    });
  });
});

describe('due-time wake-up', () => {
  it('runs the waker every minute from the default bus, dead-lettering a tick it cannot deliver', () => {
    const [, rule] = onlyResource(segments, 'AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)' });
    const target = onlyTarget(rule);

    expect(rule.Properties.EventBusName).toBeUndefined();
    expect(inParent(target.Arn)).toEqual(getAtt(functionId('wakeDueSegments')));
    expect(inParent(target.DeadLetterConfig?.Arn)).toEqual(getAtt(queueId()));
  });
});

describe('segment functions', () => {
  const tableId = (name: TableName) =>
    synth.stacks.data.getLogicalId(synth.stacks.data.tables[name].table.node.defaultChild as CfnTable);
  const actionsOn = (key: FunctionKey, name: TableName) =>
    functionStatements(key)
      .filter((s) => asList(s.Resource).some((r) => JSON.stringify(r).includes(tableId(name))))
      .flatMap((s) => asList(s.Action));
  const writes = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];

  it.each(['evaluatePatientSegments', 'wakeDueSegments'] as const)(
    '%s reads segment definitions but cannot change them or anything else in the Platform table',
    (key) => {
      expect(actionsOn(key, 'platform')).toContain('dynamodb:Query');
      for (const write of writes) expect(actionsOn(key, 'platform')).not.toContain(write);
    },
  );

  it.each(['startSegmentComputation', 'finishSegmentComputation'] as const)(
    '%s touches only the Platform table and puts no events',
    (key) => {
      expect(actionsOn(key, 'patients')).toEqual([]);
      expect(actionsOn(key, 'platform')).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:UpdateItem']));
      expect(functionStatements(key).flatMap((s) => asList(s.Action))).not.toContain('events:PutEvents');
    },
  );

  it('lets the page step write memberships and progress, and announce membership changes', () => {
    expect(actionsOn('computeSegmentPage', 'patients')).toEqual(expect.arrayContaining(writes));
    expect(actionsOn('computeSegmentPage', 'platform')).toContain('dynamodb:UpdateItem');
    expect(functionStatements('computeSegmentPage').flatMap((s) => asList(s.Action))).toContain('events:PutEvents');
  });

  it.each(Object.entries(FUNCTION_CATALOG) as [FunctionKey, FunctionSpec][])(
    '%s may start the computation and is told its ARN only if the catalog says so',
    (key, spec) => {
      const [machineId] = stateMachine();
      const startsIt = functionStatements(key).filter(
        (s) =>
          asList(s.Action).includes('states:StartExecution') &&
          asList(s.Resource).some((r) => JSON.stringify(r) === JSON.stringify(nestedOutput(machineId))),
      );
      const [, fn] = onlyResource(synth.ingestion, 'AWS::Lambda::Function', { Description: spec.description });
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;

      expect(startsIt.length > 0).toBe(spec.startsSegmentComputation === true);
      expect(variables[EnvName.SegmentComputationStateMachineArn]).toEqual(
        spec.startsSegmentComputation ? nestedOutput(machineId) : undefined,
      );
    },
  );

  it('grants no IAM action with a wildcard in the segments stack', () => {
    const actions = [
      ...resourcesOf(segments, 'AWS::IAM::ManagedPolicy'),
      ...resourcesOf(segments, 'AWS::IAM::Policy'),
    ].flatMap(([, p]) =>
      (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement.flatMap((s) => asList(s.Action)),
    );

    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);
  });
});
