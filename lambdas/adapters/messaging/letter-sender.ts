import {
  addressLines,
  type LetterEntry,
  type LetterStorage,
  letterDate,
  letterKeys,
} from '../../domain/messaging/letter-batch';
import {
  type ChannelSender,
  type OutboundMessage,
  type SendResult,
  TransientSendError,
} from '../../domain/messaging/ports';
import { TransientStoreError } from '../errors';

/**
 * Letters go into the day's batch: the rendered HTML, then its manifest entry (so an entry never points at
 * a missing file). Rewriting both on a retry is harmless; `closeLetterBatch` turns the entries into the
 * print vendor's manifest.
 */
export class LetterSender implements ChannelSender {
  readonly channel = 'letter' as const;

  constructor(private readonly storage: LetterStorage) {}

  async send(message: OutboundMessage): Promise<SendResult> {
    const { rendered } = message;
    if (rendered.channel !== 'letter') throw new Error(`LetterSender cannot send a ${rendered.channel} message`);
    const recipient = addressLines(message.to.address);
    if (recipient.length === 0)
      return { outcome: 'refused', reason: 'invalid-address', detail: 'empty-postal-address' };
    const date = letterDate(message.at);
    const keys = letterKeys(date, message.messageId);
    const entry: LetterEntry = {
      messageId: message.messageId,
      patientId: message.patientId,
      topic: message.topic,
      recipient,
      pages: 1,
      file: keys.html,
    };
    try {
      await this.storage.put(keys.html, rendered.html, 'text/html; charset=utf-8');
      await this.storage.put(keys.entry, JSON.stringify(entry), 'application/json');
    } catch (error) {
      if (error instanceof TransientStoreError) {
        throw new TransientSendError('letter storage unavailable', { cause: error.cause });
      }
      throw error;
    }
    return { outcome: 'accepted', providerMessageId: `letter:${date}/${message.messageId}` };
  }
}
