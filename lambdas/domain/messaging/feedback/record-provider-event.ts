import { contentHash } from '../../ingestion/content-hash';
import type { DeadLetterStore } from '../../ingestion/ports';
import { rejection } from '../../ingestion/rejection';
import type { Clock, Logger } from '../../ports';
import { type EngagementRecorder, recordEngagement } from '../engagement';
import { applyFeedback, type FeedbackApplication, type FeedbackDependencies } from './apply-feedback';
import type { FeedbackEventParse } from './feedback-result';

export interface ProviderEventDependencies extends FeedbackDependencies, EngagementRecorder {
  readonly deadLetters: DeadLetterStore;
  readonly logger: Logger;
  readonly clock: Clock;
}

/**
 * One SES or SMS provider event, parsed: feedback is applied and its engagement fact stored and announced
 * (segments re-evaluate on it); an event that breaks the provider's shape goes to the dead-letter store with
 * its reason, once however often it is delivered; expected traffic that is not ours is only counted.
 */
export async function recordProviderEvent(
  parse: FeedbackEventParse,
  payload: unknown,
  deps: ProviderEventDependencies,
): Promise<FeedbackApplication | { readonly outcome: 'ignored' | 'rejected'; readonly reason: string }> {
  if (parse.outcome === 'ignored') {
    deps.logger.info('Provider event ignored', { reason: parse.reason });
    return parse;
  }
  if (parse.outcome === 'rejected') {
    await recordRejectedProviderEvent(parse.reason, payload, deps);
    return parse;
  }
  const applied = await applyFeedback(parse.parsed, deps);
  if (applied.outcome !== 'unknown-message' && applied.engagement) await recordEngagement(applied.engagement, deps);
  return applied;
}

/** A provider event that breaks the provider's shape, kept with its reason: one dead letter per payload. */
export async function recordRejectedProviderEvent(
  reason: string,
  payload: unknown,
  deps: Pick<ProviderEventDependencies, 'deadLetters' | 'clock' | 'logger'>,
): Promise<void> {
  await deps.deadLetters.record({
    id: `provider-${contentHash(payload).slice(0, 32)}`,
    receivedAt: deps.clock.now().toISOString(),
    origin: 'provider-feedback',
    rejection: rejection('malformed-event', reason),
    payload,
  });
  deps.logger.warn('Provider event rejected', { reason });
}
