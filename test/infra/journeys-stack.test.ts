import { readFileSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { JOURNEY_FUNCTION_KEYS } from '../../lambdas/config/config';
import { EnvName } from '../../lambdas/config/env-names';
import {
  type EventPattern,
  patientEngagementRecordedPattern,
  patientFactsChangedPattern,
  patientRepliedPattern,
  segmentMembershipChangedPattern,
} from '../../lambdas/domain/events/event-patterns';
import { FUNCTION_CATALOG, type FunctionKey, type FunctionSpec } from '../../lambdas/function-catalog';
import { EARLIER_JOURNEY_TASK_FUNCTIONS, JOURNEY_TASK_FUNCTIONS } from '../../lib/constructs/journey-execution-role';
import {
  JOURNEY_BULK_ENROLMENT_ASL,
  JOURNEY_BULK_ENROLMENT_FUNCTIONS,
  journeyScheduleGroupName,
  journeyStateMachinePrefix,
} from '../../lib/stacks/journeys-stack';
import { type SynthesizedOutreach, synthesizeOutreach } from './outreach-app.fixture';
import {
  asList,
  getAtt,
  nestedStackReferences,
  onlyResource,
  type Resource,
  resourcesOf,
  type Statement,
  statementsOf,
} from './template-queries';

type Target = { Arn: unknown; DeadLetterConfig?: { Arn: unknown }; RetryPolicy?: unknown };

let synth: SynthesizedOutreach;
let journeys: Template;
beforeAll(() => {
  synth = synthesizeOutreach();
  journeys = Template.fromStack(synth.stacks.journeys);
}, 180_000);

const nested = () =>
  nestedStackReferences(
    { stack: synth.stacks.ingestion, template: synth.ingestion },
    { stack: synth.stacks.journeys, template: journeys },
  );
const inParent = (value: unknown) => nested().inParent(value);
const nestedOutput = (logicalId: string, attribute?: string) => nested().nestedOutput(logicalId, attribute);

const functionResource = (key: FunctionKey) =>
  onlyResource(synth.ingestion, 'AWS::Lambda::Function', { Description: FUNCTION_CATALOG[key].description });
const functionId = (key: FunctionKey) => functionResource(key)[0];
const variablesOf = (key: FunctionKey) =>
  (functionResource(key)[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
const functionStatements = (key: FunctionKey) => {
  const role = functionResource(key)[1].Properties.Role as { 'Fn::GetAtt': [string] };
  return statementsOf(synth.ingestion, role['Fn::GetAtt'][0]);
};
/** The resources a statement list grants an action on, each as the JSON of its ARN. */
const resourcesFor = (statements: Statement[], action: string) =>
  statements
    .filter((s) => asList(s.Action).includes(action))
    .flatMap((s) => asList(s.Resource).map((r) => JSON.stringify(r)));
const queueId = () =>
  synth.stacks.ingestion.getLogicalId(synth.stacks.ingestion.deadLetters.deliveryFailures.node.defaultChild as never);

/** The journeys' ARNs as the templates spell them (partition, region and account are pseudo-parameters). */
const arnOf = (resource: string, name: string) =>
  JSON.stringify({
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':states:',
        { Ref: 'AWS::Region' },
        ':',
        { Ref: 'AWS::AccountId' },
        `:${resource}:${name}`,
      ],
    ],
  });
const prefix = () => journeyStateMachinePrefix(synth.settings);
const journeyStateMachines = () => arnOf('stateMachine', `${prefix()}-journey-*`);
const journeyVersionsAndAliases = () => arnOf('stateMachine', `${prefix()}-journey-*:*`);
const journeyExecutions = () => arnOf('execution', `${prefix()}-journey-*:*`);

/** The ARN of this stage's journey schedules, as the templates spell it. */
const journeySchedules = () =>
  JSON.stringify({
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':scheduler:',
        { Ref: 'AWS::Region' },
        ':',
        { Ref: 'AWS::AccountId' },
        `:schedule/${journeyScheduleGroupName(synth.settings)}/journey-*`,
      ],
    ],
  });
