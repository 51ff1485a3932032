import { spawnSync } from 'node:child_process';
import { VirtualClock } from '../../../local/clock';
import { LOCAL_STATE_MACHINE_ARN_PREFIX, LocalStepFunctions } from '../../../local/stepfunctions/local-step-functions';

/**
 * The local Step Functions behind the SDK's JSON API: versions and the alias, executions by name, waits and
 * callback time-outs on the virtual clock, tokens, stop.
 */
const START = new Date('2026-11-25T12:00:00Z');
const HOUR = 3_600_000;

const definition = (waitSeconds: number) =>
  JSON.stringify({
    StartAt: 'Wait a while',
    States: {
      'Wait a while': { Type: 'Wait', Seconds: waitSeconds, Next: 'Ask' },
      Ask: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: {
          FunctionName: 'Register',
          Payload: { 'token.$': '$$.Task.Token', 'since.$': '$$.State.EnteredTime' },
        },
        TimeoutSeconds: 3600,
        Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.timedOut', Next: 'Done' }],
        ResultPath: '$.answer',
        Next: 'Done',
      },
      Done: { Type: 'Succeed' },
    },
  });

const running: LocalStepFunctions[] = [];

// A run left waiting holds the interpreter's task timer: every test ends its runs, so jest exits by itself.
afterEach(async () => {
  for (const sfn of running.splice(0)) {
    sfn.stopAll();
    await sfn.idle();
  }
});

function setup() {
  const clock = new VirtualClock(START);
  const tokens: { token: string; since: string }[] = [];
  const sfn = new LocalStepFunctions({
    clock,
    recordHistory: true,
    functions: (name) =>
      name === 'Register'
        ? async (payload) => {
            tokens.push(payload as { token: string; since: string });
            return { registered: true };
          }
        : undefined,
  });
  running.push(sfn);
  clock.addDueSource({
    next: () => sfn.nextDue(),
    fire: async () => {
      sfn.fireDue();
      await sfn.idle();
    },
    settle: () => sfn.idle(),
  });
  const machineArn = `${LOCAL_STATE_MACHINE_ARN_PREFIX}journey-test`;
  sfn.call('CreateStateMachine', { name: 'journey-test', definition: definition(2 * 3600), roleArn: 'role' });
  const v1 = (
    sfn.call('PublishStateMachineVersion', { stateMachineArn: machineArn }) as { stateMachineVersionArn: string }
  ).stateMachineVersionArn;
  sfn.call('CreateStateMachineAlias', {
    name: 'live',
    routingConfiguration: [{ stateMachineVersionArn: v1, weight: 100 }],
  });
  return { clock, sfn, tokens, machineArn, aliasArn: `${machineArn}:live` };
}

const described = (sfn: LocalStepFunctions, executionArn: string) =>
  sfn.call('DescribeExecution', { executionArn }) as {
    status: string;
    output?: string;
    stateMachineVersionArn?: string;
  };

it('waits on the virtual clock, hands the function a token, and resumes on SendTaskSuccess', async () => {
  const { clock, sfn, tokens, aliasArn } = setup();
  const { executionArn } = sfn.call('StartExecution', { stateMachineArn: aliasArn, name: 'run-1', input: '{}' }) as {
    executionArn: string;
  };
  await sfn.idle();
  expect(tokens).toEqual([]);

  await clock.advance(2 * HOUR);
  expect(tokens).toHaveLength(1);
  expect(tokens[0]?.since).toBe(new Date(START.getTime() + 2 * HOUR).toISOString());
  expect(described(sfn, executionArn).status).toBe('RUNNING');

  sfn.call('SendTaskSuccess', { taskToken: tokens[0]?.token, output: JSON.stringify({ received: true }) });
  await sfn.idle();
  expect(described(sfn, executionArn)).toMatchObject({
    status: 'SUCCEEDED',
    stateMachineVersionArn: expect.stringMatching(/:1$/),
  });
  expect(JSON.parse(described(sfn, executionArn).output ?? '{}')).toEqual({ answer: { received: true } });
  expect(() => sfn.call('SendTaskSuccess', { taskToken: tokens[0]?.token, output: '{}' })).toThrow(/closed or unknown/);
});

