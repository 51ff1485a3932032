import type { AslInterpreter } from '../../domain/journeys/simulation/simulate-journey';

/** aws-local-stepfunctions targets Node 22; Node 20 lacks `Promise.withResolvers`, which it uses. */
export function polyfillPromiseWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers === 'function') return;
  P.withResolvers = <T>() => {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

/**
 * ASL run by aws-local-stepfunctions, in process: what journey simulations use (on Lambda too) and what the
 * local stack's Step Functions is built on. Every Task state is answered by a local handler; retries do not
 * sleep (a simulation's time is its own).
 */
export const localAslInterpreter: AslInterpreter = {
  async run(definition, input, handlers, executionName) {
    polyfillPromiseWithResolvers();
    const { StateMachine } = await import('aws-local-stepfunctions');
    const machine = new StateMachine(definition as never, {
      validationOptions: { checkPaths: false, checkArn: false },
    });
    const execution = machine.run(input as never, {
      overrides: {
        taskResourceLocalHandlers: handlers as never,
        retryIntervalOverrides: Object.fromEntries(Object.keys(handlers).map((name) => [name, 0])),
      },
      context: { Execution: { Name: executionName } } as never,
    });
    const statesEntered: string[] = [];
    const following = (async () => {
      for await (const event of execution.eventLogs as AsyncGenerator<{ type: string; state?: { name: string } }>) {
        if (event.type === 'StateEntered' && event.state) statesEntered.push(event.state.name);
      }
    })();
    try {
      const output = await execution.result;
      await following;
      return { output, statesEntered };
    } catch (error) {
      await following;
      const failure = (error as { cause?: { name?: string; message?: string } }).cause ?? (error as Error);
      return { error: { name: failure.name ?? 'States.Runtime', cause: failure.message ?? '' }, statesEntered };
    }
  },
};
