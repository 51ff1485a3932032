import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients/dynamodb';
import { eventBridge } from '../../lambdas/adapters/aws-clients/eventbridge';
import { SEND_CLIENT_CONFIG } from '../../lambdas/adapters/aws-clients/send-client-config';
import { sesV2 } from '../../lambdas/adapters/aws-clients/ses';
import { smsV2 } from '../../lambdas/adapters/aws-clients/sms';
import { DynamoAddressBook } from '../../lambdas/adapters/dynamodb/address-book';
import { DynamoDeadLetterStore } from '../../lambdas/adapters/dynamodb/dead-letter-store';
import { DynamoIngestionStore } from '../../lambdas/adapters/dynamodb/ingestion-store';
import { DynamoMessageStore } from '../../lambdas/adapters/dynamodb/message-store';
import { DynamoPatientDirectory } from '../../lambdas/adapters/dynamodb/patient-directory';
import { DynamoMembershipStore } from '../../lambdas/adapters/dynamodb/segment-membership-store';
import { MESSAGE_ID_HEADER } from '../../lambdas/adapters/messaging/ses-email-sender';
import { SmsSender } from '../../lambdas/adapters/messaging/sms-sender';
import { DetailType } from '../../lambdas/domain/events/event-names';
import type { PatientFactsChangedDetail } from '../../lambdas/domain/events/event-schemas';
import { queuedVisibilityTimeoutSeconds } from '../../lambdas/domain/events/queued-delivery';
import { messageIdOf } from '../../lambdas/domain/messaging/message';
import { TransientSendError } from '../../lambdas/domain/messaging/ports';
import { CLAIM_LEASE_MS, MessageInFlightError } from '../../lambdas/domain/messaging/send-message';
import type { SendOutcome, SendRequest } from '../../lambdas/domain/messaging/send-ports';
import { FUNCTION_CATALOG } from '../../lambdas/function-catalog';
import { dynamoSegments } from '../../lambdas/handlers/wiring/definition-stores';
import { VirtualClock } from '../../local/clock';
import { installCatalogTemplates } from '../../local/demo/install-templates';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import type { LocalStack } from '../../local/local-stack';
import { smsMessages } from '../../local/outbox/pinpoint-outbox';
import { emitFhirChanges } from '../support/emit';
import {
  anyOf,
  type FaultPlan,
  failMatching,
  faults,
  injectFaults,
  type SdkCall,
  touchesTable,
} from '../support/fault-injection';
import { startTestStack } from '../support/local-stack-for-tests';
import {
  emit,
  executionsForResource,
  fhirChange,
  observationResource,
  patientResource,
  publishCatalogJourney,
  textsTo,
} from './journeys/journey-scenario-support';

/**
 * Faults injected into the real handlers on the local stack (DynamoDB Local, the local bus and its retries, the
 * bulk-import ASL, the SES and SMS outboxes): each fault class ends with nothing lost and nothing done twice.
 * Faults go in front of the SDK clients the handlers build once (`injectFaults`), past the SDK's own retries.
 */
jest.setTimeout(120_000);

// 12:00 in New York: outside every default quiet hour.
const NOON_NEW_YORK = new Date('2026-11-25T17:00:00Z');
const OCCURRED_AT = '2026-11-25T08:00:00Z';

let stack: LocalStack;
let versions: DynamoIngestionStore;
let deadLetters: DynamoDeadLetterStore;
let messages: DynamoMessageStore;
let addressBook: DynamoAddressBook;
let memberships: DynamoMembershipStore;
let directory: DynamoPatientDirectory;
const SEGMENT_ID = 'fault-upcoming-appointment';
const JOURNEY = 'results-available';
const removals: (() => void)[] = [];

/** Faults on every DynamoDB and EventBridge call the handlers make, until the test ends. */
function inject(dynamo: FaultPlan | undefined, events?: FaultPlan): void {
  if (dynamo) removals.push(injectFaults(dynamoDocumentClient(), dynamo));
  if (events) removals.push(injectFaults(eventBridge(), events));
}

