import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as fhir4 from 'fhir/r4';
import type { LocalStack } from '../../../local/local-stack';
import {
  DAY,
  emailFor,
  emit,
  executionsFor,
  fhirChange,
  isoAt,
  messageLog,
  messagesOf,
  patientResource,
  startJourneyStack,
} from './journey-scenario-support';

/**
 * The colorectal screening journey on the local stack: a patient aged 45 to 75 with no screening on record
 * enters `colorectal-screening-due` and gets a letter; an email follows 21 days later while still due. A
 * screening recorded in between takes the patient out of the segment, which ends the journey before the email.
 */
jest.setTimeout(120_000);

// 10:00 in New York: outside every quiet period.
const START = new Date('2026-11-25T15:00:00.000Z');
const SECOND_START = new Date(START.getTime() + 22 * DAY);

let stack: LocalStack;

function patient(id: string): fhir4.Patient {
  return {
    ...patientResource({ id, email: `${id}@example.org` }),
    birthDate: '1970-05-10',
    address: [
      { use: 'home', line: ['12 Elm Street'], city: 'Boston', state: 'MA', postalCode: '02118', country: 'US' },
    ],
  };
}

function colonoscopy(patientId: string, at: Date): fhir4.Procedure {
  return {
    resourceType: 'Procedure',
    id: `${patientId}-colonoscopy`,
    status: 'completed',
    code: { coding: [{ system: 'http://snomed.info/sct', code: '73761001', display: 'Colonoscopy' }] },
    subject: { reference: `Patient/${patientId}` },
    performedDateTime: at.toISOString(),
  };
}

beforeAll(async () => {
  stack = await startJourneyStack(START, { journeys: ['colorectal-screening'], withSegments: true });
});

afterAll(async () => {
  await stack?.stop();
});

it('writes a letter on entering the segment, then emails 21 days later while the screening is still due', async () => {
  await emit(stack, [fhirChange(stack, 'create', patient('crc-1'))]);
  expect(await messagesOf(stack, 'crc-1')).toEqual([
    { step: 'letter', channel: 'letter', templateId: 'colorectal-screening', status: 'sent', at: isoAt(START, 0) },
  ]);
  const [letter] = await messageLog(stack, 'crc-1');
  const html = await readFile(
    join(stack.messaging.lettersDir, 'letters', '2026-11-25', `${letter?.messageId}.html`),
    'utf8',
  );
  expect(html).toContain('Ada Okafor');

  await stack.clock.advance(SECOND_START.getTime() - stack.clock.now().getTime());

  expect(await messagesOf(stack, 'crc-1')).toEqual([
    { step: 'letter', channel: 'letter', templateId: 'colorectal-screening', status: 'sent', at: isoAt(START, 0) },
    { step: 'email', channel: 'email', templateId: 'colorectal-screening', status: 'sent', at: isoAt(START, 21 * DAY) },
  ]);
  const email = await emailFor(stack, (await messageLog(stack, 'crc-1'))[1]?.messageId ?? '');
  expect(email?.subject).toBe('You are due for colorectal cancer screening');
  expect(email?.destination?.to).toEqual(['crc-1@example.org']);
  const [execution] = executionsFor(stack, 'colorectal-screening', 'crc-1');
  expect(execution?.status).toBe('SUCCEEDED');
});

it('sends no email once a colonoscopy is recorded: leaving the segment ends the journey', async () => {
  await stack.clock.advance(SECOND_START.getTime() - stack.clock.now().getTime());
  await emit(stack, [fhirChange(stack, 'create', patient('crc-2'))]);
  await stack.clock.advance(10 * DAY);
  await emit(stack, [fhirChange(stack, 'create', colonoscopy('crc-2', stack.clock.now()))]);

  await stack.clock.advance(22 * DAY);

  expect(await messagesOf(stack, 'crc-2')).toEqual([
    {
      step: 'letter',
      channel: 'letter',
      templateId: 'colorectal-screening',
      status: 'sent',
      at: isoAt(SECOND_START, 0),
    },
  ]);
  const [execution] = executionsFor(stack, 'colorectal-screening', 'crc-2');
  // Leaving the segment is an exit criterion: the run is stopped when it happens, in its 21-day wait.
  expect(execution?.status).toBe('ABORTED');
  expect(execution?.stopDate?.toISOString()).toBe(isoAt(SECOND_START, 10 * DAY));
  expect(execution?.history.map((step) => `${step.at} ${step.name}`)).toEqual([
    `${isoAt(SECOND_START, 0)} Send letter`,
    `${isoAt(SECOND_START, 0)} Wait wait-21-days`,
  ]);
});
