import {
  ForbiddenException,
  InternalServerErrorException,
  type MessageResult,
  PinpointClient,
  SendMessagesCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { classifyPushError, classifyPushResult, PushSender } from '../../../../lambdas/adapters/messaging/push-sender';
import { ChannelUnavailableError } from '../../../../lambdas/adapters/messaging/send-faults';
import { type OutboundMessage, TransientSendError } from '../../../../lambdas/domain/messaging/ports';

const client = new PinpointClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const pinpoint = mockClient(client);
const sender = new PushSender(client, { applicationId: 'app-1' });
const TOKEN = 'device-token-1';

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, requestId: 'req-1' } });

function push(platform: 'GCM' | 'APNS' = 'GCM'): OutboundMessage {
  return {
    messageId: 'msg-0123456789abcdef',
    patientId: 'p-1',
    topic: 'results',
    to: { channel: 'push', address: TOKEN, addressKey: 'ak-1', platform },
    rendered: { channel: 'push', title: 'New result', body: 'Open the app', data: { screen: 'results' } },
    at: new Date('2026-11-25T12:00:00Z'),
  };
}

function answering(result: MessageResult) {
  pinpoint
    .on(SendMessagesCommand)
    .resolves({ MessageResponse: { ApplicationId: 'app-1', Result: { [TOKEN]: result } } });
}

beforeEach(() => {
  pinpoint.reset();
});