beforeAll(async () => {
  stack = await startTestStack({ withFrontDoors: true, clock: new VirtualClock(NOON_NEW_YORK) });
  // The test reads through a client of its own: no fault reaches it.
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb));
  versions = new DynamoIngestionStore(client, stack.tables.patients);
  deadLetters = new DynamoDeadLetterStore(client, stack.tables.platform, 30);
  messages = new DynamoMessageStore(client, stack.tables.messages);
  addressBook = new DynamoAddressBook(client, stack.tables.messages);
  memberships = new DynamoMembershipStore(client, stack.tables.patients);
  directory = new DynamoPatientDirectory(client, stack.tables.patients);
  await installCatalogTemplates(stack, 'fault-injection');
  await activateAppointmentSegment(client);
  await publishCatalogJourney(stack, JOURNEY);
});

afterEach(() => {
  for (const remove of removals.splice(0)) remove();
});

afterAll(async () => {
  await stack?.stop();
});

/** An active segment of the patients with a booked appointment in the next 30 days. */
async function activateAppointmentSegment(client: DynamoDBDocumentClient): Promise<void> {
  const segments = dynamoSegments(client, stack.tables.platform);
  const definition = {
    schemaVersion: 1 as const,
    id: SEGMENT_ID,
    name: 'Booked appointment in the next 30 days',
    description: '',
    criteria: { resource: { type: 'Appointment' as const, status: ['booked' as const], within: { next: 'P30D' } } },
  };
  const at = NOON_NEW_YORK.toISOString();
  await segments.create({
    segmentId: SEGMENT_ID,
    version: 1,
    kind: 'dynamic',
    name: definition.name,
    description: '',
    definition,
    createdAt: at,
    createdBy: 'test',
  });
  const record = await segments.get(SEGMENT_ID);
  expect(await segments.setStatus(record as NonNullable<typeof record>, 'active', 1, at)).toBe('updated');
}

