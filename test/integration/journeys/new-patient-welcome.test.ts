import type { LocalStack } from '../../../local/local-stack';
import {
  DAY,
  emailFor,
  emit,
  encounterResource,
  executionsFor,
  fhirChange,
  HOUR,
  messageLog,
  messagesOf,
  patientResource,
  segmentsOf,
  startJourneyStack,
  textsTo,
} from './journey-scenario-support';

jest.setTimeout(60_000);

const JOURNEY = 'new-patient-welcome';
const WELCOME = { step: 'welcome-email', channel: 'email', templateId: 'new-patient-welcome', status: 'sent' };

let stack: LocalStack;

beforeAll(async () => {
  // Noon in New York.
  stack = await startJourneyStack(new Date('2026-11-25T17:00:00Z'), { journeys: [JOURNEY], withSegments: true });
});

afterAll(async () => {
  await stack?.stop();
});

function encounterOf(
  patientId: string,
  id: string,
  status: 'finished' | 'planned' | 'entered-in-error',
  ago = 2 * HOUR,
) {
  return encounterResource({
    id,
    patientId,
    status,
    start: new Date(stack.clock.now().getTime() - ago),
    versionId: '1',
  });
}

it('a first encounter gets the welcome email at once, by email only', async () => {
  const patient = patientResource({ id: 'np-first', givenName: 'Cy', phone: '+16175550401', email: 'cy@example.org' });
  const now = stack.clock.now().toISOString();

  await emit(stack, [
    fhirChange(stack, 'create', patient),
    fhirChange(stack, 'create', encounterOf('np-first', 'enc-np-first', 'finished')),
  ]);
  await stack.clock.advance(HOUR);

  expect(await messagesOf(stack, 'np-first')).toEqual([{ ...WELCOME, at: now }]);
  expect(executionsFor(stack, JOURNEY, 'np-first').map((execution) => execution.status)).toEqual(['SUCCEEDED']);
  const [message] = await messageLog(stack, 'np-first');
  const email = await emailFor(stack, message?.messageId as string);
  expect(email?.destination?.to).toEqual(['cy@example.org']);
  expect(email?.body?.text).toContain('Hi Cy,');
  expect(textsTo(stack, '+16175550401')).toEqual([]);
});

it('a patient seen more than 30 days ago is not new and gets nothing', async () => {
  const patient = patientResource({ id: 'np-known', email: 'known@example.org' });

  await emit(stack, [
    fhirChange(stack, 'create', patient),
    fhirChange(stack, 'create', encounterOf('np-known', 'enc-np-known-old', 'finished', 400 * DAY)),
    fhirChange(stack, 'create', encounterOf('np-known', 'enc-np-known-new', 'finished')),
  ]);
  await stack.clock.advance(HOUR);

  expect(executionsFor(stack, JOURNEY, 'np-known')).toEqual([]);
  expect(await messagesOf(stack, 'np-known')).toEqual([]);
});

it('a planned encounter does not make a patient new', async () => {
  const patient = patientResource({ id: 'np-planned', email: 'planned@example.org' });

  await emit(stack, [
    fhirChange(stack, 'create', patient),
    fhirChange(stack, 'create', encounterOf('np-planned', 'enc-np-planned', 'planned', -2 * DAY)),
  ]);
  await stack.clock.advance(HOUR);

  expect(executionsFor(stack, JOURNEY, 'np-planned')).toEqual([]);
  expect(await messagesOf(stack, 'np-planned')).toEqual([]);
});

it('a new patient without an email address is logged as skipped, not sent', async () => {
  const patient = patientResource({ id: 'np-no-email', phone: '+16175550402' });
  const now = stack.clock.now().toISOString();

  await emit(stack, [
    fhirChange(stack, 'create', patient),
    fhirChange(stack, 'create', encounterOf('np-no-email', 'enc-np-no-email', 'finished')),
  ]);
  await stack.clock.advance(HOUR);

  const log = await messageLog(stack, 'np-no-email');
  expect(log.map(({ templateId, status, reason, createdAt }) => ({ templateId, status, reason, createdAt }))).toEqual([
    { templateId: 'new-patient-welcome', status: 'skipped', reason: 'no-contact-point', createdAt: now },
  ]);
  expect(textsTo(stack, '+16175550402')).toEqual([]);
});

it('is sent once: a patient who looks new again later is not welcomed twice', async () => {
  const patient = patientResource({ id: 'np-once', email: 'once@example.org' });
  const welcomed = stack.clock.now().toISOString();
  const first = encounterOf('np-once', 'enc-np-once-1', 'finished');
  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', first)]);
  await stack.clock.advance(40 * DAY);
  expect(await segmentsOf(stack, 'np-once')).not.toContain('new-patients-30d');

  // The first encounter turns out to be an error; a new first encounter makes the patient new again.
  await emit(stack, [
    fhirChange(stack, 'update', { ...first, meta: { versionId: '2' }, status: 'entered-in-error' }),
    fhirChange(stack, 'create', encounterOf('np-once', 'enc-np-once-2', 'finished')),
  ]);
  await stack.clock.advance(HOUR);

  expect(await segmentsOf(stack, 'np-once')).toContain('new-patients-30d');
  expect(await messagesOf(stack, 'np-once')).toEqual([{ ...WELCOME, at: welcomed }]);
  expect(executionsFor(stack, JOURNEY, 'np-once')).toHaveLength(1);
});
