import type * as fhir4 from 'fhir/r4';
import { compiledConditionCount } from '../../../../lambdas/domain/journeys/conditions';
import { evaluateCondition } from '../../../../lambdas/domain/journeys/steps/evaluate-condition';
import { InvalidStepPayloadError } from '../../../../lambdas/domain/journeys/steps/step-input';
import { ids, patientsWith, recordingLogger } from './fakes';

const appointment: fhir4.Appointment = {
  resourceType: 'Appointment',
  id: 'appt-1',
  status: 'booked',
  participant: [],
  start: '2026-03-10T14:00:00Z',
};

const payload = (condition: string) => ({
  ...ids,
  triggeringResource: { resourceType: 'Appointment', id: 'appt-1' },
  condition,
});

function deps(resources: fhir4.FhirResource[]) {
  return { patients: patientsWith(resources), logger: recordingLogger() };
}

it('matches when the condition holds on %current', async () => {
  expect(await evaluateCondition(payload("%current.status = 'booked'"), deps([appointment]))).toEqual({
    matches: true,
  });
});

it('does not match when the condition is false', async () => {
  expect(await evaluateCondition(payload("%current.status = 'cancelled'"), deps([appointment]))).toEqual({
    matches: false,
  });
});

it('does not match an empty result', async () => {
  expect(await evaluateCondition(payload('%current.end'), deps([appointment]))).toEqual({ matches: false });
});

it('is false when the triggering resource is gone', async () => {
  const d = deps([]);

  expect(await evaluateCondition(payload("%current.status = 'booked'"), d)).toEqual({ matches: false });
  expect(d.logger.lines[0]?.fields).toMatchObject(ids);
});

it('is false for a condition that does not compile, logs ids and not the text, and compiles it once', async () => {
  const d = deps([appointment]);
  const before = compiledConditionCount();

  const first = await evaluateCondition(payload('%current.status = = ('), d);
  const second = await evaluateCondition(payload('%current.status = = ('), d);

  expect([first, second]).toEqual([{ matches: false }, { matches: false }]);
  expect(compiledConditionCount()).toBe(before + 1);
  expect(d.logger.lines.map((line) => line.level)).toEqual(['warn', 'warn']);
  expect(JSON.stringify(d.logger.lines)).not.toContain('%current');
});

it('compiles a condition once for many executions', async () => {
  const condition = "%current.start > @2026-01-01T00:00:00Z and %current.status = 'booked'";
  await evaluateCondition(payload(condition), deps([appointment]));
  const after = compiledConditionCount();

  const again = await evaluateCondition({ ...payload(condition), executionId: 'exec-456' }, deps([appointment]));

  expect(again).toEqual({ matches: true });
  expect(compiledConditionCount()).toBe(after);
});

it('refuses a payload without a condition', async () => {
  const { condition: _condition, ...without } = payload('x');

  await expect(evaluateCondition(without, deps([appointment]))).rejects.toBeInstanceOf(InvalidStepPayloadError);
});
