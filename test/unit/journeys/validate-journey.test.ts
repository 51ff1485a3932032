import { compilesLocally } from '../../../lambdas/domain/fhir/local-fhirpath';
import {
  type JourneyReferences,
  type JourneyValidationError,
  validateJourney,
} from '../../../lambdas/domain/journeys/validate-journey';

const references: JourneyReferences = {
  templateExists: (id) => ['appointment-reminder-email', 'appointment-reminder-sms', 'flu-vaccine'].includes(id),
  segmentExists: (id) => ['influenza-vaccine-due-65'].includes(id),
  fhirPath: compilesLocally,
};

const send = (next: string, template = 'flu-vaccine') => ({
  type: 'send',
  template,
  topic: 'care-gaps',
  channels: ['sms'],
  next,
});
const wait = (duration: string, next: string) => ({ type: 'wait', duration, next });
const exit = { type: 'exit' };

const journey = (overrides: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'flu',
  name: 'Flu',
  entry: { segmentEntered: 'influenza-vaccine-due-65' },
  reEntry: { policy: 'once' },
  start: 'invite',
  steps: { invite: send('done'), done: exit },
  ...overrides,
});

const appointmentEntry = {
  fhirTrigger: { resourceType: 'Appointment', condition: "%current.status = 'booked'", keyedBy: 'resource' },
};

const errorsOf = (input: unknown): readonly JourneyValidationError[] => {
  const result = validateJourney(input, references);
  return result.ok ? [] : result.errors;
};