const logicalIdInJourneys = (construct: { node: { defaultChild?: unknown } }) =>
  synth.stacks.journeys.getLogicalId(construct.node.defaultChild as never);
const schedulerRoleId = () => logicalIdInJourneys(synth.stacks.journeys.schedules.role);
const scheduleDeadLettersId = () => logicalIdInJourneys(synth.stacks.journeys.schedules.deadLetters);
const scheduleDeadLetterKeyId = () => logicalIdInJourneys(synth.stacks.journeys.schedules.deadLetterKey);

const executionRoleId = () =>
  synth.stacks.journeys.getLogicalId(synth.stacks.journeys.executionRole.role.node.defaultChild as never);
const bulkMachine = () => onlyResource(journeys, 'AWS::StepFunctions::StateMachine');

describe('journey execution role', () => {
  it('can be assumed only by Step Functions of this account', () => {
    const role = journeys.toJSON().Resources[executionRoleId()] as Resource;
    const trust = (role.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;

    expect(trust).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'states.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      },
    ]);
  });

  it('may invoke exactly the seven task functions and those earlier versions still call, unqualified', () => {
    const invoked = resourcesFor(statementsOf(journeys, executionRoleId()), 'lambda:InvokeFunction').map((r) =>
      JSON.stringify(inParent(JSON.parse(r))),
    );
    const expected = [...Object.values(JOURNEY_TASK_FUNCTIONS), ...EARLIER_JOURNEY_TASK_FUNCTIONS].map((key) =>
      JSON.stringify(getAtt(functionId(key))),
    );

    expect(Object.keys(JOURNEY_TASK_FUNCTIONS).sort()).toEqual([...JOURNEY_FUNCTION_KEYS].sort());
    expect(invoked.sort()).toEqual(expected.sort());
  });

  it('may query the Patients table and decrypt with its key, use the workflow key for journeys, and do nothing else with data', () => {
    const statements = statementsOf(journeys, executionRoleId());
    const tableId = synth.stacks.data.getLogicalId(
      synth.stacks.data.tables.patients.table.node.defaultChild as CfnTable,
    );
    const keyId = synth.stacks.data.getLogicalId(
      synth.stacks.data.tables.patients.table.encryptionKey?.node.defaultChild as never,
    );
    const dataStatements = statements.filter((s) => asList(s.Action).some((a) => /^(dynamodb|kms):/.test(a)));

    expect(dataStatements).toHaveLength(3);
    expect(dataStatements.map((s) => s.Action)).toEqual([
      'dynamodb:Query',
      'kms:Decrypt',
      ['kms:Decrypt', 'kms:GenerateDataKey'],
    ]);
    // Journeys' state machines (created by the Api) are encrypted with the workflow key: for them only.
    expect(JSON.stringify(dataStatements[2])).toMatch(/WorkflowKey.*Arn/);
    expect(JSON.stringify(dataStatements[2])).toContain('kms:EncryptionContext:aws:states:stateMachineArn');
    expect(JSON.stringify(dataStatements[2])).toContain('-journey-*');
    expect(JSON.stringify(dataStatements[0]?.Resource)).toContain(`${tableId}Arn`);
    expect(JSON.stringify(dataStatements[0]?.Resource)).not.toContain('/index/');
    expect(JSON.stringify(dataStatements[1]?.Resource)).toContain(`${keyId}Arn`);
  });

  it('holds exactly the invoke, query, decrypt and log delivery actions', () => {
    const actions = statementsOf(journeys, executionRoleId())
      .flatMap((s) => asList(s.Action))
      .sort();

    expect(actions).toEqual(
      [
        'lambda:InvokeFunction',
        'dynamodb:Query',
        'kms:Decrypt',
        'kms:Decrypt',
        'kms:GenerateDataKey',
        'logs:CreateLogDelivery',
        'logs:GetLogDelivery',
        'logs:UpdateLogDelivery',
        'logs:DeleteLogDelivery',
        'logs:ListLogDeliveries',
        'logs:PutResourcePolicy',
        'logs:DescribeResourcePolicies',
        'logs:DescribeLogGroups',
      ].sort(),
    );
    const wildcard = statementsOf(journeys, executionRoleId()).filter((s) => s.Resource === '*');
    expect(wildcard.flatMap((s) => asList(s.Action)).every((a) => a.startsWith('logs:'))).toBe(true);
  });
});

