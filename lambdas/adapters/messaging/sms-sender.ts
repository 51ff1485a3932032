import {
  type PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
  type ValidationExceptionField,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { TOPIC_KINDS } from '../../domain/messaging/message';
import type { ChannelSender, OutboundMessage, SendResult } from '../../domain/messaging/ports';
import { isServiceError, type SendFault, settleFault, transportFault } from './send-faults';

export interface SmsSettings {
  /** A pool id or ARN (preferred: its opt-out list and two-way settings apply), or a phone number id. */
  readonly originationIdentity: string;
  /** Its event destination carries delivery receipts (with our `Context`) to EventBridge. */
  readonly configurationSetName: string;
  /** Seconds a carrier may keep trying; a reminder is worthless after the appointment. */
  readonly timeToLiveSeconds?: number;
  /** Per-message price cap in US dollars, e.g. `0.05`. */
  readonly maxPrice?: string;
}

/** The destination itself is refused by the account's own lists. */
const REFUSED_CONFLICTS: Readonly<Record<string, 'address-opted-out' | 'suppressed'>> = {
  DESTINATION_PHONE_NUMBER_OPTED_OUT: 'address-opted-out',
  DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE: 'suppressed',
};

// Country rules, sandbox verification, message type or identity mismatches: the account's configuration.
const CHANNEL_VALIDATION_REASONS = new Set([
  'COUNTRY_NOT_ENABLED',
  'DESTINATION_COUNTRY_BLOCKED',
  'INTERNATIONAL_SENDING_NOT_SUPPORTED',
  'INVALID_IDENTITY_FOR_DESTINATION_COUNTRY',
  'SENDER_ID_NOT_REGISTERED',
  'SENDER_ID_NOT_SUPPORTED',
  'SENDER_ID_REQUIRES_REGISTRATION',
  'CHANNEL_NOT_ENABLED',
  'RESOURCE_NOT_ACCESSIBLE',
  'INVALID_ARN',
]);

function namesDestination(error: { Fields?: ValidationExceptionField[]; message: string }): boolean {
  return (
    (error.Fields ?? []).some((field) => field.Name === 'DestinationPhoneNumber') ||
    /DestinationPhoneNumber|destination phone number/i.test(error.message)
  );
}

/**
 * Which End User Messaging SMS `SendTextMessage` errors are retried, which refuse the number, which stop the
 * channel. A spend limit (`ServiceQuotaExceededException`) is not retried: minutes of retries do not
 * raise it, and the messages should fail visibly until an operator does.
 */
export function classifySmsError(error: unknown): SendFault {
  const transport = transportFault(error);
  if (transport) return transport;
  if (!isServiceError(error)) return { kind: 'unexpected' };
  const e = error as Error & { Reason?: string; Fields?: ValidationExceptionField[] };
  const code = e.Reason ? `${e.name}:${e.Reason}` : e.name;
  switch (e.name) {
    case 'ThrottlingException':
    case 'InternalServerException':
      return { kind: 'retry', code };
    case 'ConflictException': {
      const refusal = e.Reason ? REFUSED_CONFLICTS[e.Reason] : undefined;
      return refusal ? { kind: 'refused', reason: refusal, code } : { kind: 'channel', code };
    }
    case 'ValidationException':
      if (e.Reason && CHANNEL_VALIDATION_REASONS.has(e.Reason)) return { kind: 'channel', code };
      if (namesDestination(e)) return { kind: 'refused', reason: 'invalid-address', code };
      return { kind: 'message', code };
    case 'ServiceQuotaExceededException':
    case 'ResourceNotFoundException':
    case 'AccessDeniedException':
      return { kind: 'channel', code };
    default:
      return { kind: 'message', code };
  }
}

/** SMS through End User Messaging SMS v2 `SendTextMessage` from the configured pool; one call per message. */
export class SmsSender implements ChannelSender {
  readonly channel = 'sms' as const;

  constructor(
    private readonly client: PinpointSMSVoiceV2Client,
    private readonly settings: SmsSettings,
  ) {
    if (!settings.originationIdentity) throw new Error('the SMS origination identity is required');
    if (!settings.configurationSetName) throw new Error('the SMS configuration set name is required');
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const { rendered } = message;
    if (rendered.channel !== 'sms') throw new Error(`SmsSender cannot send a ${rendered.channel} message`);
    try {
      const response = await this.client.send(
        new SendTextMessageCommand({
          DestinationPhoneNumber: message.to.address,
          OriginationIdentity: this.settings.originationIdentity,
          MessageBody: rendered.text,
          // Care messages are transactional; campaign and event invitations are marketing, which carriers rate and filter differently.
          MessageType: TOPIC_KINDS[message.topic] === 'marketing' ? 'PROMOTIONAL' : 'TRANSACTIONAL',
          ConfigurationSetName: this.settings.configurationSetName,
          TimeToLive: this.settings.timeToLiveSeconds,
          MaxPrice: this.settings.maxPrice,
          Context: { 'message-id': message.messageId },
        }),
      );
      if (!response.MessageId) throw new Error('End User Messaging accepted the SMS without a message id');
      return { outcome: 'accepted', providerMessageId: response.MessageId };
    } catch (error) {
      return settleFault(this.channel, classifySmsError(error), error);
    }
  }
}