describe('validateJourney', () => {
  it('accepts a valid journey and returns its definition', () => {
    const input = journey();

    expect(validateJourney(input, references)).toEqual({ ok: true, definition: input });
  });

  it('points a schema error into the step, chosen by its type', () => {
    const errors = errorsOf(journey({ steps: { invite: { ...send('done'), channels: ['fax'] }, done: exit } }));

    expect(errors).toEqual([{ pointer: '/steps/invite/channels/0', message: expect.stringContaining('"sms"') }]);
  });

  it('names an unknown property of a step', () => {
    const errors = errorsOf(journey({ steps: { invite: { ...send('done'), colour: 'red' }, done: exit } }));

    expect(errors).toEqual([{ pointer: '/steps/invite/colour', message: 'unknown property "colour"' }]);
  });

  it('rejects an unknown step type at its type', () => {
    const errors = errorsOf(journey({ steps: { invite: { type: 'teleport', next: 'done' }, done: exit } }));

    expect(errors).toEqual([{ pointer: '/steps/invite/type', message: expect.stringContaining('must be one of') }]);
  });

  it('points at a dangling edge', () => {
    const errors = errorsOf(journey({ steps: { invite: send('nowhere'), done: exit } }));

    expect(errors).toContainEqual({ pointer: '/steps/invite/next', message: expect.stringContaining('"nowhere"') });
  });

  it('rejects a start that names no step', () => {
    expect(errorsOf(journey({ start: 'missing' }))).toContainEqual({
      pointer: '/start',
      message: expect.stringContaining('"missing"'),
    });
  });

  it('rejects a step that cannot be reached from start', () => {
    const errors = errorsOf(journey({ steps: { invite: send('done'), orphan: send('done'), done: exit } }));

    expect(errors).toEqual([
      { pointer: '/steps/orphan', message: 'step "orphan" is not reachable from start "invite"' },
    ]);
  });

  it('rejects a cycle, naming its steps', () => {
    const steps = {
      invite: send('pause'),
      pause: wait('P1D', 'again'),
      again: { type: 'branch', on: { inSegment: 'influenza-vaccine-due-65' }, next: { true: 'invite', false: 'done' } },
      done: exit,
    };

    expect(errorsOf(journey({ steps }))).toEqual([
      { pointer: '/steps/again/next/true', message: expect.stringContaining('invite → pause → again → invite') },
    ]);
  });

  it('rejects a journey without an exit step', () => {
    const errors = errorsOf(journey({ steps: { invite: send('pause'), pause: wait('P1D', 'invite') } }));

    expect(errors).toContainEqual({ pointer: '/steps', message: expect.stringContaining('no step of type "exit"') });
  });

  it('rejects steps from which no path reaches an exit', () => {
    const steps = {
      invite: { type: 'branch', on: { inSegment: 'influenza-vaccine-due-65' }, next: { true: 'loop', false: 'done' } },
      loop: wait('P1D', 'loop'),
      done: exit,
    };

    expect(errorsOf(journey({ steps }))).toContainEqual({
      pointer: '/steps/loop',
      message: 'no path from step "loop" ends in an exit step',
    });
  });

  it('rejects random split percentages that do not sum to 100', () => {
    const split = {
      type: 'branch',
      on: {
        randomSplit: [
          { percent: 50, next: 'invite' },
          { percent: 40, next: 'done' },
        ],
      },
    };
    const errors = errorsOf(journey({ start: 'split', steps: { split, invite: send('done'), done: exit } }));

    expect(errors).toEqual([{ pointer: '/steps/split/on/randomSplit', message: 'percentages sum to 90, not 100' }]);
  });

  it('rejects next on a random split', () => {
    const split = {
      type: 'branch',
      on: {
        randomSplit: [
          { percent: 50, next: 'invite' },
          { percent: 50, next: 'done' },
        ],
      },
      next: { true: 'invite', false: 'done' },
    };

    expect(errorsOf(journey({ start: 'split', steps: { split, invite: send('done'), done: exit } }))).toEqual([
      { pointer: '/steps/split/next', message: expect.stringContaining('random split') },
    ]);
  });

  it('requires next.true and next.false on a segment branch', () => {
    const branch = { type: 'branch', on: { inSegment: 'influenza-vaccine-due-65' } };

    expect(errorsOf(journey({ start: 'branch', steps: { branch, done: exit } }))).toContainEqual({
      pointer: '/steps/branch',
      message: expect.stringContaining('next.true and next.false'),
    });
  });

  it('rejects a single wait over one year', () => {
    const errors = errorsOf(journey({ steps: { invite: send('pause'), pause: wait('P366D', 'done'), done: exit } }));

    expect(errors).toEqual([{ pointer: '/steps/pause/duration', message: expect.stringContaining('one-year') }]);
  });

  it('rejects waits that total over one year along a path, naming the path', () => {
    const steps = {
      invite: send('first'),
      first: wait('P200D', 'await'),
      await: {
        type: 'wait-for-event',
        event: { segmentExited: 'influenza-vaccine-due-65' },
        timeout: 'P100D',
        next: { received: 'done', timedOut: 'second' },
      },
      second: wait('P90D', 'done'),
      done: exit,
    };

    expect(errorsOf(journey({ steps }))).toEqual([
      {
        pointer: '/steps/second',
        message: expect.stringContaining('invite → first → await → second → done total 390 days'),
      },
    ]);
  });

  it('accepts waits that total exactly one year', () => {
    const steps = { invite: send('first'), first: wait('P200D', 'second'), second: wait('P165D', 'done'), done: exit };

    expect(errorsOf(journey({ steps }))).toEqual([]);
  });

  it('rejects untilResourceTime without a fhirTrigger entry', () => {
    const pause = { type: 'wait', untilResourceTime: { field: 'start', offset: '-PT24H' }, next: 'done' };
    const errors = errorsOf(journey({ steps: { invite: send('pause'), pause, done: exit } }));

    expect(errors).toEqual([
      { pointer: '/steps/pause/untilResourceTime', message: expect.stringContaining('fhirTrigger') },
    ]);
  });

  it('accepts untilResourceTime with a fhirTrigger entry', () => {
    const pause = { type: 'wait', untilResourceTime: { field: 'start', offset: '-PT24H' }, next: 'done' };
    const input = journey({ entry: appointmentEntry, steps: { invite: send('pause'), pause, done: exit } });

    expect(errorsOf(input)).toEqual([]);
  });

  it('rejects a wait with two kinds', () => {
    const pause = { type: 'wait', duration: 'P1D', untilLocalTime: '09:00', next: 'done' };
    const errors = errorsOf(journey({ steps: { invite: send('pause'), pause, done: exit } }));

    expect(errors).toEqual([
      { pointer: '/steps/pause', message: expect.stringContaining('duration and untilLocalTime') },
    ]);
  });

  it('rejects a wait with no kind', () => {
    const errors = errorsOf(
      journey({ steps: { invite: send('pause'), pause: { type: 'wait', next: 'done' }, done: exit } }),
    );

    expect(errors).toEqual([{ pointer: '/steps/pause', message: expect.stringContaining('it has none') }]);
  });

  it('rejects an unknown template', () => {
    const errors = errorsOf(journey({ steps: { invite: send('done', 'no-such-template'), done: exit } }));

    expect(errors).toEqual([
      { pointer: '/steps/invite/template', message: 'unknown message template "no-such-template"' },
    ]);
  });

  it.each([
    ['entry', { entry: { segmentEntered: 'no-such-segment' } }, '/entry/segmentEntered'],
    ['exitWhen', { exitWhen: [{ segmentEntered: 'no-such-segment' }] }, '/exitWhen/0/segmentEntered'],
    ['goal', { goal: { segmentExited: 'no-such-segment' } }, '/goal/segmentExited'],
  ])('rejects an unknown segment in %s', (_where, overrides, pointer) => {
    expect(errorsOf(journey(overrides))).toEqual([{ pointer, message: 'unknown segment "no-such-segment"' }]);
  });

  it('rejects an unknown segment in a branch', () => {
    const branch = { type: 'branch', on: { inSegment: 'no-such-segment' }, next: { true: 'done', false: 'done' } };

    expect(errorsOf(journey({ start: 'branch', steps: { branch, done: exit } }))).toEqual([
      { pointer: '/steps/branch/on/inSegment', message: 'unknown segment "no-such-segment"' },
    ]);
  });

  it('rejects a FHIRPath condition that does not parse', () => {
    const entry = { fhirTrigger: { resourceType: 'Observation', condition: "%current.status = 'final' and (" } };

    expect(errorsOf(journey({ entry }))).toEqual([
      { pointer: '/entry/fhirTrigger/condition', message: expect.stringContaining('FHIRPath does not compile') },
    ]);
  });

  it('rejects a FHIRPath condition using an unknown environment variable', () => {
    const entry = { fhirTrigger: { resourceType: 'Observation', condition: "%resource.status = 'final'" } };

    expect(errorsOf(journey({ entry }))).toEqual([
      { pointer: '/entry/fhirTrigger/condition', message: expect.stringContaining('resource') },
    ]);
  });

  it('rejects %previous in a branch condition, which sees the triggering resource as it is now', () => {
    const entry = { fhirTrigger: { resourceType: 'Appointment' } };
    const branch = {
      type: 'branch',
      on: { triggerCondition: "%previous.status = 'booked'" },
      next: { true: 'done', false: 'done' },
    };

    expect(errorsOf(journey({ entry, start: 'branch', steps: { branch, done: exit } }))).toEqual([
      { pointer: '/steps/branch/on/triggerCondition', message: expect.stringContaining('previous') },
    ]);
  });

  it('accepts %current and %previous in a condition', () => {
    const entry = {
      fhirTrigger: {
        resourceType: 'Observation',
        condition: "%current.status = 'final' and (%previous.empty() or %previous.status != 'final')",
      },
    };

    expect(errorsOf(journey({ entry }))).toEqual([]);
  });

  it('requires a coolDown with policy after-cool-down', () => {
    expect(errorsOf(journey({ reEntry: { policy: 'after-cool-down' } }))).toEqual([
      { pointer: '/reEntry', message: 'policy "after-cool-down" needs a coolDown duration' },
    ]);
  });

  it('rejects a coolDown with another policy', () => {
    expect(errorsOf(journey({ reEntry: { policy: 'once', coolDown: 'P30D' } }))).toEqual([
      { pointer: '/reEntry/coolDown', message: 'coolDown applies only to policy "after-cool-down", not "once"' },
    ]);
  });

  it('accepts a coolDown with policy after-cool-down', () => {
    expect(errorsOf(journey({ reEntry: { policy: 'after-cool-down', coolDown: 'P365D' } }))).toEqual([]);
  });

  it('rejects sameResource without a fhirTrigger entry', () => {
    const exitWhen = [{ fhirChange: { resourceType: 'Appointment', sameResource: true } }];

    expect(errorsOf(journey({ exitWhen }))).toEqual([
      { pointer: '/exitWhen/0/fhirChange/sameResource', message: expect.stringContaining('fhirTrigger') },
    ]);
  });

  it('rejects sameResource on a resource type other than the trigger', () => {
    const exitWhen = [{ fhirChange: { resourceType: 'Observation', sameResource: true } }];

    expect(errorsOf(journey({ entry: appointmentEntry, exitWhen }))).toEqual([
      { pointer: '/exitWhen/0/fhirChange/sameResource', message: expect.stringContaining('Appointment') },
    ]);
  });
});
