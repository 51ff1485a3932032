import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as fhir4 from 'fhir/r4';
import type { LocalStack } from '../../../local/local-stack';
import {
  DAY,
  emit,
  executionsFor,
  fhirChange,
  isoAt,
  messageLog,
  messagesOf,
  patientResource,
  sesEmails,
  startJourneyStack,
} from './journey-scenario-support';

/**
 * The diabetes care-gap journey on the local stack: a patient with diabetes and no HbA1c enters the segment
 * `diabetes-no-hba1c-6m` and gets an email (email first, text as fallback), then a letter 14 days later while
 * still due. An HbA1c result takes the patient out of the segment, which ends the journey before the letter.
 */
jest.setTimeout(120_000);

// 10:00 in New York: outside every quiet period.
const START = new Date('2026-11-25T15:00:00.000Z');
const SECOND_START = new Date(START.getTime() + 15 * DAY);

let stack: LocalStack;

function patient(id: string): fhir4.Patient {
  return {
    ...patientResource({ id, email: `${id}@example.org`, phone: '+16175550101' }),
    address: [
      { use: 'home', line: ['12 Elm Street'], city: 'Boston', state: 'MA', postalCode: '02118', country: 'US' },
    ],
  };
}

function type2Diabetes(patientId: string): fhir4.Condition {
  return {
    resourceType: 'Condition',
    id: `${patientId}-t2dm`,
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }] },
    subject: { reference: `Patient/${patientId}` },
    onsetDateTime: '2019-04-02',
  };
}

function hba1cResult(patientId: string, at: Date): fhir4.Observation {
  return {
    resourceType: 'Observation',
    id: `${patientId}-hba1c`,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
    subject: { reference: `Patient/${patientId}` },
    effectiveDateTime: at.toISOString(),
    valueQuantity: { value: 6.9, unit: '%' },
  };
}

beforeAll(async () => {
  stack = await startJourneyStack(START, { journeys: ['diabetes-care-gap'], withSegments: true });
});

afterAll(async () => {
  await stack?.stop();
});

it('emails a diabetic with no HbA1c on entering the segment, then sends a letter 14 days later while still due', async () => {
  await emit(stack, [fhirChange(stack, 'create', patient('dm-1')), fhirChange(stack, 'create', type2Diabetes('dm-1'))]);
  expect(await messagesOf(stack, 'dm-1')).toEqual([
    { step: 'ask-to-book-test', channel: 'email', templateId: 'care-gap-hba1c', status: 'sent', at: isoAt(START, 0) },
  ]);
  expect((await sesEmails(stack)).map((email) => [email.destination?.to, email.subject])).toEqual([
    [['dm-1@example.org'], 'Time for your HbA1c blood test'],
  ]);

  await stack.clock.advance(SECOND_START.getTime() - stack.clock.now().getTime());

  expect(await messagesOf(stack, 'dm-1')).toEqual([
    { step: 'ask-to-book-test', channel: 'email', templateId: 'care-gap-hba1c', status: 'sent', at: isoAt(START, 0) },
    { step: 'letter', channel: 'letter', templateId: 'care-gap-hba1c', status: 'sent', at: isoAt(START, 14 * DAY) },
  ]);
  const letter = (await messageLog(stack, 'dm-1'))[1];
  const html = await readFile(
    join(stack.messaging.lettersDir, 'letters', '2026-12-09', `${letter?.messageId}.html`),
    'utf8',
  );
  expect(html).toContain('Dear Ada Okafor');
  expect(html).toContain('six months since your last HbA1c');
  expect(executionsFor(stack, 'diabetes-care-gap', 'dm-1').map((execution) => execution.status)).toEqual(['SUCCEEDED']);
});

it('stops before the letter when an HbA1c result takes the patient out of the segment', async () => {
  await stack.clock.advance(SECOND_START.getTime() - stack.clock.now().getTime());
  await emit(stack, [fhirChange(stack, 'create', patient('dm-2')), fhirChange(stack, 'create', type2Diabetes('dm-2'))]);
  await stack.clock.advance(5 * DAY);
  await emit(stack, [fhirChange(stack, 'create', hba1cResult('dm-2', stack.clock.now()))]);

  await stack.clock.advance(15 * DAY);

  expect(await messagesOf(stack, 'dm-2')).toEqual([
    {
      step: 'ask-to-book-test',
      channel: 'email',
      templateId: 'care-gap-hba1c',
      status: 'sent',
      at: isoAt(SECOND_START, 0),
    },
  ]);
  const [execution] = executionsFor(stack, 'diabetes-care-gap', 'dm-2');
  // Leaving the segment is an exit criterion: the run is stopped when the result arrives, in its 14-day wait.
  expect(execution?.status).toBe('ABORTED');
  expect(execution?.stopDate?.toISOString()).toBe(isoAt(SECOND_START, 5 * DAY));
  expect(execution?.history.map((step) => `${step.at} ${step.name}`)).toEqual([
    `${isoAt(SECOND_START, 0)} Send ask-to-book-test`,
    `${isoAt(SECOND_START, 0)} Wait wait-14-days`,
  ]);
});
