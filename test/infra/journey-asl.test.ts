import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { JOURNEY_CATALOG } from '../../catalog/journeys';
import {
  type CompileTarget,
  compileJourney,
  type JourneyFunctions,
} from '../../lambdas/domain/journeys/compile-journey';
import type { JourneyDefinition } from '../../lambdas/domain/journeys/definition-schema';

const FUNCTION_KEYS: readonly (keyof JourneyFunctions)[] = [
  'sendMessage',
  'resolveWaitTime',
  'registerWait',
  'createActivity',
  'updateAttribute',
  'checkExit',
  'evaluateCondition',
];

/** A test stack whose function ARNs and table name are tokens, as they are when a journey is published. */
function journeyStack(definition: JourneyDefinition): { stack: Stack; functionIds: Record<string, string> } {
  const stack = new Stack(new App(), 'JourneyTest');
  const functionIds: Record<string, string> = {};
  const functions = Object.fromEntries(
    FUNCTION_KEYS.map((key) => {
      const fn = new LambdaFunction(stack, key, {
        runtime: Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: Code.fromInline('exports.handler = async () => ({});'),
      });
      functionIds[key] = stack.getLogicalId(fn.node.defaultChild as never);
      return [key, fn.functionArn];
    }),
  ) as unknown as JourneyFunctions;
  const table = new Table(stack, 'Patients', {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
    sortKey: { name: 'sk', type: AttributeType.STRING },
  });
  const target: CompileTarget = { journeyVersion: 1, functions, patientsTable: table.tableName };
  new CfnStateMachine(stack, 'Journey', {
    roleArn: 'arn:aws:iam::111111111111:role/journey',
    definitionString: stack.toJsonString(compileJourney(definition, target)),
  });
  return { stack, functionIds };
}

/** The definition string of the synthesised state machine, with each token reference written as its logical id. */
function definitionOf(template: Template): string {
  const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
  const definition = (machine as { Properties: { DefinitionString: unknown } }).Properties.DefinitionString;
  const join = (definition as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join === undefined) return String(definition);
  return join[1]
    .map((part) => {
      if (typeof part === 'string') return part;
      const ref = part as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
      return `<${ref.Ref ?? ref['Fn::GetAtt']?.[0]}>`;
    })
    .join('');
}

const fixture: JourneyDefinition = {
  schemaVersion: 1,
  id: 'reminder',
  name: 'Reminder',
  entry: { fhirTrigger: { resourceType: 'Appointment', actions: ['create'] } },
  reEntry: { policy: 'always' },
  exitWhen: [{ reply: 'appointment-cancelled' }],
  start: 'before',
  steps: {
    before: { type: 'wait', untilResourceTime: { field: 'start', offset: '-PT24H' }, next: 'still-member' },
    'still-member': { type: 'branch', on: { inSegment: 'upcoming' }, next: { true: 'remind', false: 'done' } },
    remind: { type: 'send', template: 'reminder', topic: 'appointment-reminders', channels: ['sms'], next: 'confirm' },
    confirm: {
      type: 'wait-for-event',
      event: { reply: 'appointment-confirmed' },
      timeout: 'PT12H',
      next: { received: 'done', timedOut: 'call' },
    },
    call: {
      type: 'create-activity',
      activity: { kind: 'follow-up-call', title: 'Call about the visit' },
      next: 'done',
    },
    done: { type: 'exit' },
  },
};

describe('compiled journey in a CDK stack', () => {
  it('synthesises with token ARNs and keeps every state and function reference', () => {
    const { stack, functionIds } = journeyStack(fixture);

    const definition = JSON.parse(definitionOf(Template.fromStack(stack)));

    expect(Object.keys(definition.States)).toEqual(Object.keys(compileJourney(fixture, placeholderTarget()).States));
    expect(definition.States['Send remind'].Parameters.FunctionName).toBe(`<${functionIds.sendMessage}>`);
    expect(definition.States['Wait for event confirm'].Parameters.FunctionName).toBe(`<${functionIds.registerWait}>`);
    expect(definition.States['Read segment still-member'].Parameters.TableName).toMatch(/^<Patients/);
  });

  it.each(JOURNEY_CATALOG.map((journey) => [journey.id, journey] as const))(
    'synthesises the catalog journey %s',
    (_, journey) => {
      const { stack } = journeyStack(journey);

      const definition = JSON.parse(definitionOf(Template.fromStack(stack)));

      expect(definition.StartAt).toBe(compileJourney(journey, placeholderTarget()).StartAt);
      expect(Object.keys(definition.States).length).toBeGreaterThan(1);
    },
  );
});

function placeholderTarget(): CompileTarget {
  const functions = Object.fromEntries(FUNCTION_KEYS.map((key) => [key, key])) as unknown as JourneyFunctions;
  return { journeyVersion: 1, functions, patientsTable: 'Patients' };
}
