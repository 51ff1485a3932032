import type * as fhir4 from 'fhir/r4';
import type { LocalStack } from '../../../local/local-stack';
import { smsMessages } from '../../../local/outbox/pinpoint-outbox';
import {
  DAY,
  emit,
  executionsFor,
  fhirChange,
  isoAt,
  messagesOf,
  patientResource,
  startJourneyStack,
} from './journey-scenario-support';

/**
 * The influenza vaccination journey on the local stack: a patient aged 65 or over with no flu vaccine this
 * season enters `influenza-vaccine-due-65` and gets a text (email as fallback), then a reminder 14 days later
 * while still due. A completed immunization ends the journey before the reminder.
 */
jest.setTimeout(120_000);

// 10:00 in New York: outside SMS quiet hours (20:00 to 08:00).
const START = new Date('2026-11-25T15:00:00.000Z');
const SECOND_START = new Date(START.getTime() + 15 * DAY);
const THIRD_START = new Date(SECOND_START.getTime() + 21 * DAY);

let stack: LocalStack;

function patient(id: string): fhir4.Patient {
  return {
    ...patientResource({ id, phone: '+16175550177', email: `${id}@example.org` }),
    birthDate: '1955-03-01',
  };
}

const FLU_QUADRIVALENT = { system: 'http://hl7.org/fhir/sid/cvx', code: '150', display: 'Influenza, quadrivalent' };
const PNEUMOCOCCAL = {
  system: 'http://hl7.org/fhir/sid/cvx',
  code: '33',
  display: 'Pneumococcal polysaccharide PPV23',
};

function immunization(patientId: string, vaccine: fhir4.Coding, at: Date): fhir4.Immunization {
  return {
    resourceType: 'Immunization',
    id: `${patientId}-${vaccine.code}`,
    status: 'completed',
    vaccineCode: { coding: [vaccine] },
    patient: { reference: `Patient/${patientId}` },
    occurrenceDateTime: at.toISOString(),
  };
}

beforeAll(async () => {
  stack = await startJourneyStack(START, { journeys: ['influenza-vaccination'], withSegments: true });
});

afterAll(async () => {
  await stack?.stop();
});

it('texts an unvaccinated patient aged 65 on entering the segment, and reminds 14 days later while still due', async () => {
  await emit(stack, [fhirChange(stack, 'create', patient('flu-1'))]);
  expect(await messagesOf(stack, 'flu-1')).toEqual([
    { step: 'invite', channel: 'sms', templateId: 'flu-vaccine', status: 'sent', at: isoAt(START, 0) },
  ]);

  await stack.clock.advance(SECOND_START.getTime() - stack.clock.now().getTime());

  expect(await messagesOf(stack, 'flu-1')).toEqual([
    { step: 'invite', channel: 'sms', templateId: 'flu-vaccine', status: 'sent', at: isoAt(START, 0) },
    { step: 'reminder', channel: 'email', templateId: 'flu-vaccine', status: 'sent', at: isoAt(START, 14 * DAY) },
  ]);
  expect(smsMessages(stack.smsAndPushOutbox).map((sms) => sms.to)).toEqual(['+16175550177']);
  const [execution] = executionsFor(stack, 'influenza-vaccination', 'flu-1');
  expect(execution?.status).toBe('SUCCEEDED');
});

it('sends no reminder once a flu vaccine is recorded', async () => {
  await stack.clock.advance(SECOND_START.getTime() - stack.clock.now().getTime());
  await emit(stack, [fhirChange(stack, 'create', patient('flu-2'))]);
  await stack.clock.advance(5 * DAY);
  await emit(stack, [fhirChange(stack, 'create', immunization('flu-2', FLU_QUADRIVALENT, stack.clock.now()))]);

  await stack.clock.advance(15 * DAY);

  expect(await messagesOf(stack, 'flu-2')).toEqual([
    { step: 'invite', channel: 'sms', templateId: 'flu-vaccine', status: 'sent', at: isoAt(SECOND_START, 0) },
  ]);
  const [execution] = executionsFor(stack, 'influenza-vaccination', 'flu-2');
  // The flu dose takes the patient out of the segment, an exit criterion: the run is stopped on day 5.
  expect(execution?.status).toBe('ABORTED');
  expect(execution?.stopDate?.toISOString()).toBe(isoAt(SECOND_START, 5 * DAY));
  expect(execution?.history.map((step) => `${step.at} ${step.name}`)).toEqual([
    `${isoAt(SECOND_START, 0)} Send invite`,
    `${isoAt(SECOND_START, 0)} Wait wait-14-days`,
  ]);
});

it('a vaccine that is not for flu leaves the patient due: the reminder still goes', async () => {
  await stack.clock.advance(THIRD_START.getTime() - stack.clock.now().getTime());
  await emit(stack, [fhirChange(stack, 'create', patient('flu-3'))]);
  await stack.clock.advance(5 * DAY);
  // A pneumococcal vaccine is not a flu vaccine: the patient stays in the segment and is reminded.
  await emit(stack, [fhirChange(stack, 'create', immunization('flu-3', PNEUMOCOCCAL, stack.clock.now()))]);

  await stack.clock.advance(15 * DAY);

  const messages = await messagesOf(stack, 'flu-3');
  expect(messages.map((message) => [message.step, message.templateId, message.at])).toEqual([
    ['invite', 'flu-vaccine', isoAt(THIRD_START, 0)],
    ['reminder', 'flu-vaccine', isoAt(THIRD_START, 14 * DAY)],
  ]);
  const [execution] = executionsFor(stack, 'influenza-vaccination', 'flu-3');
  expect(execution?.status).toBe('SUCCEEDED');
});
