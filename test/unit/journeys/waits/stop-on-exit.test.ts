import type { JourneyDefinition } from '../../../../lambdas/domain/journeys/definition-schema';
import type { JourneyEntryRecord } from '../../../../lambdas/domain/journeys/enrolment/ports';
import type { JourneyRecord } from '../../../../lambdas/domain/journeys/ports';
import type { ChangeConditions, PatientEvent } from '../../../../lambdas/domain/journeys/waits/ports';
import {
  cachedDefinitions,
  stopOnExit,
  stopOnExitEvents,
} from '../../../../lambdas/domain/journeys/waits/stop-on-exit';
import { silentLogger } from '../../../../lambdas/domain/ports';
import { welcomeJourney } from '../../../support/in-memory-journeys';

const ENTERED = '2026-11-25T12:00:00.000Z';

function entry(overrides: Partial<JourneyEntryRecord> = {}): JourneyEntryRecord {
  return {
    patientId: 'p-1',
    journeyId: 'welcome',
    key: 'patient',
    lastEnteredAt: ENTERED,
    executionName: 'welcome-v1-abc',
    journeyVersion: 1,
    entries: 1,
    revision: 1,
    ...overrides,
  };
}

const event = (overrides: Partial<PatientEvent> = {}): PatientEvent => ({
  id: 'e-1',
  patientId: 'p-1',
  at: '2026-11-27T09:00:00.000Z',
  kind: 'segmentExited',
  key: 'diabetics',
  ...overrides,
});

function setup(definition: JourneyDefinition, entries: JourneyEntryRecord[], running = true) {
  const stopped: [string, string, string][] = [];
  const conditions: ChangeConditions = { matches: async () => true };
  const deps = {
    entries: { byPatient: async () => entries },
    journeys: {
      get: async (journeyId: string) =>
        ({ journeyId, stateMachineArn: `arn:aws:states:us-east-1:1:stateMachine:j-${journeyId}` }) as JourneyRecord,
    },
    definitionOf: async () => definition,
    stopper: {
      stopIfRunning: async (arn: string, name: string, cause: string) => {
        if (!running) return false;
        stopped.push([arn, name, cause]);
        return true;
      },
    },
    conditions,
    logger: silentLogger,
  };
  return { deps, stopped };
}

const exiting = welcomeJourney({ exitWhen: [{ segmentExited: 'diabetics' }] });

it('stops the run of a journey whose exit criterion the event is', async () => {
  const { deps, stopped } = setup(exiting, [entry()]);
  expect(await stopOnExit(event(), deps)).toBe(1);
  expect(stopped).toEqual([
    ['arn:aws:states:us-east-1:1:stateMachine:j-welcome', 'welcome-v1-abc', 'exit criterion met (segmentExited)'],
  ]);
});

it('leaves runs alone for other events, events before the entry, journeys without exit criteria, ended runs', async () => {
  expect(await stopOnExit(event({ key: 'other-segment' }), setup(exiting, [entry()]).deps)).toBe(0);
  expect(await stopOnExit(event({ at: '2026-11-24T00:00:00.000Z' }), setup(exiting, [entry()]).deps)).toBe(0);
  expect(await stopOnExit(event(), setup(welcomeJourney(), [entry()]).deps)).toBe(0);
  expect(await stopOnExit(event(), setup(exiting, [entry()], false).deps)).toBe(0);
});

it('a keyed run is stopped only by a change of its own resource (sameResource)', async () => {
  const perAppointment = welcomeJourney({
    exitWhen: [{ fhirChange: { resourceType: 'Appointment', sameResource: true } }],
  });
  const entries = [
    entry({ key: 'Appointment/a-1', executionName: 'run-a-1' }),
    entry({ key: 'Appointment/a-2', executionName: 'run-a-2' }),
  ];
  const { deps, stopped } = setup(perAppointment, entries);
  const change = event({
    kind: 'fhirChange',
    key: 'Appointment',
    resourceType: 'Appointment',
    resourceId: 'a-2',
    action: 'update',
  });
  expect(await stopOnExit(change, deps)).toBe(1);
  expect(stopped.map(([, name]) => name)).toEqual(['run-a-2']);
});

it('reads the entries once for several events and stops a run once when more than one of them is its exit', async () => {
  const { deps, stopped } = setup(exiting, [entry()]);
  let reads = 0;
  const entries = deps.entries;
  const byPatient = async () => {
    reads++;
    return entries.byPatient();
  };
  const counted = { ...deps, entries: { byPatient } };

  const result = await stopOnExitEvents([event({ id: 'e-1' }), event({ id: 'e-2' }), event({ key: 'other' })], counted);

  expect(result).toBe(1);
  expect(stopped).toHaveLength(1);
  expect(reads).toBe(1);
});

it('reads each version once', async () => {
  let reads = 0;
  const definitionOf = cachedDefinitions(async () => {
    reads++;
    return { definition: exiting };
  });
  await definitionOf('welcome', 1);
  await definitionOf('welcome', 1);
  await definitionOf('welcome', 2);
  expect(reads).toBe(2);
});
