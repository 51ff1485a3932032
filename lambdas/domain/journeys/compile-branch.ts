import type { ChoiceRule, ChoiceState, JsonObject, Retrier, TaskState } from './asl-types';
import type { BranchStep } from './definition-schema';
import {
  branchEntryName,
  type Context,
  idsPayload,
  JourneyCompileError,
  lambdaTask,
  next,
  requireValue,
  resultPath,
  type States,
  TO_FAILURE,
} from './journey-states';

/** Branch steps: segment membership and attributes read straight from the Patients table, conditions, random splits. */

const DYNAMODB_QUERY = 'arn:aws:states:::aws-sdk:dynamodb:query';

/** Key prefixes of the Patients table (`lambdas/adapters/dynamodb/patient-keys.ts`; a unit test pins them). */
export const PATIENT_PK_FORMAT = "States.Format('PATIENT#{}', $.patientId)";
export const SEGMENT_SK_PREFIX = 'SEGMENT#';
export const ATTRIBUTE_SK_PREFIX = 'ATTRIBUTE#';

const DYNAMODB_RETRY: Retrier = {
  // SDK integrations name errors after the SDK's service id: `DynamoDb.`, not `DynamoDB.`.
  ErrorEquals: [
    'DynamoDb.ProvisionedThroughputExceededException',
    'DynamoDb.ThrottlingException',
    'DynamoDb.RequestLimitExceededException',
    'DynamoDb.InternalServerErrorException',
    'DynamoDb.DynamoDbException',
    'States.Timeout',
  ],
  IntervalSeconds: 1,
  MaxAttempts: 6,
  BackoffRate: 2,
  JitterStrategy: 'FULL',
};
export function compileBranch(ctx: Context, id: string, step: BranchStep): States {
  const choice = `Branch ${id}?`;
  const read = branchEntryName(id, step);
  const at = resultPath(id);
  const { on } = step;
  if (on.randomSplit !== undefined) return compileRandomSplit(ctx, id, on.randomSplit);
  const branches = requireValue(id, 'next', step.next);
  const whenTrue = next(ctx, branches.true);
  const whenFalse = next(ctx, branches.false);
  if (on.inSegment !== undefined) {
    return [
      [read, readPatientItem(ctx, `${SEGMENT_SK_PREFIX}${on.inSegment}`, { 'members.$': '$.Count' }, at, choice)],
      [
        choice,
        {
          Type: 'Choice',
          Choices: [{ Variable: `${at}.members`, NumericGreaterThan: 0, Next: whenTrue }],
          Default: whenFalse,
        },
      ],
    ];
  }
  if (on.attribute !== undefined) {
    const { name, equals } = on.attribute;
    const type = typeof equals === 'boolean' ? 'BOOL' : typeof equals === 'number' ? 'N' : 'S';
    const value = `${at}.items[0].value.${type}`;
    // DynamoDB keeps numbers as decimal strings: a number is compared in its canonical text (`String(n)`).
    const test: ChoiceRule =
      typeof equals === 'boolean'
        ? { Variable: value, BooleanEquals: equals }
        : { Variable: value, StringEquals: String(equals) };
    // Rules are tried in order and the first match wins, so the value is compared only once it is there.
    const rules: ChoiceRule[] = [
      { Variable: `${at}.count`, NumericEquals: 0, Next: whenFalse },
      { Not: { Variable: value, IsPresent: true }, Next: whenFalse },
      { ...test, Next: whenTrue },
    ];
    return [
      [
        read,
        readPatientItem(
          ctx,
          `${ATTRIBUTE_SK_PREFIX}${name}`,
          { 'count.$': '$.Count', 'items.$': '$.Items' },
          at,
          choice,
        ),
      ],
      [choice, { Type: 'Choice', Choices: rules, Default: whenFalse }],
    ];
  }
  const condition = requireValue(id, 'on.triggerCondition', on.triggerCondition);
  return [
    [
      read,
      lambdaTask(ctx.target.functions.evaluateCondition, {
        payload: { ...idsPayload(ctx, id), condition },
        resultSelector: { 'matches.$': '$.Payload.matches' },
        resultPath: at,
        next: choice,
      }),
    ],
    [
      choice,
      {
        Type: 'Choice',
        Choices: [{ Variable: `${at}.matches`, BooleanEquals: true, Next: whenTrue }],
        Default: whenFalse,
      },
    ],
  ];
}

function compileRandomSplit(ctx: Context, id: string, arms: NonNullable<BranchStep['on']['randomSplit']>): States {
  const at = resultPath(id);
  const choice = `Branch ${id}?`;
  const last = arms[arms.length - 1];
  if (last === undefined) throw new JourneyCompileError(`step "${id}": a random split needs arms`);
  let upTo = 0;
  const rules: ChoiceRule[] = arms.slice(0, -1).map((arm) => {
    upTo += arm.percent;
    return { Variable: `${at}.roll`, NumericLessThan: upTo, Next: next(ctx, arm.next) };
  });
  const split: ChoiceState = { Type: 'Choice', Choices: rules, Default: next(ctx, last.next) };
  return [
    [
      `Roll ${id}`,
      {
        Type: 'Pass',
        Comment: 'A number in [0, 100) drawn at run time; the arms take consecutive ranges of it.',
        Parameters: { 'roll.$': 'States.MathRandom(0, 100)' },
        ResultPath: at,
        Next: choice,
      },
    ],
    [choice, split],
  ];
}

/**
 * A read of one Patients item by its key, straight from Step Functions. A query rather than GetItem: its
 * `Count` and `Items` are there even when the item is not, so the selector never meets a missing path.
 */
function readPatientItem(ctx: Context, sk: string, selector: JsonObject, at: string, nextState: string): TaskState {
  const valueRead = sk.startsWith(ATTRIBUTE_SK_PREFIX);
  return {
    Type: 'Task',
    Resource: DYNAMODB_QUERY,
    Parameters: {
      TableName: ctx.target.patientsTable,
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: { ':pk': { 'S.$': PATIENT_PK_FORMAT }, ':sk': { S: sk } },
      ConsistentRead: true,
      ...(valueRead
        ? { ProjectionExpression: '#value', ExpressionAttributeNames: { '#value': 'value' } }
        : { Select: 'COUNT' }),
    },
    ResultSelector: selector,
    ResultPath: at,
    Retry: [DYNAMODB_RETRY],
    Catch: [TO_FAILURE],
    Next: nextState,
  };
}