describe('journey execution logs', () => {
  it('go to a vended-logs group encrypted with a rotated key, kept for the configured retention', () => {
    const [, logGroup] = onlyResource(journeys, 'AWS::Logs::LogGroup', {
      LogGroupName: `/aws/vendedlogs/states/${prefix()}-journeys`,
    });
    const keyId = (logGroup.Properties.KmsKeyId as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];

    expect(journeys.toJSON().Resources[keyId].Properties.EnableKeyRotation).toBe(true);
    expect(logGroup.Properties.RetentionInDays).toBe(synth.settings.logRetentionDays);
  });
});

describe('journey rules', () => {
  const routes: [string, EventPattern, FunctionKey][] = [
    ['Segment Membership Changed', segmentMembershipChangedPattern(), 'enrolInJourneys'],
    ['Patient Facts Changed', patientFactsChangedPattern(), 'enrolInJourneys'],
    ['Patient Facts Changed', patientFactsChangedPattern(), 'resumeJourneyWaits'],
    ['Segment Membership Changed', segmentMembershipChangedPattern(), 'resumeJourneyWaits'],
    ['Patient Replied', patientRepliedPattern(), 'resumeJourneyWaits'],
    ['Patient Engagement Recorded', patientEngagementRecordedPattern(), 'resumeJourneyWaits'],
  ];

  it.each(routes)(
    'route %s by the shared pattern on the platform bus to %s (the resumer through its queue), with retries and a dead-letter queue',
    (_, pattern, key) => {
      const { resumeJourneyWaits } = synth.stacks.ingestion.queuedConsumers;
      const destination =
        key === 'resumeJourneyWaits'
          ? synth.stacks.ingestion.getLogicalId(resumeJourneyWaits.queue.node.defaultChild as never)
          : functionId(key);
      const targets = resourcesOf(journeys, 'AWS::Events::Rule', { EventPattern: pattern })
        .flatMap(([, rule]) => rule.Properties.Targets as Target[])
        .filter((target) => JSON.stringify(inParent(target.Arn)) === JSON.stringify(getAtt(destination)));

      expect(targets).toHaveLength(1);
      expect(inParent(targets[0]?.DeadLetterConfig?.Arn)).toEqual(getAtt(queueId()));
      expect(targets[0]?.RetryPolicy).toEqual({
        MaximumEventAgeInSeconds: expect.any(Number),
        MaximumRetryAttempts: expect.any(Number),
      });
    },
  );

  it('are the only rules of the stack, each on the platform bus with one target', () => {
    const rules = resourcesOf(journeys, 'AWS::Events::Rule');

    expect(rules).toHaveLength(routes.length);
    for (const [, rule] of rules) {
      expect(rule.Properties.EventBusName).toBeDefined();
      expect(rule.Properties.Targets).toHaveLength(1);
    }
  });
});

