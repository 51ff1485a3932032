import * as pinpointErrors from '@aws-sdk/client-pinpoint';
import { PinpointClient, SendMessagesCommand } from '@aws-sdk/client-pinpoint';
import * as smsErrors from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import * as sesErrors from '@aws-sdk/client-sesv2';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import type * as fhir4 from 'fhir/r4';
import { PushSender } from '../../../lambdas/adapters/messaging/push-sender';
import { SesEmailSender } from '../../../lambdas/adapters/messaging/ses-email-sender';
import { SmsSender } from '../../../lambdas/adapters/messaging/sms-sender';
import { TIMEZONE_EXTENSION_URL } from '../../../lambdas/domain/fhir/facts';
import { messageIdOf } from '../../../lambdas/domain/messaging/message';
import { TransientSendError } from '../../../lambdas/domain/messaging/ports';
import {
  CHANNEL_GIVE_UP_MS,
  CHANNEL_RETRY_MS,
  CLAIM_LEASE_MS,
  MessageInFlightError,
  sendMessage,
} from '../../../lambdas/domain/messaging/send-message';
import type { SendOutcome, SendRequest } from '../../../lambdas/domain/messaging/send-ports';
import { InMemoryPreferenceStore } from '../../support/in-memory-preferences';
import { InMemoryAddressBook, InMemoryMessageOutbox } from '../../support/messaging-fakes';
import { sendDependencies, TestClock } from '../../support/send-harness';

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const sesClient = new SESv2Client({ region: 'us-east-1', credentials });
const smsClient = new PinpointSMSVoiceV2Client({ region: 'us-east-1', credentials });
const pushClient = new PinpointClient({ region: 'us-east-1', credentials });
const ses = mockClient(sesClient);
const sms = mockClient(smsClient);
const pinpoint = mockClient(pushClient);

const TOKEN = 'device-token-1';
// 15:00 in New York: outside every default quiet hour.
const AFTERNOON_NY = Date.parse('2026-03-10T19:00:00Z');

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ given: ['Ana'], family: 'Diaz' }],
  telecom: [
    { system: 'phone', use: 'mobile', value: '+1 617 555 0101' },
    { system: 'email', value: 'ana@example.org' },
  ],
  extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'America/New_York' }],
};

type FaultChannel = 'email' | 'sms' | 'push';

function setup(channel: FaultChannel) {
  const clock = new TestClock(AFTERNOON_NY);
  const outbox = new InMemoryMessageOutbox();
  const addressBook = new InMemoryAddressBook();
  const deps = sendDependencies({
    patients: new Map([['p1', patient]]),
    devices: new Map([
      ['p1', [{ deviceId: 'd1', platform: 'GCM', token: TOKEN, registeredAt: '2026-01-01T00:00:00Z' }]],
    ]),
    preferences: new InMemoryPreferenceStore(),
    clock,
    outbox,
    addressBook,
    senders: {
      email: new SesEmailSender(sesClient, {
        fromAddress: 'no-reply@riverside.example.org',
        configurationSetName: 'outreach',
      }),
      sms: new SmsSender(smsClient, { originationIdentity: 'pool-1', configurationSetName: 'outreach' }),
      push: new PushSender(pushClient, { applicationId: 'app-1' }),
    },
  });
  const request: SendRequest = {
    patientId: 'p1',
    cause: { kind: 'journey', journeyId: 'j1', journeyVersion: 1, executionId: 'exec-1', stepId: 'flu' },
    templateId: 'flu-vaccine',
    intent: { topic: 'care-gaps', channels: [channel], fallback: false, quietHours: 'defer' },
  };
  const messageId = messageIdOf('p1', request.cause);
  return {
    deps,
    clock,
    request,
    record: () => outbox.records.get(messageId),
    addressStatus: () => addressBook.statuses.get(outbox.records.get(messageId)?.addressKey ?? ''),
    providerCalls: () =>
      channel === 'email'
        ? ses.commandCalls(SendEmailCommand).length
        : channel === 'sms'
          ? sms.commandCalls(SendTextMessageCommand).length
          : pinpoint.commandCalls(SendMessagesCommand).length,
  };
}

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, requestId: 'req-1' } });
const timeout = () => Object.assign(new Error('socket hang up after 5000 ms'), { name: 'TimeoutError' });
const serviceUnavailable = () =>
  new sesErrors.SESv2ServiceException({
    name: 'ServiceUnavailable',
    $fault: 'server',
    message: 'unavailable',
    ...meta(503),
  });
