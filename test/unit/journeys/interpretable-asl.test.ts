import { localAsl, taskHandlersOf } from '../../../lambdas/domain/journeys/interpretable-asl';

const callbackWithTimeoutPath = {
  StartAt: 'Wait before-72h',
  States: {
    'Wait before-72h': {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: 'register',
        Payload: { 'taskToken.$': '$$.Task.Token', 'expiresInSeconds.$': '$.s' },
      },
      TimeoutSecondsPath: '$.steps.before_72h.seconds',
      End: true,
    },
  },
};

describe('localAsl', () => {
  it('reads a callback task’s TimeoutSecondsPath into a parameter, and times the task out on the virtual clock', () => {
    const { definition } = localAsl(callbackWithTimeoutPath);
    const state = definition.States['Wait before-72h'] as Record<string, unknown>;

    expect(state).not.toHaveProperty('TimeoutSecondsPath');
    expect(state.TimeoutSeconds).toBe(1_000_000);
    expect(state.Parameters).toMatchObject({ 'LocalTimeoutSeconds.$': '$.steps.before_72h.seconds' });
  });

  it('hands the task’s own time-out to the callback performer', async () => {
    const timeouts: (number | undefined)[] = [];
    const handlers = taskHandlersOf(
      localAsl(callbackWithTimeoutPath),
      {
        invoke: async () => null,
        wait: async () => null,
        callback: async (_state, _fn, _payload, timeoutSeconds) => {
          timeouts.push(timeoutSeconds);
          return { received: true };
        },
        integration: async () => null,
        now: () => new Date('2026-11-20T10:00:00Z'),
      },
      '2026-11-20T09:00:00Z',
    );

    await handlers['Wait before-72h']?.({ FunctionName: 'register', Payload: {}, LocalTimeoutSeconds: 3_600 });

    expect(timeouts).toEqual([3_600]);
  });
});
