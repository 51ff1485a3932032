import type { LocalStack } from '../../../local/local-stack';
import {
  advanceTo,
  daysAheadAt,
  emit,
  executionsForResource,
  fhirChange,
  HOUR,
  messagesOf,
  observationResource,
  patientResource,
  startJourneyStack,
  textsTo,
} from './journey-scenario-support';

jest.setTimeout(60_000);

const JOURNEY = 'results-available';
const RESULTS_SMS = { step: 'results-sms', channel: 'sms', templateId: 'results-available-sms', status: 'sent' };

let stack: LocalStack;

beforeAll(async () => {
  // Noon in New York.
  stack = await startJourneyStack(new Date('2026-11-25T17:00:00Z'), { journeys: [JOURNEY] });
});

afterAll(async () => {
  await stack?.stop();
});

function observationRun(id: string) {
  return executionsForResource(stack, JOURNEY, { resourceType: 'Observation', id });
}

it('a final result texts the patient at once, with no value and no test name', async () => {
  const patient = patientResource({ id: 'ra-final', givenName: 'Bea', phone: '+16175550201' });
  const observation = observationResource({
    id: 'obs-final',
    patientId: 'ra-final',
    status: 'final',
    effective: stack.clock.now(),
    value: 9.7,
  });
  const now = stack.clock.now().toISOString();

  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', observation)]);
  await stack.clock.advance(HOUR);

  expect(await messagesOf(stack, 'ra-final')).toEqual([{ ...RESULTS_SMS, at: now }]);
  expect(observationRun('obs-final').map((execution) => execution.status)).toEqual(['SUCCEEDED']);
  const [text] = textsTo(stack, '+16175550201');
  expect(text?.body).toContain('Hi Bea, you have new results in your patient portal');
  expect(text?.body).not.toMatch(/9[.,]7/);
  expect(text?.body).not.toMatch(/%|A1c|4548-4/i);
});

it('a result that becomes final in quiet hours is texted when they end, at 08:00 in the patient zone', async () => {
  const patient = patientResource({ id: 'ra-night', phone: '+16175550202' });
  // 22:00 in New York.
  const lateEvening = daysAheadAt(stack, 1, '03:00');
  await advanceTo(stack, lateEvening);
  const preliminary = observationResource({
    id: 'obs-night',
    patientId: 'ra-night',
    status: 'preliminary',
    effective: lateEvening,
    versionId: '1',
  });

  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', preliminary)]);
  expect(observationRun('obs-night')).toEqual([]);
  await emit(stack, [fhirChange(stack, 'update', { ...preliminary, meta: { versionId: '2' }, status: 'final' })]);
  await advanceTo(stack, new Date(lateEvening.getTime() + 12 * HOUR));

  // 08:00 in New York is 13:00 UTC, ten hours after the result.
  const morning = new Date(lateEvening.getTime() + 10 * HOUR).toISOString();
  expect(await messagesOf(stack, 'ra-night')).toEqual([{ ...RESULTS_SMS, at: morning }]);
  expect(observationRun('obs-night').map((execution) => execution.status)).toEqual(['SUCCEEDED']);
  expect(textsTo(stack, '+16175550202')).toHaveLength(1);
});

it('a result that was already final does not text again when it is amended or re-sent', async () => {
  const patient = patientResource({ id: 'ra-amended', phone: '+16175550203' });
  const final = observationResource({
    id: 'obs-amended',
    patientId: 'ra-amended',
    status: 'final',
    effective: stack.clock.now(),
    versionId: '1',
  });
  const sentAt = stack.clock.now().toISOString();

  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', final)]);
  await emit(stack, [
    fhirChange(stack, 'update', {
      ...final,
      meta: { versionId: '2' },
      valueQuantity: { ...final.valueQuantity, value: 9.6 },
    }),
  ]);
  await emit(stack, [fhirChange(stack, 'update', { ...final, meta: { versionId: '3' }, status: 'amended' })]);
  await stack.clock.advance(HOUR);

  expect(observationRun('obs-amended')).toHaveLength(1);
  expect(await messagesOf(stack, 'ra-amended')).toEqual([{ ...RESULTS_SMS, at: sentAt }]);
});

it('a preliminary or cancelled result does not text', async () => {
  const patient = patientResource({ id: 'ra-pending', phone: '+16175550204' });
  const preliminary = observationResource({
    id: 'obs-preliminary',
    patientId: 'ra-pending',
    status: 'preliminary',
    effective: stack.clock.now(),
  });
  const cancelled = observationResource({
    id: 'obs-cancelled',
    patientId: 'ra-pending',
    status: 'cancelled',
    effective: stack.clock.now(),
  });

  await emit(stack, [
    fhirChange(stack, 'create', patient),
    fhirChange(stack, 'create', preliminary),
    fhirChange(stack, 'create', cancelled),
  ]);
  await stack.clock.advance(HOUR);

  expect(observationRun('obs-preliminary')).toEqual([]);
  expect(observationRun('obs-cancelled')).toEqual([]);
  expect(await messagesOf(stack, 'ra-pending')).toEqual([]);
});