const pushResult = (DeliveryStatus: string, StatusCode: number) => ({
  MessageResponse: { ApplicationId: 'app-1', Result: { [TOKEN]: { DeliveryStatus, StatusCode } } },
});

/** How the provider answered the first call: an error thrown by the SDK, or a response (push per-address results). */
type Answer = { readonly rejects: Error } | { readonly resolves: object };

function answerFirstCallWith(channel: FaultChannel, answer: Answer) {
  const success =
    channel === 'push'
      ? {
          MessageResponse: {
            ApplicationId: 'app-1',
            Result: { [TOKEN]: { DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'push-2' } },
          },
        }
      : { MessageId: `${channel}-2` };
  const stub =
    channel === 'email'
      ? ses.on(SendEmailCommand)
      : channel === 'sms'
        ? sms.on(SendTextMessageCommand)
        : pinpoint.on(SendMessagesCommand);
  if ('rejects' in answer) stub.rejectsOnce(answer.rejects).resolves(success as never);
  else stub.resolvesOnce(answer.resolves as never).resolves(success as never);
}

/** The channel stays down: every call gets the same answer. */
function answerEveryCallWith(channel: FaultChannel, answer: Answer) {
  const stub =
    channel === 'email'
      ? ses.on(SendEmailCommand)
      : channel === 'sms'
        ? sms.on(SendTextMessageCommand)
        : pinpoint.on(SendMessagesCommand);
  if ('rejects' in answer) stub.rejects(answer.rejects);
  else stub.resolves(answer.resolves as never);
}

const NOT_ACCEPTED: [FaultChannel, string, () => Answer][] = [
  [
    'email',
    'TooManyRequestsException',
    () => ({ rejects: new sesErrors.TooManyRequestsException({ message: 'slow down', ...meta(429) }) }),
  ],
  ['email', 'a 503', () => ({ rejects: serviceUnavailable() })],
  [
    'sms',
    'ThrottlingException',
    () => ({ rejects: new smsErrors.ThrottlingException({ message: 'slow down', ...meta(429) }) }),
  ],
  [
    'sms',
    'InternalServerException',
    () => ({ rejects: new smsErrors.InternalServerException({ message: 'oops', ...meta(500) }) }),
  ],
  [
    'push',
    'TooManyRequestsException',
    () => ({ rejects: new pinpointErrors.TooManyRequestsException({ message: 'slow down', ...meta(429) }) }),
  ],
  [
    'push',
    'InternalServerErrorException',
    () => ({ rejects: new pinpointErrors.InternalServerErrorException({ message: 'oops', ...meta(500) }) }),
  ],
  ['push', 'a TEMPORARY_FAILURE result', () => ({ resolves: pushResult('TEMPORARY_FAILURE', 503) })],
];

const REFUSED: [FaultChannel, string, () => Answer, 'invalid-address' | 'suppressed' | 'address-opted-out', object][] =
  [
    [
      'email',
      'BadRequestException (illegal address)',
      () => ({ rejects: new sesErrors.BadRequestException({ message: 'Illegal address', ...meta(400) }) }),
      'invalid-address',
      { suppressed: expect.objectContaining({ reason: 'invalid-address' }) },
    ],
    [
      'email',
      'MessageRejected (suppression list)',
      () => ({
        rejects: new sesErrors.MessageRejected({ message: 'Address is on the suppression list', ...meta(400) }),
      }),
      'suppressed',
      { suppressed: expect.objectContaining({ reason: 'provider-suppressed' }) },
    ],
    [
      'sms',
      'ValidationException on DestinationPhoneNumber',
      () => ({
        rejects: new smsErrors.ValidationException({
          message: 'invalid',
          Reason: 'INVALID_PARAMETER',
          Fields: [{ Name: 'DestinationPhoneNumber', Message: 'not a number' }],
          ...meta(400),
        }),
      }),
      'invalid-address',
      { suppressed: expect.objectContaining({ reason: 'invalid-address' }) },
    ],
    [
      'sms',
      'ConflictException DESTINATION_PHONE_NUMBER_OPTED_OUT',
      () => ({
        rejects: new smsErrors.ConflictException({
          message: 'opted out',
          Reason: 'DESTINATION_PHONE_NUMBER_OPTED_OUT',
          ...meta(409),
        }),
      }),
      'address-opted-out',
      { optedOut: expect.objectContaining({ source: 'provider' }) },
    ],
    [
      'push',
      'a PERMANENT_FAILURE result (dead token)',
      () => ({ resolves: pushResult('PERMANENT_FAILURE', 410) }),
      'invalid-address',
      { suppressed: expect.objectContaining({ reason: 'invalid-address' }) },
    ],
    [
      'push',
      'an OPT_OUT result',
      () => ({ resolves: pushResult('OPT_OUT', 400) }),
      'address-opted-out',
      { optedOut: expect.objectContaining({ source: 'provider' }) },
    ],
  ];