describe('PushSender.send', () => {
  it('sends one FCM message to the token, with our message id as context', async () => {
    answering({ DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'pp-1' });

    await sender.send(push('GCM'));

    expect(pinpoint).toHaveReceivedCommandTimes(SendMessagesCommand, 1);
    expect(pinpoint.commandCalls(SendMessagesCommand)[0]!.args[0].input).toEqual({
      ApplicationId: 'app-1',
      MessageRequest: {
        Addresses: { [TOKEN]: { ChannelType: 'GCM' } },
        MessageConfiguration: {
          GCMMessage: {
            Title: 'New result',
            Body: 'Open the app',
            Data: { screen: 'results' },
            Action: 'OPEN_APP',
            SilentPush: false,
          },
        },
        Context: { 'message-id': 'msg-0123456789abcdef' },
      },
    });
  });

  it('sends an alert APNs message to an Apple device', async () => {
    answering({ DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'pp-1' });

    await sender.send(push('APNS'));

    const request = pinpoint.commandCalls(SendMessagesCommand)[0]!.args[0].input.MessageRequest;
    expect(request?.Addresses).toEqual({ [TOKEN]: { ChannelType: 'APNS' } });
    expect(request?.MessageConfiguration).toEqual({
      APNSMessage: expect.objectContaining({ Title: 'New result', APNSPushType: 'alert', Action: 'OPEN_APP' }),
    });
  });

  it("records the address result's message id as the provider id", async () => {
    answering({ DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'pp-1' });

    await expect(sender.send(push())).resolves.toEqual({ outcome: 'accepted', providerMessageId: 'pp-1' });
  });

  it('refuses a dead token as invalid-address', async () => {
    answering({ DeliveryStatus: 'PERMANENT_FAILURE', StatusCode: 410, StatusMessage: 'Unregistered' });

    await expect(sender.send(push())).resolves.toEqual({
      outcome: 'refused',
      reason: 'invalid-address',
      detail: 'PERMANENT_FAILURE:410',
    });
  });

  it('refuses an opted-out device as address-opted-out', async () => {
    answering({ DeliveryStatus: 'OPT_OUT', StatusCode: 400 });

    await expect(sender.send(push())).resolves.toMatchObject({ outcome: 'refused', reason: 'address-opted-out' });
  });

  it('throws TransientSendError on a temporary failure for the address, which certainly did not send', async () => {
    answering({ DeliveryStatus: 'TEMPORARY_FAILURE', StatusCode: 503 });

    await expect(sender.send(push())).rejects.toMatchObject({ name: 'TransientSendError', mayHaveBeenAccepted: false });
  });

  it('says an unknown per-address outcome may have sent, so the send function does not send it again', async () => {
    answering({ DeliveryStatus: 'UNKNOWN_FAILURE', StatusCode: 500 });

    await expect(sender.send(push())).rejects.toMatchObject({ name: 'TransientSendError', mayHaveBeenAccepted: true });
  });

  it('stops the channel when the platform refuses our credentials', async () => {
    answering({ DeliveryStatus: 'PERMANENT_FAILURE', StatusCode: 403 });

    await expect(sender.send(push())).rejects.toBeInstanceOf(ChannelUnavailableError);
  });

  it.each([
    ['throttling', new TooManyRequestsException({ message: 'slow down', ...meta(429) })],
    ['a time-out', Object.assign(new Error('socket timed out'), { name: 'TimeoutError' })],
    ['a 503', new InternalServerErrorException({ message: 'busy', ...meta(503) })],
    ['a dropped connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])(
    'throws TransientSendError after one call per send on %s, saying whether it may have sent',
    async (_case, fault) => {
      pinpoint.on(SendMessagesCommand).rejects(fault);

      await expect(sender.send(push())).rejects.toBeInstanceOf(TransientSendError);
      await expect(sender.send(push())).rejects.toMatchObject({
        mayHaveBeenAccepted: _case === 'a time-out' || _case === 'a dropped connection',
      });
      expect(pinpoint).toHaveReceivedCommandTimes(SendMessagesCommand, 2);
    },
  );
});

describe('classifyPushResult', () => {
  const table: [string, MessageResult | undefined, string][] = [
    ['SUCCESSFUL', { DeliveryStatus: 'SUCCESSFUL', StatusCode: 200 }, 'accepted'],
    ['OPT_OUT', { DeliveryStatus: 'OPT_OUT', StatusCode: 400 }, 'refused:address-opted-out'],
    ['PERMANENT_FAILURE 400', { DeliveryStatus: 'PERMANENT_FAILURE', StatusCode: 400 }, 'refused:invalid-address'],
    ['PERMANENT_FAILURE 410', { DeliveryStatus: 'PERMANENT_FAILURE', StatusCode: 410 }, 'refused:invalid-address'],
    ['PERMANENT_FAILURE 403', { DeliveryStatus: 'PERMANENT_FAILURE', StatusCode: 403 }, 'channel'],
    ['TEMPORARY_FAILURE', { DeliveryStatus: 'TEMPORARY_FAILURE', StatusCode: 500 }, 'retry'],
    ['THROTTLED', { DeliveryStatus: 'THROTTLED', StatusCode: 429 }, 'retry'],
    ['UNKNOWN_FAILURE', { DeliveryStatus: 'UNKNOWN_FAILURE', StatusCode: 500 }, 'retry:ambiguous'],
    ['DUPLICATE', { DeliveryStatus: 'DUPLICATE', StatusCode: 400 }, 'message'],
    ['no result for the address', undefined, 'retry:ambiguous'],
  ];

  it.each(table.map(([name, result, expected]) => ({ name, result, expected })))(
    '$name → $expected',
    ({ result, expected }) => {
      const verdict = classifyPushResult(result);

      const shown =
        verdict.kind === 'refused'
          ? `refused:${verdict.reason}`
          : verdict.kind === 'retry' && verdict.ambiguous
            ? 'retry:ambiguous'
            : verdict.kind;
      expect(shown).toBe(expected);
    },
  );
});

describe('classifyPushError', () => {
  it.each([
    ['TooManyRequestsException', 'retry', new TooManyRequestsException({ message: 'x', ...meta(429) })],
    ['ForbiddenException', 'channel', new ForbiddenException({ message: 'x', ...meta(403) })],
  ] as const)('%s → %s', (_name, expected, error) => {
    expect(classifyPushError(error).kind).toBe(expected);
  });
});
