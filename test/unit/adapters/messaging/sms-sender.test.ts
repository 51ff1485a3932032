import {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  PinpointSMSVoiceV2Client,
  PinpointSMSVoiceV2ServiceException,
  ResourceNotFoundException,
  SendTextMessageCommand,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ChannelUnavailableError } from '../../../../lambdas/adapters/messaging/send-faults';
import { classifySmsError, SmsSender } from '../../../../lambdas/adapters/messaging/sms-sender';
import { type OutboundMessage, TransientSendError } from '../../../../lambdas/domain/messaging/ports';

const client = new PinpointSMSVoiceV2Client({
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const sms = mockClient(client);
const sender = new SmsSender(client, { originationIdentity: 'pool-abc', configurationSetName: 'outreach-sms' });

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, requestId: 'req-1' } });

function text(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    messageId: 'msg-0123456789abcdef',
    patientId: 'p-1',
    topic: 'appointment-reminders',
    to: { channel: 'sms', address: '+15555550100', addressKey: 'ak-1' },
    rendered: { channel: 'sms', text: 'See you tomorrow. Reply STOP to opt out.', encoding: 'GSM-7', segments: 1 },
    at: new Date('2026-11-25T12:00:00Z'),
    ...overrides,
  };
}

beforeEach(() => {
  sms.reset();
});

