import {
  AccountSuspendedException,
  BadRequestException,
  LimitExceededException,
  MailFromDomainNotVerifiedException,
  MessageRejected,
  NotFoundException,
  SESv2Client,
  SESv2ServiceException,
  SendEmailCommand,
  SendingPausedException,
  TooManyRequestsException,
} from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ChannelUnavailableError, MessageRejectedError } from '../../../../lambdas/adapters/messaging/send-faults';
import { classifySesError, SesEmailSender, sesTagValue } from '../../../../lambdas/adapters/messaging/ses-email-sender';
import { type OutboundMessage, TransientSendError } from '../../../../lambdas/domain/messaging/ports';

const client = new SESv2Client({ region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const ses = mockClient(client);
const sender = new SesEmailSender(client, {
  fromAddress: 'Riverside Health <no-reply@riverside.example.org>',
  configurationSetName: 'outreach-email',
});

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, requestId: 'req-1' } });

function email(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    messageId: 'msg-0123456789abcdef',
    patientId: 'p-1',
    topic: 'appointment-reminders',
    to: { channel: 'email', address: 'pat@example.com', addressKey: 'ak-1' },
    rendered: { channel: 'email', subject: 'Your appointment', html: '<p>Tomorrow</p>', text: 'Tomorrow' },
    unsubscribeUrl: 'https://outreach.example.org/u/abc',
    at: new Date('2026-11-25T12:00:00Z'),
    ...overrides,
  };
}

beforeEach(() => {
  ses.reset();
});

describe('SesEmailSender.send', () => {
  it('sends one SendEmail with the configuration set, one-click unsubscribe headers and tags', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });

    await sender.send(email());

    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 1);
    expect(ses).toHaveReceivedCommandWith(SendEmailCommand, {
      FromEmailAddress: 'Riverside Health <no-reply@riverside.example.org>',
      Destination: { ToAddresses: ['pat@example.com'] },
      ConfigurationSetName: 'outreach-email',
      Content: {
        Simple: {
          Subject: { Data: 'Your appointment', Charset: 'UTF-8' },
          Body: { Html: { Data: '<p>Tomorrow</p>', Charset: 'UTF-8' }, Text: { Data: 'Tomorrow', Charset: 'UTF-8' } },
          Headers: [
            { Name: 'X-Outreach-Message-Id', Value: 'msg-0123456789abcdef' },
            { Name: 'List-Unsubscribe', Value: '<https://outreach.example.org/u/abc>' },
            { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
          ],
        },
      },
      EmailTags: [
        { Name: 'message-id', Value: 'msg-0123456789abcdef' },
        { Name: 'topic', Value: 'appointment-reminders' },
      ],
    });
  });

  it('records the SES message id as the provider id', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });

    await expect(sender.send(email())).resolves.toEqual({ outcome: 'accepted', providerMessageId: 'ses-1' });
  });

  it('adds no unsubscribe headers when the message has no unsubscribe link', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });

    await sender.send(email({ unsubscribeUrl: undefined }));

    const input = ses.commandCalls(SendEmailCommand)[0]!.args[0].input;
    expect(input.Content?.Simple?.Headers).toEqual([{ Name: 'X-Outreach-Message-Id', Value: 'msg-0123456789abcdef' }]);
  });

  it.each([
    ['throttling', new TooManyRequestsException({ message: 'Maximum sending rate exceeded', ...meta(429) })],
    ['a time-out', Object.assign(new Error('socket timed out'), { name: 'TimeoutError' })],
    [
      'a 503',
      new SESv2ServiceException({ name: 'ServiceUnavailable', $fault: 'server', message: 'busy', ...meta(503) }),
    ],
    ['a dropped connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])('throws TransientSendError after one call on %s', async (_case, fault) => {
    ses.on(SendEmailCommand).rejects(fault);

    await expect(sender.send(email())).rejects.toBeInstanceOf(TransientSendError);
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 1);
  });

  it('refuses an address SES cannot parse, without quoting it', async () => {
    ses.on(SendEmailCommand).rejects(new BadRequestException({ message: 'Illegal address', ...meta(400) }));

    const result = await sender.send(email());

    expect(result).toEqual({ outcome: 'refused', reason: 'invalid-address', detail: 'BadRequestException' });
  });

  it('stops the channel, not the address, when sending is paused', async () => {
    ses.on(SendEmailCommand).rejects(new SendingPausedException({ message: 'paused', ...meta(400) }));

    await expect(sender.send(email())).rejects.toBeInstanceOf(ChannelUnavailableError);
  });

  it('keeps the provider message, which may quote the address, out of the thrown error', async () => {
    ses
      .on(SendEmailCommand)
      .rejects(new TooManyRequestsException({ message: 'rejected pat@example.com', ...meta(429) }));

    const error = await sender.send(email()).catch((e: Error) => e);

    expect(JSON.stringify({ message: (error as Error).message, cause: (error as Error).cause })).not.toContain(
      'pat@example.com',
    );
  });

  it('refuses to be built with a from address that is not one', () => {
    expect(() => new SesEmailSender(client, { fromAddress: 'Riverside', configurationSetName: 'cs' })).toThrow(
      /from address/,
    );
  });
});

describe('classifySesError', () => {
  const table: [string, unknown, string][] = [
    ['TooManyRequestsException', new TooManyRequestsException({ message: 'slow down', ...meta(429) }), 'retry'],
    ['LimitExceededException', new LimitExceededException({ message: 'quota', ...meta(400) }), 'retry'],
    ['AccountSuspendedException', new AccountSuspendedException({ message: 'x', ...meta(400) }), 'channel'],
    ['SendingPausedException', new SendingPausedException({ message: 'x', ...meta(400) }), 'channel'],
    [
      'MailFromDomainNotVerifiedException',
      new MailFromDomainNotVerifiedException({ message: 'x', ...meta(400) }),
      'channel',
    ],
    ['NotFoundException (configuration set)', new NotFoundException({ message: 'x', ...meta(404) }), 'channel'],
    [
      'MessageRejected in the sandbox',
      new MessageRejected({ message: 'Email address is not verified.', ...meta(400) }),
      'channel',
    ],
    ['MessageRejected for content', new MessageRejected({ message: 'virus detected', ...meta(400) }), 'message'],
    [
      'MessageRejected for a suppressed address',
      new MessageRejected({ message: 'Address blacklisted.', ...meta(400) }),
      'refused:suppressed',
    ],
    [
      'BadRequestException for an address',
      new BadRequestException({ message: 'Invalid email address x', ...meta(400) }),
      'refused:invalid-address',
    ],
    [
      'BadRequestException for the request',
      new BadRequestException({ message: 'Subject is too long', ...meta(400) }),
      'message',
    ],
    ['a 500', new SESv2ServiceException({ name: 'InternalFailure', $fault: 'server', ...meta(500) }), 'retry'],
    ['a bug', new TypeError('x is undefined'), 'unexpected'],
  ];

  it.each(table.map(([name, error, expected]) => ({ name, error, expected })))(
    '$name → $expected',
    ({ error, expected }) => {
      const fault = classifySesError(error);

      expect(fault.kind === 'refused' ? `refused:${fault.reason}` : fault.kind).toBe(expected);
    },
  );
});

describe('sesTagValue', () => {
  it('replaces characters SES tags do not allow', () => {
    expect(sesTagValue('journey:v1/step 2')).toBe('journey_v1_step_2');
  });
});

it('MessageRejectedError names the channel and the code only', () => {
  expect(new MessageRejectedError('email', 'MessageRejected').message).toBe('email message rejected: MessageRejected');
});