describe('journey grants of the catalog functions', () => {
  const entries = Object.entries(FUNCTION_CATALOG) as [FunctionKey, FunctionSpec][];

  it.each(entries)('%s may start journeys (through their aliases) only if the catalog says start', (key, spec) => {
    const started = resourcesFor(functionStatements(key), 'states:StartExecution').filter((r) =>
      r.includes('-journey-'),
    );

    expect(started.sort()).toEqual(
      spec.journeys?.start ? [journeyStateMachines(), journeyVersionsAndAliases()].sort() : [],
    );
  });

  it.each(entries)('%s may answer task tokens of journeys only if the catalog says resume', (key, spec) => {
    const statements = functionStatements(key);
    for (const action of ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat']) {
      expect(resourcesFor(statements, action)).toEqual(spec.journeys?.resume ? [journeyStateMachines()] : []);
    }
  });

  it.each(entries)('%s may publish, inspect and stop journeys only if the catalog says manage', (key, spec) => {
    const statements = functionStatements(key);
    const onMachines = [
      'states:CreateStateMachine',
      'states:UpdateStateMachine',
      'states:PublishStateMachineVersion',
      'states:CreateStateMachineAlias',
      'states:UpdateStateMachineAlias',
      'states:DescribeStateMachine',
      'states:ListExecutions',
      'states:TagResource',
    ];
    for (const action of onMachines) {
      expect([action, resourcesFor(statements, action).sort()]).toEqual([
        action,
        spec.journeys?.manage ? [journeyStateMachines(), journeyVersionsAndAliases()].sort() : [],
      ]);
    }
    expect(resourcesFor(statements, 'states:GetExecutionHistory')).toEqual(
      spec.journeys?.manage ? [journeyExecutions()] : [],
    );
    // Stopping runs whose exit criteria were met (`stop`) needs describing and stopping executions too.
    for (const action of ['states:DescribeExecution', 'states:StopExecution']) {
      expect([action, resourcesFor(statements, action)]).toEqual([
        action,
        spec.journeys?.manage || spec.journeys?.stop ? [journeyExecutions()] : [],
      ]);
    }
    const passRole = statements.filter((s) => asList(s.Action).includes('iam:PassRole'));
    if (!spec.journeys?.manage) {
      expect(passRole).toEqual([]);
      return;
    }
    expect(passRole).toEqual([
      {
        Action: 'iam:PassRole',
        Effect: 'Allow',
        Resource: nestedOutput(executionRoleId(), 'Arn'),
        Condition: { StringEquals: { 'iam:PassedToService': 'states.amazonaws.com' } },
      },
      {
        Action: 'iam:PassRole',
        Effect: 'Allow',
        Resource: nestedOutput(schedulerRoleId(), 'Arn'),
        Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      },
    ]);
  });

  it.each(entries)(
    "%s may create, update, delete and read this stage's journey schedules only if it manages journeys",
    (key, spec) => {
      const statements = functionStatements(key).filter((s) =>
        asList(s.Action).some((a) => a.startsWith('scheduler:')),
      );

      expect(statements).toEqual(
        spec.journeys?.manage
          ? [
              {
                Action: [
                  'scheduler:CreateSchedule',
                  'scheduler:DeleteSchedule',
                  'scheduler:GetSchedule',
                  'scheduler:UpdateSchedule',
                ],
                Effect: 'Allow',
                Resource: JSON.parse(journeySchedules()),
              },
            ]
          : [],
      );
    },
  );

  it.each(entries)(
    '%s is told the schedule group, scheduler role and dead-letter queue only if it manages journeys',
    (key, spec) => {
      const variables = variablesOf(key);
      const manages = spec.journeys?.manage === true;

      expect(variables[EnvName.JourneyScheduleGroup]).toEqual(
        manages ? journeyScheduleGroupName(synth.settings) : undefined,
      );
      expect(variables[EnvName.JourneySchedulerRoleArn]).toEqual(
        manages ? nestedOutput(schedulerRoleId(), 'Arn') : undefined,
      );
      expect(variables[EnvName.JourneyScheduleDeadLetterArn]).toEqual(
        manages ? nestedOutput(scheduleDeadLettersId(), 'Arn') : undefined,
      );
    },
  );

  it.each(entries)(
    '%s is told where and how journeys are published only if it manages them, their tasks also if it compiles them',
    (key, spec) => {
      const variables = variablesOf(key);
      const manages = spec.journeys?.manage === true;

      expect(variables[EnvName.JourneyStateMachinePrefix]).toEqual(manages ? prefix() : undefined);
      expect(JSON.stringify(variables[EnvName.JourneyStateMachineArnPrefix] ?? null)).toEqual(
        manages ? arnOf('stateMachine', '') : 'null',
      );
      expect(variables[EnvName.JourneyRoleArn]).toEqual(manages ? nestedOutput(executionRoleId(), 'Arn') : undefined);
      const [logGroupId] = onlyResource(journeys, 'AWS::Logs::LogGroup', {
        LogGroupName: `/aws/vendedlogs/states/${prefix()}-journeys`,
      });
      expect(variables[EnvName.JourneyLogGroupArn]).toEqual(manages ? nestedOutput(logGroupId, 'Arn') : undefined);
      expect(variables[EnvName.JourneyFunctions] !== undefined).toBe(manages || spec.journeys?.compile === true);
    },
  );

  it('tells the managing functions the ARN of each of the seven task functions, by role', () => {
    const managers = entries.filter(([, spec]) => spec.journeys?.manage).map(([key]) => key);
    expect(managers.length).toBeGreaterThan(0);
    for (const key of managers) {
      const join = (variablesOf(key)[EnvName.JourneyFunctions] as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
      // Each function's ARN written as its logical id, so that the JSON can be read.
      const json = join[1]
        .map((part) => (typeof part === 'string' ? part : (part as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0]))
        .join('');

      expect(JSON.parse(json)).toEqual(
        Object.fromEntries(JOURNEY_FUNCTION_KEYS.map((role) => [role, functionId(JOURNEY_TASK_FUNCTIONS[role])])),
      );
    }
  });

  it('grants no journey action on anything but the journeys of this stage', () => {
    for (const [key] of entries) {
      const journeyStatements = functionStatements(key).filter((s) =>
        asList(s.Action).some((a) =>
          /^states:(SendTask|Create|Update|Publish|Describe(StateMachine|Execution)|GetExecutionHistory|ListExecutions|StopExecution|TagResource)/.test(
            a,
          ),
        ),
      );
      for (const statement of journeyStatements) {
        for (const resource of asList(statement.Resource)) {
          expect([key, JSON.stringify(resource)]).toEqual([key, expect.stringContaining(`${prefix()}-journey-`)]);
        }
      }
    }
  });
});

describe('journey bulk enrolment workflow', () => {
  const definition = () => JSON.parse(String(bulkMachine()[1].Properties.DefinitionString));

  it('deploys the ASL file unchanged', () => {
    expect(definition()).toEqual(JSON.parse(readFileSync(JOURNEY_BULK_ENROLMENT_ASL, 'utf8')));
  });

  it('substitutes each function ARN placeholder with the function the catalog names', () => {
    const substitutions = bulkMachine()[1].Properties.DefinitionSubstitutions as Record<string, unknown>;

    expect(Object.keys(substitutions).sort()).toEqual(Object.keys(JOURNEY_BULK_ENROLMENT_FUNCTIONS).sort());
    for (const [placeholder, key] of Object.entries(JOURNEY_BULK_ENROLMENT_FUNCTIONS)) {
      expect(inParent(substitutions[placeholder])).toEqual(getAtt(functionId(key)));
    }
  });

  it('is a traced STANDARD workflow that logs every event, without execution data, to an encrypted log group', () => {
    expect(bulkMachine()[1].Properties).toMatchObject({
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
    const [, logGroup] = onlyResource(journeys, 'AWS::Logs::LogGroup', {
      LogGroupName: Match.stringLikeRegexp('^/aws/vendedlogs/states/.*journey-bulk-enrolment$'),
    });
    expect(logGroup.Properties.KmsKeyId).toBeDefined();
    expect(logGroup.Properties.RetentionInDays).toBe(synth.settings.logRetentionDays);
  });

  it('may invoke exactly the page and enrolment functions', () => {
    const roleId = (bulkMachine()[1].Properties.RoleArn as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const invoked = resourcesFor(statementsOf(journeys, roleId), 'lambda:InvokeFunction').map((r) =>
      JSON.stringify(inParent(JSON.parse(r))),
    );

    expect(invoked.sort()).toEqual(
      [functionId('pageSegmentMembers'), functionId('enrolInJourneys')].map((id) => JSON.stringify(getAtt(id))).sort(),
    );
  });

  it.each(Object.entries(FUNCTION_CATALOG) as [FunctionKey, FunctionSpec][])(
    '%s may start it and is told its ARN only if the catalog says so',
    (key, spec) => {
      const [machineId] = bulkMachine();
      const arn = JSON.stringify(nestedOutput(machineId));

      expect(resourcesFor(functionStatements(key), 'states:StartExecution').includes(arn)).toBe(
        spec.startsJourneyBulkEnrolment === true,
      );
      expect(variablesOf(key)[EnvName.JourneyBulkEnrolmentStateMachineArn]).toEqual(
        spec.startsJourneyBulkEnrolment ? nestedOutput(machineId) : undefined,
      );
    },
  );

  it('alarms on failed executions through the platform alarm topic', () => {
    const [machineId] = bulkMachine();
    const [, alarm] = onlyResource(journeys, 'AWS::CloudWatch::Alarm', { MetricName: 'ExecutionsFailed' });

    expect(alarm.Properties).toMatchObject({
      Namespace: 'AWS/States',
      Dimensions: [{ Name: 'StateMachineArn', Value: { Ref: machineId } }],
      Threshold: 1,
    });
    const [topicId] = onlyResource(synth.ingestion, 'AWS::SNS::Topic');
    expect((alarm.Properties.AlarmActions as unknown[]).map(inParent)).toEqual([{ Ref: topicId }]);
  });
});

describe('journey schedules', () => {
  const groupId = () => onlyResource(journeys, 'AWS::Scheduler::ScheduleGroup')[0];

  it('live in one schedule group named <prefix>-journeys', () => {
    const [, group] = onlyResource(journeys, 'AWS::Scheduler::ScheduleGroup');

    expect(group.Properties.Name).toBe(`${prefix()}-journeys`);
    expect(journeyScheduleGroupName(synth.settings)).toBe(`${prefix()}-journeys`);
  });

  it('run as a role only EventBridge Scheduler of this account, for this group, may assume', () => {
    const role = journeys.toJSON().Resources[schedulerRoleId()] as Resource;
    const trust = (role.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;

    expect(trust).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: {
          StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' }, 'aws:SourceArn': getAtt(groupId()) },
        },
      },
    ]);
  });

  it('whose role may start only the bulk enrolment workflow and write only to the schedules dead-letter queue', () => {
    const [machineId] = bulkMachine();

    expect(statementsOf(journeys, schedulerRoleId())).toEqual([
      { Action: 'states:StartExecution', Effect: 'Allow', Resource: { Ref: machineId } },
      {
        // Starting the encrypted workflow encrypts its input: the workflow key, for this state machine only.
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Effect: 'Allow',
        Resource: { Ref: expect.stringMatching(/WorkflowKey.*Arn$/) },
        Condition: { ArnLike: { 'kms:EncryptionContext:aws:states:stateMachineArn': [{ Ref: machineId }] } },
      },
      { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: getAtt(scheduleDeadLettersId()) },
      { Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Effect: 'Allow', Resource: getAtt(scheduleDeadLetterKeyId()) },
    ]);
  });

  it('dead-letter to a queue encrypted with its own rotated key, kept 14 days', () => {
    const queue = journeys.toJSON().Resources[scheduleDeadLettersId()] as Resource;
    const key = journeys.toJSON().Resources[scheduleDeadLetterKeyId()] as Resource;

    expect(queue.Properties).toMatchObject({
      KmsMasterKeyId: getAtt(scheduleDeadLetterKeyId()),
      MessageRetentionPeriod: 14 * 24 * 60 * 60,
    });
    expect(key.Properties.EnableKeyRotation).toBe(true);
  });

  it('dead-letter to a queue that refuses every request without TLS', () => {
    const [, policy] = onlyResource(journeys, 'AWS::SQS::QueuePolicy', { Queues: [{ Ref: scheduleDeadLettersId() }] });

    expect((policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement).toEqual([
      {
        Action: 'sqs:*',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Resource: getAtt(scheduleDeadLettersId()),
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]);
  });

  it('alarm on the first dead letter through the platform alarm topic', () => {
    const [, alarm] = onlyResource(journeys, 'AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: getAtt(scheduleDeadLettersId(), 'QueueName') }],
    });

    expect(alarm.Properties).toMatchObject({ Threshold: 1, EvaluationPeriods: 1 });
    const [topicId] = onlyResource(synth.ingestion, 'AWS::SNS::Topic');
    expect((alarm.Properties.AlarmActions as unknown[]).map(inParent)).toEqual([{ Ref: topicId }]);
  });
});
