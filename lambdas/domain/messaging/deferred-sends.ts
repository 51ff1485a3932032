import type { Logger } from '../ports';
import { sendMessage } from './send-message';
import type { DeferredSends, SendDependencies, SendOutcome } from './send-ports';

const BATCH = 100;

/**
 * Every minute on AWS (every tick locally): sends the deferred messages that are due. Each is the same
 * request, so the same message id: a message already decided by another attempt is answered from its record.
 * A send that fails transiently stays due and is tried again on the next run; the others finish the batch.
 */
export async function resumeDeferredSends(
  deps: SendDependencies & { readonly deferred: DeferredSends; readonly logger: Logger },
  limit = BATCH,
): Promise<{ readonly resumed: number; readonly outcomes: Readonly<Record<SendOutcome['outcome'], number>> }> {
  const due = await deps.deferred.due(deps.clock.now(), limit);
  const outcomes = { sent: 0, skipped: 0, deferred: 0, failed: 0, 'in-doubt': 0 };
  for (const entry of due) {
    try {
      const outcome = await sendMessage(entry.request, deps);
      outcomes[outcome.outcome]++;
      await deps.deferred.done(entry);
    } catch (error) {
      deps.logger.warn('Deferred send failed; it stays due', {
        messageId: entry.messageId,
        error: (error as Error).name,
      });
    }
  }
  return { resumed: due.length, outcomes };
}
