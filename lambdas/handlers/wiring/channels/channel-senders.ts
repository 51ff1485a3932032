import type { PlatformConfig } from '../../../config/config';
import type { ChannelSender } from '../../../domain/messaging/ports';
import type { Channel } from '../../../domain/patients/preferences';

/**
 * A sender built on its channel's first message. The AWS SDK comes from the runtime, so a client module a
 * function imports is read on its cold start even if no message goes that way; importing each channel's
 * module here, on first use, keeps the four clients (about 1.1 MB of SDK) out of the send functions' start.
 * A failed build is not kept, so the next message tries again.
 */
export function onFirstMessage(channel: Channel, build: () => Promise<ChannelSender>): ChannelSender {
  let built: Promise<ChannelSender> | undefined;
  return {
    channel,
    async send(message) {
      built ??= build().catch((error: unknown) => {
        built = undefined;
        throw error;
      });
      return (await built).send(message);
    },
  };
}

/** One sender per channel, built from the configuration; the local stack points the same clients at its outboxes. */
export function channelSenders(config: PlatformConfig): Record<Channel, ChannelSender> {
  return {
    email: onFirstMessage('email', async () => (await import('./email')).emailSender(config)),
    sms: onFirstMessage('sms', async () => (await import('./sms')).smsSender(config)),
    push: onFirstMessage('push', async () => (await import('./push')).pushSender(config)),
    letter: onFirstMessage('letter', async () => (await import('./letter')).letterSender(config)),
  };
}
