import type { PreferenceStore } from '../../patients/ports';
import { type PreferenceChange, type RecordOutcome, TOPICS } from '../../patients/preferences';
import type { Logger } from '../../ports';
import { type EngagementToRecord, engagementOf } from '../engagement';
import { TOPIC_KINDS } from '../message';
import type { AddressBook, MessageLog, MessageRecord, SuppressionReason } from '../ports';
import type { ParsedFeedback } from './feedback-result';

export interface FeedbackDependencies {
  readonly messages: MessageLog;
  readonly addressBook: Pick<AddressBook, 'suppress'>;
  readonly preferences: Pick<PreferenceStore, 'record'>;
  readonly logger: Logger;
}

export type FeedbackApplication =
  | { readonly outcome: 'unknown-message'; readonly messageId: string }
  | {
      readonly outcome: 'applied' | 'duplicate';
      readonly messageId: string;
      readonly patientId: string;
      readonly suppressed?: SuppressionReason;
      readonly marketingOptOuts: readonly RecordOutcome[];
      readonly engagement?: EngagementToRecord;
    };

/**
 * Applies one parsed provider event: the log's status, then the address suppression, the marketing opt-out
 * of a complaint, and the engagement fact to record. A `duplicate` observation still runs the rest: each step
 * is idempotent (same arguments, derived change ids), and a retry after a fault halfway must finish the job.
 * An unknown message (sent before the log existed, or by another stack sharing the account) is logged, not thrown.
 */
export async function applyFeedback(parsed: ParsedFeedback, deps: FeedbackDependencies): Promise<FeedbackApplication> {
  const { messageId, feedback } = parsed;
  const record = await deps.messages.get(messageId);
  const outcome = record ? await deps.messages.recordFeedback(messageId, feedback) : 'unknown-message';
  if (!record || outcome === 'unknown-message') {
    deps.logger.warn('Feedback for an unknown message', { messageId, status: feedback.status });
    return { outcome: 'unknown-message', messageId };
  }
  const suppressed = await suppress(parsed, record, deps);
  const marketingOptOuts = parsed.optOutMarketing ? await optOutOfMarketing(record, feedback.at, deps) : [];
  deps.logger.info('Feedback applied', {
    messageId,
    patientId: record.patientId,
    status: feedback.status,
    outcome,
    suppressed,
    marketingOptOuts: marketingOptOuts.length,
  });
  return {
    outcome,
    messageId,
    patientId: record.patientId,
    ...(suppressed ? { suppressed } : {}),
    marketingOptOuts,
    ...(parsed.engagement ? { engagement: engagementOf(record, parsed.engagement, feedback.at) } : {}),
  };
}

async function suppress(
  parsed: ParsedFeedback,
  record: MessageRecord,
  deps: FeedbackDependencies,
): Promise<SuppressionReason | undefined> {
  if (!parsed.suppress) return undefined;
  if (!record.addressKey) {
    deps.logger.warn('Suppression without an address key on the message', { messageId: record.messageId });
    return undefined;
  }
  await deps.addressBook.suppress(record.addressKey, parsed.suppress, parsed.feedback.at, record.messageId);
  return parsed.suppress;
}

/**
 * A spam complaint is the patient refusing mail like this: every marketing topic on the message's channel is
 * opted out for them, wherever their address moves. Care topics are left as they were; the suppressed address
 * already stops them reaching it. The preference sources have no `complaint`: it is the patient acting on the
 * message itself, so `patient-link`, with the reason saying which.
 */
async function optOutOfMarketing(
  record: MessageRecord,
  at: string,
  deps: FeedbackDependencies,
): Promise<RecordOutcome[]> {
  const outcomes: RecordOutcome[] = [];
  for (const topic of TOPICS.filter((t) => TOPIC_KINDS[t] === 'marketing')) {
    const change: PreferenceChange = {
      changeId: `complaint-${record.messageId}-${topic}`,
      patientId: record.patientId,
      channel: record.channel ?? 'email',
      topic,
      status: 'opted-out',
      source: 'patient-link',
      actor: 'patient',
      at,
      reason: `spam complaint on message ${record.messageId}`,
    };
    outcomes.push(await deps.preferences.record(change));
  }
  return outcomes;
}