const CHANNEL_DOWN: [FaultChannel, string, () => Answer][] = [
  [
    'email',
    'SendingPausedException',
    () => ({ rejects: new sesErrors.SendingPausedException({ message: 'paused', ...meta(400) }) }),
  ],
  [
    'email',
    'AccountSuspendedException',
    () => ({ rejects: new sesErrors.AccountSuspendedException({ message: 'suspended', ...meta(400) }) }),
  ],
  [
    'email',
    'MessageRejected (sandbox: recipient not verified)',
    () => ({ rejects: new sesErrors.MessageRejected({ message: 'Email address is not verified.', ...meta(400) }) }),
  ],
  [
    'sms',
    'ServiceQuotaExceededException (spend limit)',
    () => ({
      rejects: new smsErrors.ServiceQuotaExceededException({
        message: 'limit',
        Reason: 'MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT',
        ...meta(402),
      }),
    }),
  ],
  [
    'sms',
    'ValidationException COUNTRY_NOT_ENABLED',
    () => ({
      rejects: new smsErrors.ValidationException({ message: 'country', Reason: 'COUNTRY_NOT_ENABLED', ...meta(400) }),
    }),
  ],
  [
    'push',
    'ForbiddenException',
    () => ({ rejects: new pinpointErrors.ForbiddenException({ message: 'no', ...meta(403) }) }),
  ],
  [
    'push',
    'a PERMANENT_FAILURE result with 403 (platform credentials)',
    () => ({ resolves: pushResult('PERMANENT_FAILURE', 403) }),
  ],
];

const CONTENT: [FaultChannel, string, () => Answer][] = [
  [
    'email',
    'MessageRejected (content)',
    () => ({ rejects: new sesErrors.MessageRejected({ message: 'Message contains a virus', ...meta(400) }) }),
  ],
  [
    'sms',
    'ValidationException MAXIMUM_SIZE_EXCEEDED',
    () => ({
      rejects: new smsErrors.ValidationException({
        message: 'too long',
        Reason: 'MAXIMUM_SIZE_EXCEEDED',
        ...meta(400),
      }),
    }),
  ],
  [
    'push',
    'BadRequestException',
    () => ({ rejects: new pinpointErrors.BadRequestException({ message: 'bad', ...meta(400) }) }),
  ],
];

async function attempt(request: SendRequest, deps: ReturnType<typeof setup>['deps']): Promise<SendOutcome | Error> {
  return sendMessage(request, deps).catch((error: Error) => error);
}

beforeEach(() => {
  ses.reset();
  sms.reset();
  pinpoint.reset();
});