function observation(id: string, patientId: string): fhir4.Observation {
  return {
    resourceType: 'Observation',
    id,
    meta: { versionId: '1', lastUpdated: OCCURRED_AT },
    // Preliminary: the results-available journey (published here) starts on final results only.
    status: 'preliminary',
    code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
    subject: { reference: `Patient/${patientId}` },
    effectiveDateTime: '2026-11-20T09:00:00Z',
    valueQuantity: { value: 7.1, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
  };
}

/** Observations `<prefix>-obs-<n>` for patients `<prefix>-p<n % patients>`: one event each. */
function observationEvents(prefix: string, count: number, patients: number) {
  return Array.from({ length: count }, (_, n) => ({
    action: 'create',
    occurredAt: OCCURRED_AT,
    resource: observation(`${prefix}-obs-${n}`, `${prefix}-p${n % patients}`),
  }));
}

/** Every `Patient Facts Changed` change the bus carried for resources whose id starts with the prefix. */
function announcedChanges(prefix: string): { patientId: string; resourceId: string; revision?: number }[] {
  return stack.bus
    .archived()
    .filter((e) => e['detail-type'] === DetailType.PatientFactsChanged)
    .flatMap((e) => {
      const detail = e.detail as PatientFactsChangedDetail;
      return (detail.changes ?? []).map((c) => ({
        patientId: detail.patientId,
        resourceId: c.resourceId,
        ...(c.revision !== undefined ? { revision: c.revision } : {}),
      }));
    })
    .filter((c) => c.resourceId.startsWith(prefix));
}

async function openDeadLettersFor(prefix: string) {
  return (await deadLetters.list('open', 500)).items.filter((d) => d.resourceId?.startsWith(prefix));
}

/**
 * The outcome every ingestion fault must end in: each resource's version written once (revision 1), projected
 * under its patient and announced, each (resource, revision) announced exactly once, each patient announced,
 * nothing dead-lettered.
 */
async function expectIngestedOnceAndAnnounced(prefix: string, count: number, patients: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const version = await versions.getAppliedVersion({ resourceType: 'Observation', resourceId: `${prefix}-obs-${n}` });
    expect({ n, ...version }).toMatchObject({
      n,
      revision: 1,
      announced: true,
      patientIds: [`${prefix}-p${n % patients}`],
    });
    const projected = await directory.getResource(`${prefix}-p${n % patients}`, 'Observation', `${prefix}-obs-${n}`);
    expect(projected?.id).toBe(`${prefix}-obs-${n}`);
  }
  const announced = announcedChanges(prefix);
  const keys = announced.map((c) => `${c.resourceId}@${c.revision}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.sort()).toEqual(Array.from({ length: count }, (_, n) => `${prefix}-obs-${n}@1`).sort());
  expect(new Set(announced.map((c) => c.patientId)).size).toBe(patients);
  expect(await openDeadLettersFor(prefix)).toEqual([]);
}

/** The conditional put of a resource's version record (the item that carries `pendingPatientIds`). */
const isVersionWrite = (call: SdkCall) =>
  call.command === 'PutItemCommand' &&
  touchesTable(call, stack.tables.patients) &&
  JSON.stringify(call.input).includes('"pendingPatientIds"');
const isVersionRead = (call: SdkCall) =>
  call.command === 'BatchGetItemCommand' && touchesTable(call, stack.tables.patients);
const isFactsAnnouncement = (call: SdkCall) =>
  call.command === 'PutEventsCommand' && JSON.stringify(call.input).includes(DetailType.PatientFactsChanged);

describe('ingestion of FHIR events under faults', () => {
  it('(a) throttled version reads and writes: the failed events are delivered again, each version applied and announced once', async () => {
    const reads = failMatching({ matches: isVersionRead, fault: faults.dynamoThrottled, times: 1 });
    const writes = failMatching({ matches: isVersionWrite, fault: faults.dynamoThroughputExceeded, skip: 2, times: 3 });
    inject(anyOf(reads, writes));

    await emitFhirChanges(stack, observationEvents('thr', 8, 3));

    expect([reads.count(), writes.count()]).toEqual([1, 3]);
    await expectIngestedOnceAndAnnounced('thr', 8, 3);
  });

  it('(b) DynamoDB InternalServerError on writes and EventBridge 503 on the announcement: redelivered until every version is in and announced once', async () => {
    const writes = failMatching({ matches: isVersionWrite, fault: faults.dynamoInternalError, skip: 1, times: 2 });
    const announcement = failMatching({ matches: isFactsAnnouncement, fault: faults.putEventsUnavailable, times: 1 });
    inject(writes, announcement);

    await emitFhirChanges(stack, observationEvents('5xx', 6, 2));

    expect([writes.count(), announcement.count()]).toEqual([2, 1]);
    await expectIngestedOnceAndAnnounced('5xx', 6, 2);
  });

  it('(c) a version write that timed out after it landed: the redelivery re-applies nothing and announces it once', async () => {
    const writes = failMatching({ matches: isVersionWrite, fault: faults.timedOut, skip: 1, times: 2, when: 'after' });
    inject(writes);

    await emitFhirChanges(stack, observationEvents('tmo', 5, 2));

    expect(writes.count()).toBe(2);
    await expectIngestedOnceAndAnnounced('tmo', 5, 2);
  });

  it('(e) a crash between the projection and the announcement: the redelivery announces each patient exactly once', async () => {
    // Every resource of the batch is projected; then the function dies at its announcement, twice.
    const announcement = failMatching({ matches: isFactsAnnouncement, fault: faults.functionTimedOut, times: 2 });
    inject(undefined, announcement);

    await emitFhirChanges(stack, observationEvents('ann', 6, 3));

    expect(announcement.count()).toBe(2);
    await expectIngestedOnceAndAnnounced('ann', 6, 3);
    // One Patient Facts Changed per patient, listing both of the patient's resources.
    const events = stack.bus
      .archived()
      .filter((e) => e['detail-type'] === DetailType.PatientFactsChanged)
      .map((e) => e.detail as PatientFactsChangedDetail)
      .filter((detail) => detail.patientId.startsWith('ann-'));
    expect(events.map((detail) => [detail.patientId, detail.changes?.length]).sort()).toEqual([
      ['ann-p0', 2],
      ['ann-p1', 2],
      ['ann-p2', 2],
    ]);
  });

  it('(f) a function that times out mid-batch: the whole batch comes again, applies the rest, re-applies nothing, announces every patient', async () => {
    // After three version writes the function is gone: every call it would still make fails. The next delivery
    // (a new invocation) starts by reading the batch's version records.
    let writes = 0;
    let dead = false;
    let redeliveries = 0;
    const dying: FaultPlan = (call) => {
      if (dead && isVersionRead(call)) {
        dead = false;
        redeliveries++;
      }
      if (!dead && isVersionWrite(call) && ++writes === 4) dead = true;
      return dead ? { fault: faults.functionTimedOut(), when: 'before' } : undefined;
    };
    inject(dying, dying);

    await emitFhirChanges(stack, observationEvents('mid', 10, 4));

    expect(redeliveries).toBe(1);
    // Four writes by the invocation that died (the fourth failed), seven by the redelivery: none written twice.
    expect(writes).toBe(11);
    await expectIngestedOnceAndAnnounced('mid', 10, 4);
  });
});

/** Lets a queued consumer's queue deliver again what a failed receive left hidden (its visibility timeout). */
async function untilRedelivered(consumer: keyof typeof FUNCTION_CATALOG): Promise<void> {
  await stack.clock.advance(queuedVisibilityTimeoutSeconds(FUNCTION_CATALOG[consumer].timeoutSeconds) * 1000);
}

/** A patient and their booked appointment, which brings them into the segment. */
function patientWithAppointment(patientId: string) {
  const appointment: fhir4.Appointment = {
    resourceType: 'Appointment',
    id: `${patientId}-appt`,
    status: 'booked',
    start: '2026-12-10T14:00:00Z',
    end: '2026-12-10T14:30:00Z',
    participant: [{ actor: { reference: `Patient/${patientId}` }, status: 'accepted' }],
  };
  return [
    {
      action: 'create',
      occurredAt: OCCURRED_AT,
      resource: patientResource({ id: patientId, email: `${patientId}@example.org` }),
    },
    { action: 'create', occurredAt: OCCURRED_AT, resource: appointment },
  ];
}

/** The segment entries announced for the patient (`Segment Membership Changed`). */
function entriesAnnounced(patientId: string): number {
  return stack.bus
    .archived()
    .filter((e) => e['detail-type'] === DetailType.SegmentMembershipChanged)
    .map((e) => e.detail as { patientId: string; entered: string[] })
    .filter((d) => d.patientId === patientId && d.entered.includes(SEGMENT_ID)).length;
}

/**
 * The patient is a member once and nothing is dead-lettered. The entry is announced once, or — when two
 * evaluations of the patient overlap (a Patient Facts Changed delivered twice) — at least once: both may see
 * the entry unannounced and publish it; consumers are idempotent (enrolment starts a deterministic run name).
 */
async function expectEnteredOnce(patientId: string, announcements: 'once' | 'at-least-once' = 'once'): Promise<void> {
  expect((await memberships.load(patientId)).state.memberships.map((m) => m.segmentId)).toEqual([SEGMENT_ID]);
  if (announcements === 'once') expect(entriesAnnounced(patientId)).toBe(1);
  else expect(entriesAnnounced(patientId)).toBeGreaterThanOrEqual(1);
  expect((await deadLetters.list('open', 500)).items.filter((d) => JSON.stringify(d).includes(patientId))).toEqual([]);
}

const isMembershipWrite = (call: SdkCall) =>
  call.command === 'TransactWriteItemsCommand' &&
  touchesTable(call, stack.tables.patients) &&
  JSON.stringify(call.input).includes(SEGMENT_ID);
const isMembershipAnnouncement = (call: SdkCall) =>
  call.command === 'PutEventsCommand' && JSON.stringify(call.input).includes(DetailType.SegmentMembershipChanged);
const isAnnouncementMark = (call: SdkCall) =>
  call.command === 'PutItemCommand' &&
  touchesTable(call, stack.tables.patients) &&
  JSON.stringify(call.input).includes('"announcedAt"');

describe('segment re-evaluation under faults', () => {
  it('(a) a throttled membership write: the queue delivers Patient Facts Changed again and the patient enters once', async () => {
    const writes = failMatching({ matches: isMembershipWrite, fault: faults.dynamoThrottled, times: 1 });
    inject(writes);

    await emitFhirChanges(stack, patientWithAppointment('seg-thr'));
    await untilRedelivered('evaluatePatientSegments');

    expect(writes.count()).toBe(1);
    await expectEnteredOnce('seg-thr');
  });

  it('(b)/(e) membership written, then Segment Membership Changed meets a 503: the redelivery announces the entry once', async () => {
    const announcement = failMatching({
      matches: isMembershipAnnouncement,
      fault: faults.putEventsUnavailable,
      times: 1,
    });
    inject(undefined, announcement);

    await emitFhirChanges(stack, patientWithAppointment('seg-5xx'));
    await untilRedelivered('evaluatePatientSegments');

    expect(announcement.count()).toBe(1);
    await expectEnteredOnce('seg-5xx');
  });

  it('(e) a crash after Patient Facts Changed went out, before its mark: announced again (at least once), a member once', async () => {
    const marks = failMatching({ matches: isAnnouncementMark, fault: faults.functionTimedOut, times: 1 });
    inject(marks);

    await emitFhirChanges(stack, patientWithAppointment('seg-mark'));

    expect(marks.count()).toBe(1);
    expect(announcedChanges('seg-mark-appt').length).toBe(2);
    await expectEnteredOnce('seg-mark', 'at-least-once');
  });
});

describe('a journey under faults', () => {
  let runs = 0;

  it.each([
    [
      '(a) SMS ThrottlingException',
      'sms' as const,
      failMatching({
        matches: () => true,
        fault: faults.smsThrottled,
        times: 1,
      }),
    ],
    [
      '(b) DynamoDB InternalServerError on the claim',
      'dynamo' as const,
      failMatching({ matches: (call) => isClaim(call), fault: faults.dynamoInternalError, times: 1 }),
    ],
  ])(
    '%s at the send step: the state machine retries the step, texts the patient once, and the run succeeds',
    async (_name, client, plan) => {
      const n = ++runs;
      const phone = `+1617555900${n}`;
      const patient = patientResource({ id: `jrn-${n}`, phone });
      const effective = stack.clock.now();
      const result = observationResource({ id: `jrn-obs-${n}`, patientId: `jrn-${n}`, status: 'final', effective });
      removals.push(injectFaults(clientOf(client), plan));

      await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', result)]);

      expect(plan.count()).toBe(1);
      expect(textsTo(stack, phone)).toHaveLength(1);
      const runsOfResult = executionsForResource(stack, JOURNEY, { resourceType: 'Observation', id: `jrn-obs-${n}` });
      expect(runsOfResult.map((run) => run.status)).toEqual(['SUCCEEDED']);
    },
  );
});

describe('bulk import under faults', () => {
  it('(f) a file task that dies mid-file is retried by the workflow: every line applied once, every patient announced', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fault-import-'));
    const lines = observationEvents('blk', 30, 5).map((event) => JSON.stringify(event.resource));
    writeFileSync(join(folder, 'Observation.000.ndjson'), `${lines.join('\n')}\n`);
    const writes = failMatching({
      matches: isVersionWrite,
      fault: faults.dynamoThroughputExceeded,
      skip: 12,
      times: 1,
    });
    inject(writes);

    const summary = await stack.bulkImport(folder, { jobId: 'fault-import' });

    expect(writes.count()).toBe(1);
    expect(summary).toMatchObject({ status: 'completed', filesFailed: 0, accepted: 30, applied: 30, unchanged: 0 });
    await expectIngestedOnceAndAnnounced('blk', 30, 5);
    rmSync(folder, { recursive: true, force: true });
  });
});

type SendChannel = 'sms' | 'email';
let recipients = 0;

/**
 * A staff send of the flu reminder on one channel to a patient of its own (so no frequency cap is shared between
 * tests), as the send function receives it.
 */
async function sendRequest(channel: SendChannel): Promise<SendRequest> {
  const n = ++recipients;
  const patientId = `send-${n}`;
  const contact =
    channel === 'sms' ? { phone: `+1617555${String(n).padStart(4, '0')}` } : { email: `kofi.mensah.${n}@example.org` };
  const patient = patientResource({ id: patientId, givenName: 'Kofi', ...contact });
  await emitFhirChanges(stack, [{ action: 'update', occurredAt: OCCURRED_AT, resource: patient }]);
  return {
    patientId,
    cause: { kind: 'staff', requestId: `fault-send-${n}` },
    templateId: 'flu-vaccine',
    intent: { topic: 'care-gaps', channels: [channel], fallback: false, quietHours: 'defer' },
  };
}

/** One invocation of the send function: its answer, or the error it threw (for its caller to retry). */
function attemptSend(request: SendRequest): Promise<SendOutcome | Error> {
  return stack.sendMessage(request).catch((error: Error) => error);
}

/** What the providers' outboxes hold for the message: each is one message a patient receives. */
async function providerCopies(channel: SendChannel, messageId: string): Promise<number> {
  if (channel === 'sms') return smsMessages(stack.smsAndPushOutbox).filter((m) => m.messageId === messageId).length;
  const store = (await (await fetch(`${stack.endpoints.ses}/store`)).json()) as {
    emails: { headers?: { name: string; value: string }[] }[];
  };
  return store.emails.filter((email) =>
    email.headers?.some((h) => h.name === MESSAGE_ID_HEADER && h.value === messageId),
  ).length;
}

async function lastMessageOfAddress(messageId: string): Promise<string | undefined> {
  const key = (await messages.get(messageId))?.addressKey;
  if (!key) return undefined;
  return (await addressBook.statusOf([key])).get(key)?.lastMessage?.messageId;
}

const isClaim = (call: SdkCall) =>
  call.command === 'TransactWriteItemsCommand' && touchesTable(call, stack.tables.messages);
const isAddressNote = (call: SdkCall) =>
  call.command === 'UpdateItemCommand' && JSON.stringify(call.input).includes('lastMessage');
const isSettledSent = (call: SdkCall) =>
  call.command === 'UpdateItemCommand' &&
  touchesTable(call, stack.tables.messages) &&
  JSON.stringify(call.input).includes('providerMessageId');

type FaultedClient = 'dynamo' | 'ses' | 'sms';
const clientOf = (client: FaultedClient) =>
  client === 'dynamo' ? dynamoDocumentClient() : client === 'ses' ? sesV2() : smsV2();

/** Faults the provider certainly did not act on (or that came before it was called): the DynamoDB ones hit the claim. */
const NOT_SENT: [string, SendChannel, FaultedClient, () => Error][] = [
  ['(a) SES TooManyRequestsException', 'email', 'ses', faults.sesTooManyRequests],
  ['(a) SMS ThrottlingException', 'sms', 'sms', faults.smsThrottled],
  ['(a) DynamoDB ProvisionedThroughputExceeded on the claim', 'sms', 'dynamo', faults.dynamoThroughputExceeded],
  ['(b) SES 503 ServiceUnavailable', 'email', 'ses', faults.sesUnavailable],
  ['(b) SMS InternalServerException', 'sms', 'sms', faults.smsInternalError],
  ['(b) DynamoDB InternalServerError on the claim', 'sms', 'dynamo', faults.dynamoInternalError],
];

/** Faults after the provider accepted the message: the provider's answer lost, or the function dead before the log. */
const AFTER_ACCEPTANCE: [
  string,
  SendChannel,
  FaultedClient,
  (call: SdkCall) => boolean,
  () => Error,
  'before' | 'after',
][] = [
  ['(c) the SMS call times out after the provider accepted it', 'sms', 'sms', () => true, faults.timedOut, 'after'],
  [
    '(d) the function dies between the acceptance and the address note',
    'sms',
    'dynamo',
    (call) => isAddressNote(call),
    faults.functionTimedOut,
    'before',
  ],
  [
    '(d) the function dies between the address note and settling the record sent',
    'email',
    'dynamo',
    (call) => isSettledSent(call),
    faults.functionTimedOut,
    'before',
  ],
];

describe('the send path under faults', () => {
  it.each(NOT_SENT)(
    '%s: the attempt throws to be retried, and the retry sends exactly once',
    async (_name, channel, client, fault) => {
      const request = await sendRequest(channel);
      const messageId = messageIdOf(request.patientId, request.cause);
      const plan = failMatching({ matches: (call) => client !== 'dynamo' || isClaim(call), fault, times: 1 });
      removals.push(injectFaults(clientOf(client), plan));

      const first = await attemptSend(request);
      const retry = await attemptSend(request);
      const again = await attemptSend(request);

      expect(plan.count()).toBe(1);
      expect(first).toBeInstanceOf(Error);
      expect(retry).toMatchObject({ messageId, outcome: 'sent', duplicate: false });
      expect(again).toMatchObject({ messageId, outcome: 'sent', duplicate: true });
      expect(await providerCopies(channel, messageId)).toBe(1);
      expect(await lastMessageOfAddress(messageId)).toBe(messageId);
    },
  );

  it.each(AFTER_ACCEPTANCE)(
    '%s: in flight for the lease, then in doubt (claim sweeper) until the receipt, never sent twice, the address noted',
    async (_name, channel, client, matches, fault, when) => {
      const request = await sendRequest(channel);
      const messageId = messageIdOf(request.patientId, request.cause);
      const plan = failMatching({ matches, fault, times: 1, when });
      removals.push(injectFaults(clientOf(client), plan));

      const first = await attemptSend(request);
      const withinLease = await attemptSend(request);
      // The claim sweeper runs on the schedule of ResumeDeferredSends: every tick of the local clock.
      await stack.clock.advance(CLAIM_LEASE_MS + 60_000);
      const afterLease = await attemptSend(request);

      expect(plan.count()).toBe(1);
      expect(first).toBeInstanceOf(Error);
      expect(withinLease).toBeInstanceOf(MessageInFlightError);
      // The sweeper settled it in doubt; the delivery receipt that came next proved the provider took it.
      expect(afterLease).toMatchObject({ messageId, outcome: 'sent', duplicate: true });
      expect((await messages.get(messageId))?.events.map((e) => e.status)).toEqual(['in-doubt', 'delivered']);
      expect(await providerCopies(channel, messageId)).toBe(1);
      expect(await lastMessageOfAddress(messageId)).toBe(messageId);
    },
  );

  it('(a) the provider throttled and the release of the claim throttled too: never sent twice, in doubt (visible), not sent', async () => {
    const request = await sendRequest('sms');
    const messageId = messageIdOf(request.patientId, request.cause);
    const provider = failMatching({ matches: () => true, fault: faults.smsThrottled, times: 1 });
    const release = failMatching({
      matches: (call) => call.command === 'UpdateItemCommand' && JSON.stringify(call.input).includes('"retrying"'),
      fault: faults.dynamoThrottled,
      times: 1,
    });
    removals.push(injectFaults(smsV2(), provider), injectFaults(dynamoDocumentClient(), release));

    const first = await attemptSend(request);
    const withinLease = await attemptSend(request);
    await stack.clock.advance(CLAIM_LEASE_MS + 60_000);
    const afterLease = await attemptSend(request);

    expect([provider.count(), release.count()]).toEqual([1, 1]);
    expect(first).toBeInstanceOf(Error);
    // The claim could not be released, so nothing tells it apart from a send that may have gone out.
    expect(withinLease).toBeInstanceOf(MessageInFlightError);
    expect(afterLease).toMatchObject({ messageId, outcome: 'in-doubt', duplicate: true });
    expect((await messages.get(messageId))?.events.map((e) => e.status)).toEqual(['in-doubt']);
    expect(await providerCopies('sms', messageId)).toBe(0);
  });

  it('(c) a provider that takes the request and never answers: the sender gives up well within the send functions’ time-out, as a send that may have gone out', async () => {
    // Otherwise the function times out instead (SMS has no socket time-out, SES one of 5 minutes): a journey's
    // send step then fails on a Lambda time-out, which no Retrier lists, instead of going on in doubt.
    const functionTimeoutMs =
      Math.min(FUNCTION_CATALOG.sendMessage.timeoutSeconds, FUNCTION_CATALOG.sendJourneyMessage.timeoutSeconds) * 1000;
    expect(SEND_CLIENT_CONFIG.requestHandler?.requestTimeout).toBeLessThanOrEqual(functionTimeoutMs / 2);
    const silent = createServer((request) => request.resume());
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    const { port } = silent.address() as { port: number };
    // The production configuration, with a short time-out so that the test does not wait for the real one.
    const client = new PinpointSMSVoiceV2Client({
      ...SEND_CLIENT_CONFIG,
      requestHandler: { ...SEND_CLIENT_CONFIG.requestHandler, requestTimeout: 300 },
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const sender = new SmsSender(client, { originationIdentity: 'pool-local', configurationSetName: 'outreach-sms' });

    const answer = await Promise.race([
      sender
        .send({
          messageId: 'msg-silent',
          patientId: 'p-silent',
          topic: 'care-gaps',
          to: { channel: 'sms', address: '+16175550999', addressKey: 'ak-silent' },
          rendered: { channel: 'sms', text: 'Your flu shot is due', encoding: 'GSM-7', segments: 1 },
          at: stack.clock.now(),
        })
        .catch((error: unknown) => error),
      new Promise((waited) => setTimeout(() => waited('still waiting after 5 s'), 5_000)),
    ]);
    silent.closeAllConnections();
    silent.close();

    expect(answer).toBeInstanceOf(TransientSendError);
    expect(answer).toMatchObject({ mayHaveBeenAccepted: true });
  });

  it('(c) a DynamoDB write that timed out after it landed (the record settled sent): the retry answers sent, nothing twice', async () => {
    const request = await sendRequest('sms');
    const messageId = messageIdOf(request.patientId, request.cause);
    const settle = failMatching({ matches: isSettledSent, fault: faults.timedOut, times: 1, when: 'after' });
    removals.push(injectFaults(dynamoDocumentClient(), settle));

    const first = await attemptSend(request);
    const retry = await attemptSend(request);

    expect(settle.count()).toBe(1);
    expect(first).toBeInstanceOf(Error);
    expect(retry).toMatchObject({ messageId, outcome: 'sent', duplicate: true });
    expect(await providerCopies('sms', messageId)).toBe(1);
    expect(await lastMessageOfAddress(messageId)).toBe(messageId);
  });
});

describe('delivery feedback under faults', () => {
  it('(a) a throttled status write for an SES delivery event: the queue delivers it again, the message is delivered once', async () => {
    await stack.deliverFeedback();
    const request = await sendRequest('email');
    const messageId = messageIdOf(request.patientId, request.cause);
    expect(await attemptSend(request)).toMatchObject({ messageId, outcome: 'sent' });
    const statusWrite = failMatching({
      matches: (call) =>
        call.command === 'UpdateItemCommand' &&
        touchesTable(call, stack.tables.messages) &&
        JSON.stringify(call.input).includes('"delivered"'),
      fault: faults.dynamoThrottled,
      times: 1,
    });
    inject(statusWrite);

    await stack.deliverFeedback();
    await untilRedelivered('recordEmailFeedback');

    expect(statusWrite.count()).toBe(1);
    expect((await messages.get(messageId))?.events.map((e) => e.status)).toEqual(['sent', 'delivered']);
    expect((await deadLetters.list('open', 500)).items.filter((d) => JSON.stringify(d).includes(messageId))).toEqual(
      [],
    );
  });
});