describe('SmsSender.send', () => {
  it('sends one transactional SendTextMessage from the pool, with the configuration set and our message id as context', async () => {
    sms.on(SendTextMessageCommand).resolves({ MessageId: 'sms-1' });

    await sender.send(text());

    expect(sms).toHaveReceivedCommandTimes(SendTextMessageCommand, 1);
    expect(sms.commandCalls(SendTextMessageCommand)[0]!.args[0].input).toEqual({
      DestinationPhoneNumber: '+15555550100',
      OriginationIdentity: 'pool-abc',
      MessageBody: 'See you tomorrow. Reply STOP to opt out.',
      MessageType: 'TRANSACTIONAL',
      ConfigurationSetName: 'outreach-sms',
      Context: { 'message-id': 'msg-0123456789abcdef' },
    });
  });

  it('sends marketing topics as promotional', async () => {
    sms.on(SendTextMessageCommand).resolves({ MessageId: 'sms-1' });

    await sender.send(text({ topic: 'events' }));

    expect(sms).toHaveReceivedCommandWith(SendTextMessageCommand, { MessageType: 'PROMOTIONAL' });
  });

  it('records the End User Messaging message id as the provider id', async () => {
    sms.on(SendTextMessageCommand).resolves({ MessageId: 'sms-1' });

    await expect(sender.send(text())).resolves.toEqual({ outcome: 'accepted', providerMessageId: 'sms-1' });
  });

  it.each([
    ['throttling', new ThrottlingException({ message: 'slow down', ...meta(429) })],
    ['a time-out', Object.assign(new Error('socket timed out'), { name: 'TimeoutError' })],
    ['a 503', new InternalServerException({ message: 'busy', ...meta(503) })],
    ['a dropped connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])('throws TransientSendError after one call on %s', async (_case, fault) => {
    sms.on(SendTextMessageCommand).rejects(fault);

    await expect(sender.send(text())).rejects.toBeInstanceOf(TransientSendError);
    expect(sms).toHaveReceivedCommandTimes(SendTextMessageCommand, 1);
  });

  it('refuses a number that replied STOP as address-opted-out', async () => {
    sms
      .on(SendTextMessageCommand)
      .rejects(
        new ConflictException({ message: 'opted out', Reason: 'DESTINATION_PHONE_NUMBER_OPTED_OUT', ...meta(409) }),
      );

    await expect(sender.send(text())).resolves.toEqual({
      outcome: 'refused',
      reason: 'address-opted-out',
      detail: 'ConflictException:DESTINATION_PHONE_NUMBER_OPTED_OUT',
    });
  });

  it('refuses a number the service cannot use as invalid-address', async () => {
    sms.on(SendTextMessageCommand).rejects(
      new ValidationException({
        message: 'invalid',
        Reason: 'INVALID_PARAMETER',
        Fields: [{ Name: 'DestinationPhoneNumber', Message: 'not E.164' }],
        ...meta(400),
      }),
    );

    await expect(sender.send(text())).resolves.toMatchObject({ outcome: 'refused', reason: 'invalid-address' });
  });

  it('stops the channel when the monthly spend limit is reached', async () => {
    sms.on(SendTextMessageCommand).rejects(
      new ServiceQuotaExceededException({
        message: 'limit',
        Reason: 'MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT',
        ...meta(402),
      }),
    );

    await expect(sender.send(text())).rejects.toBeInstanceOf(ChannelUnavailableError);
  });
});

describe('classifySmsError', () => {
  const table: [string, unknown, string][] = [
    ['ThrottlingException', new ThrottlingException({ message: 'x', ...meta(429) }), 'retry'],
    ['InternalServerException', new InternalServerException({ message: 'x', ...meta(500) }), 'retry'],
    [
      'ConflictException DESTINATION_PHONE_NUMBER_OPTED_OUT',
      new ConflictException({ message: 'x', Reason: 'DESTINATION_PHONE_NUMBER_OPTED_OUT', ...meta(409) }),
      'refused:address-opted-out',
    ],
    [
      'ConflictException DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE',
      new ConflictException({
        message: 'x',
        Reason: 'DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE',
        ...meta(409),
      }),
      'refused:suppressed',
    ],
    [
      'ConflictException DESTINATION_PHONE_NUMBER_NOT_VERIFIED (sandbox)',
      new ConflictException({ message: 'x', Reason: 'DESTINATION_PHONE_NUMBER_NOT_VERIFIED', ...meta(409) }),
      'channel',
    ],
    [
      'ConflictException RESOURCE_NOT_ACTIVE',
      new ConflictException({ message: 'x', Reason: 'RESOURCE_NOT_ACTIVE', ...meta(409) }),
      'channel',
    ],
    [
      'ValidationException on DestinationPhoneNumber',
      new ValidationException({
        message: 'x',
        Reason: 'CANNOT_PARSE',
        Fields: [{ Name: 'DestinationPhoneNumber', Message: 'x' }],
        ...meta(400),
      }),
      'refused:invalid-address',
    ],
    [
      'ValidationException COUNTRY_NOT_ENABLED',
      new ValidationException({
        message: 'x',
        Reason: 'COUNTRY_NOT_ENABLED',
        Fields: [{ Name: 'DestinationPhoneNumber', Message: 'x' }],
        ...meta(400),
      }),
      'channel',
    ],
    [
      'ValidationException MAXIMUM_SIZE_EXCEEDED',
      new ValidationException({ message: 'x', Reason: 'MAXIMUM_SIZE_EXCEEDED', ...meta(400) }),
      'message',
    ],
    [
      'ServiceQuotaExceededException',
      new ServiceQuotaExceededException({ message: 'x', Reason: 'MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT', ...meta(402) }),
      'channel',
    ],
    [
      'ResourceNotFoundException (configuration set)',
      new ResourceNotFoundException({ message: 'x', ...meta(404) }),
      'channel',
    ],
    [
      'AccessDeniedException ACCOUNT_DISABLED',
      new AccessDeniedException({ message: 'x', Reason: 'ACCOUNT_DISABLED', ...meta(403) }),
      'channel',
    ],
    [
      'a 502 of an unmodelled error',
      new PinpointSMSVoiceV2ServiceException({ name: 'BadGateway', $fault: 'server', ...meta(502) }),
      'retry',
    ],
    ['a bug', new TypeError('x'), 'unexpected'],
  ];

  it.each(table.map(([name, error, expected]) => ({ name, error, expected })))(
    '$name → $expected',
    ({ error, expected }) => {
      const fault = classifySmsError(error);

      expect(fault.kind === 'refused' ? `refused:${fault.reason}` : fault.kind).toBe(expected);
    },
  );
});