describe('sendMessage with the real channel adapters under provider faults', () => {
  it.each(NOT_ACCEPTED)(
    '%s %s: throws to be retried, releases the claim, and the retry sends exactly once',
    async (channel, _name, answer) => {
      const { deps, request, record, addressStatus, providerCalls } = setup(channel);
      answerFirstCallWith(channel, answer());

      const first = await attempt(request, deps);
      expect(first).toBeInstanceOf(TransientSendError);
      expect(record()?.status).toBe('retrying');
      expect(addressStatus()).toBeUndefined();

      const retry = await attempt(request, deps);
      expect(retry).toMatchObject({ outcome: 'sent', duplicate: false });
      expect(providerCalls()).toBe(2);
      expect(record()).toMatchObject({ status: 'sent', providerMessageId: `${channel}-2` });
    },
  );

  it.each(['email', 'sms', 'push'] as const)(
    '%s TimeoutError: stays claimed, is in flight for the lease, then in doubt, and is never sent again',
    async (channel) => {
      const { deps, clock, request, record, addressStatus, providerCalls } = setup(channel);
      answerFirstCallWith(channel, { rejects: timeout() });

      expect(await attempt(request, deps)).toBeInstanceOf(TransientSendError);
      expect(record()?.status).toBe('claimed');
      expect(await attempt(request, deps)).toBeInstanceOf(MessageInFlightError);
      clock.advance(CLAIM_LEASE_MS);
      const settled = await attempt(request, deps);
      const again = await attempt(request, deps);

      expect(settled).toMatchObject({ outcome: 'in-doubt', duplicate: true });
      expect(again).toMatchObject({ outcome: 'in-doubt', duplicate: true });
      expect(record()?.status).toBe('in-doubt');
      // Not blamed, but noted as the address's last message: a STOP that answers it is this patient's.
      expect(addressStatus()).toEqual({ lastMessage: expect.objectContaining({ messageId: record()?.messageId }) });
      expect(providerCalls()).toBe(1);
    },
  );

  it.each(REFUSED)(
    '%s %s: fails with the reason, marks the address, and a retry does not call the provider',
    async (channel, _name, answer, reason, status) => {
      const { deps, request, record, addressStatus, providerCalls } = setup(channel);
      answerFirstCallWith(channel, answer());

      const first = await attempt(request, deps);
      expect(first).toMatchObject({ outcome: 'failed', reason, duplicate: false });
      expect(record()).toMatchObject({ status: 'failed', reason });
      expect(addressStatus()).toMatchObject(status);

      expect(await attempt(request, deps)).toMatchObject({ outcome: 'failed', reason, duplicate: true });
      expect(providerCalls()).toBe(1);
    },
  );

  it.each(CHANNEL_DOWN)(
    '%s %s: defers the message while the channel is unavailable, leaves the address alone, and sends it once later',
    async (channel, _name, answer) => {
      const { deps, clock, request, record, addressStatus, providerCalls } = setup(channel);
      answerFirstCallWith(channel, answer());
      const until = new Date(clock.now().getTime() + CHANNEL_RETRY_MS).toISOString();

      const first = await attempt(request, deps);
      expect(first).toMatchObject({ outcome: 'deferred', reason: 'channel-unavailable', until, duplicate: false });
      expect(record()).toMatchObject({ status: 'deferred', reason: 'channel-unavailable', deferredUntil: until });
      expect(addressStatus()).toBeUndefined();

      clock.advance(CHANNEL_RETRY_MS);
      expect(await attempt(request, deps)).toMatchObject({ outcome: 'sent', duplicate: false });
      expect(providerCalls()).toBe(2);
    },
  );

  it.each(CHANNEL_DOWN)(
    '%s %s: fails as channel-unavailable once the channel has been down for a day, and is not sent again',
    async (channel, _name, answer) => {
      const { deps, clock, request, record, providerCalls } = setup(channel);
      answerEveryCallWith(channel, answer());
      await attempt(request, deps);
      clock.advance(CHANNEL_GIVE_UP_MS);

      expect(await attempt(request, deps)).toMatchObject({ outcome: 'failed', reason: 'channel-unavailable' });
      expect(record()).toMatchObject({ status: 'failed', reason: 'channel-unavailable' });
      expect(await attempt(request, deps)).toMatchObject({ outcome: 'failed', duplicate: true });
      expect(providerCalls()).toBe(2);
    },
  );

  it.each(CONTENT)(
    '%s %s: fails as content-rejected without blaming the address, and is not sent again',
    async (channel, _name, answer) => {
      const { deps, request, record, addressStatus, providerCalls } = setup(channel);
      answerFirstCallWith(channel, answer());

      expect(await attempt(request, deps)).toMatchObject({
        outcome: 'failed',
        reason: 'content-rejected',
        duplicate: false,
      });
      expect(record()).toMatchObject({ status: 'failed', reason: 'content-rejected' });
      expect(addressStatus()).toBeUndefined();

      expect(await attempt(request, deps)).toMatchObject({ outcome: 'failed', duplicate: true });
      expect(providerCalls()).toBe(1);
    },
  );
});
