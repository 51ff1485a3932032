import { type MessageHeader, type MessageTag, type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { ChannelSender, OutboundMessage, SendResult } from '../../domain/messaging/ports';
import { isServiceError, type SendFault, settleFault, transportFault } from './send-faults';

/** The header that names our message id in every email. */
export const MESSAGE_ID_HEADER = 'X-Outreach-Message-Id';

export interface SesEmailSettings {
  /** A verified identity, optionally with a display name: `Riverside Health <no-reply@example.org>`. */
  readonly fromAddress: string;
  /** Its event destination feeds delivery, bounce and complaint events back; it also enforces TLS. */
  readonly configurationSetName: string;
  readonly replyToAddresses?: readonly string[];
}

const RETRY = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  // SES answers a reached sending quota with this on some paths; the quota refills, so a later attempt works.
  'LimitExceededException',
]);

const CHANNEL = new Set([
  'AccountSuspendedException',
  'SendingPausedException',
  'MailFromDomainNotVerifiedException',
  'NotFoundException',
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
]);

// SES words for a destination address it cannot parse. The from and reply-to addresses are checked when the
// sender is built, so a bad address reported on send is the recipient's.
const INVALID_ADDRESS =
  /illegal address|invalid email address|missing domain|missing final '@|local address|domain (contains|starts|ends)|address contains/i;

/**
 * Which SES v2 `SendEmail` errors are retried, which refuse the address, which stop the channel. The
 * account-level suppression list normally shows up later, as a bounce event (`OnAccountSuppressionList`);
 * the `MessageRejected` wording for a suppressed address is the older, synchronous form of the same thing.
 */
export function classifySesError(error: unknown): SendFault {
  const transport = transportFault(error);
  if (transport) return transport;
  if (!isServiceError(error)) return { kind: 'unexpected' };
  const { name, message } = error;
  if (RETRY.has(name)) return { kind: 'retry', code: name };
  if (CHANNEL.has(name)) return { kind: 'channel', code: name };
  if (name === 'MessageRejected') {
    if (/suppress|blacklist/i.test(message)) return { kind: 'refused', reason: 'suppressed', code: name };
    // In the sandbox every unverified recipient is rejected: the account's state, not the address's.
    if (/not verified/i.test(message)) return { kind: 'channel', code: `${name}:sandbox` };
    return { kind: 'message', code: name };
  }
  if (name === 'BadRequestException' && INVALID_ADDRESS.test(message)) {
    return { kind: 'refused', reason: 'invalid-address', code: name };
  }
  return { kind: 'message', code: name };
}

/** SES tag values allow ASCII letters, digits, `_` and `-`, at most 256 of them. */
export function sesTagValue(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256) || '_';
}

const PLAIN_ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function assertSenderAddress(setting: string, value: string): void {
  const address = /<([^>]*)>\s*$/.exec(value)?.[1] ?? value;
  if (!PLAIN_ADDRESS.test(address.trim())) throw new Error(`${setting} is not an email address`);
}

/** Email through SES v2 `SendEmail`: one call per message; the SDK's own retries are set where the client is built. */
export class SesEmailSender implements ChannelSender {
  readonly channel = 'email' as const;

  constructor(
    private readonly client: SESv2Client,
    private readonly settings: SesEmailSettings,
  ) {
    assertSenderAddress('the SES from address', settings.fromAddress);
    for (const replyTo of settings.replyToAddresses ?? []) assertSenderAddress('an SES reply-to address', replyTo);
    if (!settings.configurationSetName) throw new Error('the SES configuration set name is required');
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const { rendered } = message;
    if (rendered.channel !== 'email') throw new Error(`SesEmailSender cannot send a ${rendered.channel} message`);
    const headers: MessageHeader[] = [
      // Opaque; lets support find the message from a forwarded copy (and the local stack simulate feedback).
      { Name: MESSAGE_ID_HEADER, Value: message.messageId },
      ...(message.unsubscribeUrl
        ? [
            { Name: 'List-Unsubscribe', Value: `<${message.unsubscribeUrl}>` },
            // RFC 8058 one-click: mailbox providers POST this body to the link, no page visit needed.
            { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
          ]
        : []),
    ];
    const tags: MessageTag[] = [
      { Name: 'message-id', Value: sesTagValue(message.messageId) },
      { Name: 'topic', Value: sesTagValue(message.topic) },
    ];
    try {
      const response = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.settings.fromAddress,
          ReplyToAddresses: this.settings.replyToAddresses ? [...this.settings.replyToAddresses] : undefined,
          Destination: { ToAddresses: [message.to.address] },
          ConfigurationSetName: this.settings.configurationSetName,
          Content: {
            Simple: {
              Subject: { Data: rendered.subject, Charset: 'UTF-8' },
              Body: {
                Html: { Data: rendered.html, Charset: 'UTF-8' },
                Text: { Data: rendered.text, Charset: 'UTF-8' },
              },
              Headers: headers,
            },
          },
          EmailTags: tags,
        }),
      );
      if (!response.MessageId) throw new Error('SES accepted the email without a message id');
      return { outcome: 'accepted', providerMessageId: response.MessageId };
    } catch (error) {
      return settleFault(this.channel, classifySesError(error), error);
    }
  }
}
