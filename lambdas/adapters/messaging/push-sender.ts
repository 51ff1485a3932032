import {
  type DirectMessageConfiguration,
  type MessageResult,
  type PinpointClient,
  SendMessagesCommand,
} from '@aws-sdk/client-pinpoint';
import type { ChannelSender, OutboundMessage, PushDevice, SendResult } from '../../domain/messaging/ports';
import { isServiceError, type SendFault, settleFault, transportFault } from './send-faults';

export interface PushSettings {
  /** The Pinpoint (End User Messaging push) application holding the FCM and APNs channels. */
  readonly applicationId: string;
}

/** Which `SendMessages` exceptions are retried and which stop the channel; per-address outcomes are in the result. */
export function classifyPushError(error: unknown): SendFault {
  const transport = transportFault(error);
  if (transport) return transport;
  if (!isServiceError(error)) return { kind: 'unexpected' };
  switch (error.name) {
    case 'TooManyRequestsException':
    case 'InternalServerErrorException':
      return { kind: 'retry', code: error.name };
    case 'ForbiddenException':
    case 'NotFoundException':
    case 'MethodNotAllowedException':
      return { kind: 'channel', code: error.name };
    default:
      return { kind: 'message', code: error.name };
  }
}

/**
 * What the per-address result of `SendMessages` means. `PERMANENT_FAILURE` is a dead or malformed token,
 * unless the platform refused our credentials (401/403): that is the channel, every device would fail.
 */
export function classifyPushResult(
  result: MessageResult | undefined,
): Exclude<SendFault, { kind: 'unexpected' }> | { readonly kind: 'accepted' } {
  const status = result?.DeliveryStatus ?? 'MISSING';
  const code = result?.StatusCode ? `${status}:${result.StatusCode}` : status;
  switch (status) {
    case 'SUCCESSFUL':
      return { kind: 'accepted' };
    case 'OPT_OUT':
      return { kind: 'refused', reason: 'address-opted-out', code };
    case 'PERMANENT_FAILURE':
      return result?.StatusCode === 401 || result?.StatusCode === 403
        ? { kind: 'channel', code }
        : { kind: 'refused', reason: 'invalid-address', code };
    // One address per request, so a duplicate means the request itself was built wrong.
    case 'DUPLICATE':
      return { kind: 'message', code };
    // Pinpoint certainly did not pass these on.
    case 'TEMPORARY_FAILURE':
    case 'THROTTLED':
      return { kind: 'retry', code };
    // UNKNOWN_FAILURE or no result for the token: the platform may have the notification already.
    default:
      return { kind: 'retry', code, ambiguous: true };
  }
}

function messageConfiguration(
  platform: PushDevice['platform'],
  rendered: { title: string; body: string; data: Readonly<Record<string, string>> },
): DirectMessageConfiguration {
  const common = {
    Title: rendered.title,
    Body: rendered.body,
    Data: { ...rendered.data },
    Action: 'OPEN_APP' as const,
    SilentPush: false,
  };
  return platform === 'GCM' ? { GCMMessage: common } : { APNSMessage: { ...common, APNSPushType: 'alert' } };
}

/** Push through Pinpoint `SendMessages` to one device token; one call per message. */
export class PushSender implements ChannelSender {
  readonly channel = 'push' as const;

  constructor(
    private readonly client: PinpointClient,
    private readonly settings: PushSettings,
  ) {
    if (!settings.applicationId) throw new Error('the Pinpoint application id is required');
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const { rendered, to } = message;
    if (rendered.channel !== 'push') throw new Error(`PushSender cannot send a ${rendered.channel} message`);
    if (!to.platform) throw new Error('a push contact point needs its platform');
    let result: MessageResult | undefined;
    try {
      const response = await this.client.send(
        new SendMessagesCommand({
          ApplicationId: this.settings.applicationId,
          MessageRequest: {
            Addresses: { [to.address]: { ChannelType: to.platform } },
            MessageConfiguration: messageConfiguration(to.platform, rendered),
            Context: { 'message-id': message.messageId },
          },
        }),
      );
      result = response.MessageResponse?.Result?.[to.address];
    } catch (error) {
      return settleFault(this.channel, classifyPushError(error), error);
    }
    const verdict = classifyPushResult(result);
    if (verdict.kind !== 'accepted') return settleFault(this.channel, verdict, { name: verdict.code });
    if (!result?.MessageId) throw new Error('Pinpoint accepted the push without a message id');
    return { outcome: 'accepted', providerMessageId: result.MessageId };
  }
}
