import type * as fhir4 from 'fhir/r4';
import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients/dynamodb';
import { DynamoAddressBook } from '../../lambdas/adapters/dynamodb/address-book';
import { readConfig } from '../../lambdas/config/config';
import { TIMEZONE_EXTENSION_URL } from '../../lambdas/domain/fhir/facts';
import { addressKeysUnder } from '../../lambdas/domain/messaging/policy/address-key';
import { VirtualClock } from '../../local/clock';
import { installCatalogTemplates } from '../../local/demo/install-templates';
import type { LocalStack } from '../../local/local-stack';
import { legacyAddressKeyOf } from '../../local/migrations/rekey-address-book';
import { rekeyStoredAddressBook } from '../../local/migrations/run-address-book-rekeying';
import { emitFhirChanges } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';

/** The one-off migration on the local stack: DynamoDB Local, the stack's own secret, the real send path after. */
jest.setTimeout(120_000);

const NOON_NEW_YORK = new Date('2026-11-25T17:00:00Z');
const MOBILE = '+16175550177';
const EMAIL = 'rekeyed@example.org';
const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'rekey-1',
  name: [{ family: 'Okafor', given: ['Ada'] }],
  telecom: [
    { system: 'phone', use: 'mobile', value: MOBILE },
    { system: 'email', value: EMAIL },
  ],
  extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'America/New_York' }],
};

let stack: LocalStack;
let book: DynamoAddressBook;

beforeAll(async () => {
  stack = await startTestStack({ withFrontDoors: true, clock: new VirtualClock(NOON_NEW_YORK) });
  await installCatalogTemplates(stack, 'test');
  await emitFhirChanges(stack, [{ action: 'update', resource: patient, occurredAt: '2026-11-25T08:00:00Z' }]);
  book = new DynamoAddressBook(dynamoDocumentClient(), stack.tables.messages);
});

afterAll(async () => {
  await stack?.stop();
});

it('moves a STOP and a bounce recorded under the old keys to the new ones, so the send path honours them again', async () => {
  const newKeyOf = addressKeysUnder(stack.messaging.addressKeySecret);
  await book.optOut(legacyAddressKeyOf('sms', MOBILE), 'inbound-sms', '2026-06-01T00:00:00.000Z', 'STOP');
  await book.suppress(legacyAddressKeyOf('email', EMAIL), 'hard-bounce', '2026-06-02T00:00:00.000Z', 'msg-old');
  await book.noteSent(legacyAddressKeyOf('email', EMAIL), 'msg-older', 'rekey-1', '2026-06-02T00:00:00.000Z');
  // Written by the platform under the new key before the migration ran: the older copy must not replace it.
  await book.noteSent(newKeyOf('email', EMAIL), 'msg-newer', 'rekey-1', '2026-11-20T00:00:00.000Z');

  const totals = await rekeyStoredAddressBook(readConfig(), { deleteOld: true, now: NOON_NEW_YORK });

  expect(totals).toMatchObject({ rekeyed: 2, deleted: 2 });
  const statuses = await book.statusOf([
    newKeyOf('sms', MOBILE),
    newKeyOf('email', EMAIL),
    legacyAddressKeyOf('sms', MOBILE),
    legacyAddressKeyOf('email', EMAIL),
  ]);
  expect([...statuses.keys()].sort()).toEqual([newKeyOf('sms', MOBILE), newKeyOf('email', EMAIL)].sort());
  expect(statuses.get(newKeyOf('email', EMAIL))).toMatchObject({
    suppressed: { reason: 'hard-bounce' },
    lastMessage: { messageId: 'msg-newer' },
  });
  const sms = await stack.sendMessage({
    patientId: 'rekey-1',
    cause: { kind: 'staff', requestId: 'rekey-sms' },
    templateId: 'appointment-reminder-sms',
    intent: { topic: 'appointment-reminders', channels: ['sms'], fallback: false, quietHours: 'defer' },
  });
  expect(sms).toMatchObject({ outcome: 'skipped', reason: 'address-opted-out' });
});
