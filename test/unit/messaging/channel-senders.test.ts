import type { ChannelSender, OutboundMessage, SendResult } from '../../../lambdas/domain/messaging/ports';
import { onFirstMessage } from '../../../lambdas/handlers/wiring/channels/channel-senders';

const message = { messageId: 'm-1' } as OutboundMessage;
const accepted: SendResult = { outcome: 'accepted', providerMessageId: 'p-1' };

function senderAnswering(result: SendResult): ChannelSender & { readonly sent: OutboundMessage[] } {
  const sent: OutboundMessage[] = [];
  return {
    channel: 'email',
    sent,
    async send(outbound) {
      sent.push(outbound);
      return result;
    },
  };
}

describe('a channel sender built on its first message', () => {
  it('builds nothing until a message goes that way', () => {
    const build = jest.fn(async () => senderAnswering(accepted));

    const sender = onFirstMessage('email', build);

    expect(sender.channel).toBe('email');
    expect(build).not.toHaveBeenCalled();
  });

  it('builds once and passes every message to the built sender', async () => {
    const built = senderAnswering(accepted);
    const build = jest.fn(async () => built);
    const sender = onFirstMessage('email', build);

    const results = [await sender.send(message), await sender.send(message)];

    expect(build).toHaveBeenCalledTimes(1);
    expect(results).toEqual([accepted, accepted]);
    expect(built.sent).toEqual([message, message]);
  });

  it('throws a failed build and tries again on the next message', async () => {
    const build = jest
      .fn<Promise<ChannelSender>, []>()
      .mockRejectedValueOnce(new Error('module not loaded'))
      .mockResolvedValueOnce(senderAnswering(accepted));
    const sender = onFirstMessage('email', build);

    await expect(sender.send(message)).rejects.toThrow('module not loaded');
    await expect(sender.send(message)).resolves.toEqual(accepted);
    expect(build).toHaveBeenCalledTimes(2);
  });
});