it('takes a failure the function sends for its own token before it returns, without ending the process', () => {
  // Node ends the process on an unhandled rejection, which jest would swallow: the run goes in a child process.
  const script = `
    const { VirtualClock } = require(${JSON.stringify(require.resolve('../../../local/clock'))});
    const { LocalStepFunctions, LOCAL_STATE_MACHINE_ARN_PREFIX } = require(${JSON.stringify(
      require.resolve('../../../local/stepfunctions/local-step-functions'),
    )});
    const sfn = new LocalStepFunctions({
      clock: new VirtualClock(new Date('2026-11-25T12:00:00Z')),
      recordHistory: true,
      functions: (name) => name === 'Register' ? async (payload) => {
        // As RegisterJourneyWait does for a wait whose instant has passed: fail the token at once.
        sfn.call('SendTaskFailure', { taskToken: payload.token, error: 'AlreadyDue' });
        await new Promise((resolve) => setImmediate(resolve));
        return {};
      } : undefined,
    });
    sfn.call('CreateStateMachine', { name: 'due', roleArn: 'role', definition: JSON.stringify({
      StartAt: 'Ask',
      States: {
        Ask: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
          Parameters: { FunctionName: 'Register', Payload: { 'token.$': '$$.Task.Token' } },
          Catch: [{ ErrorEquals: ['AlreadyDue'], ResultPath: '$.due', Next: 'Done' }],
          Next: 'Done',
        },
        Done: { Type: 'Succeed' },
      },
    }) });
    const { executionArn } = sfn.call('StartExecution', { stateMachineArn: LOCAL_STATE_MACHINE_ARN_PREFIX + 'due', input: '{}' });
    sfn.idle().then(() => new Promise((resolve) => setTimeout(resolve, 50))).then(() => {
      console.log(sfn.call('DescribeExecution', { executionArn }).status);
    });
  `;

  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
  });

  expect([run.status, run.stdout.trim(), run.stderr.includes('AlreadyDue') ? 'crashed' : '']).toEqual([
    0,
    'SUCCEEDED',
    '',
  ]);
});

it('times a callback out on the virtual clock into its Catch', async () => {
  const { clock, sfn, aliasArn } = setup();
  const { executionArn } = sfn.call('StartExecution', { stateMachineArn: aliasArn, name: 'run-2', input: '{}' }) as {
    executionArn: string;
  };
  await clock.advance(2 * HOUR + HOUR - 1);
  expect(described(sfn, executionArn).status).toBe('RUNNING');
  await clock.advance(1);
  expect(JSON.parse(described(sfn, executionArn).output ?? '{}')).toMatchObject({
    timedOut: { Error: 'States.Timeout' },
  });
});

it('a name is one execution: the same input while running is the same one; else ExecutionAlreadyExists', async () => {
  const { sfn, aliasArn } = setup();
  const first = sfn.call('StartExecution', { stateMachineArn: aliasArn, name: 'run-3', input: '{"a":1}' });
  expect(sfn.call('StartExecution', { stateMachineArn: aliasArn, name: 'run-3', input: '{"a":1}' })).toEqual(first);
  expect(() => sfn.call('StartExecution', { stateMachineArn: aliasArn, name: 'run-3', input: '{"a":2}' })).toThrow(
    /Execution Already Exists/,
  );
});

it('a new version behind the alias starts new runs; runs in flight keep theirs; StopExecution aborts', async () => {
  const { sfn, aliasArn, machineArn } = setup();
  const old = sfn.call('StartExecution', { stateMachineArn: aliasArn, name: 'run-old', input: '{}' }) as {
    executionArn: string;
  };
  sfn.call('UpdateStateMachine', { stateMachineArn: machineArn, definition: definition(60) });
  const v2 = (
    sfn.call('PublishStateMachineVersion', { stateMachineArn: machineArn }) as { stateMachineVersionArn: string }
  ).stateMachineVersionArn;
  expect(v2).toBe(`${machineArn}:2`);
  sfn.call('UpdateStateMachineAlias', {
    stateMachineAliasArn: aliasArn,
    routingConfiguration: [{ stateMachineVersionArn: v2 }],
  });
  const fresh = sfn.call('StartExecution', { stateMachineArn: aliasArn, name: 'run-new', input: '{}' }) as {
    executionArn: string;
  };
  expect(described(sfn, old.executionArn).stateMachineVersionArn).toBe(`${machineArn}:1`);
  expect(described(sfn, fresh.executionArn).stateMachineVersionArn).toBe(v2);

  sfn.call('StopExecution', { executionArn: old.executionArn, error: 'JourneyArchived' });
  await sfn.idle();
  expect(described(sfn, old.executionArn).status).toBe('ABORTED');
  expect(sfn.nextDue()).toBe(START.getTime() + 60_000);
  sfn.stopAll();
  await sfn.idle();
  // Nothing waits any more: the run stopped before its interpreter was ready never started its wait.
  expect(sfn.nextDue()).toBeUndefined();
});
