import type { EngagementKind } from '../../segments/definition-schema';
import type { MessageFeedback, SuppressionReason } from '../ports';

/** What one provider event says about one of our messages, whatever the channel. */
export interface ParsedFeedback {
  readonly messageId: string;
  readonly feedback: MessageFeedback;
  /** The address must not be used again. */
  readonly suppress?: SuppressionReason;
  /** The patient objected (a spam complaint): opt them out of marketing topics on the message's channel. */
  readonly optOutMarketing: boolean;
  /** What the patient did, for segments and analytics. */
  readonly engagement?: Extract<EngagementKind, 'received' | 'opened' | 'clicked'>;
}

/**
 * The verdict on one provider event. `ignored` is expected traffic (another application's mail in the same
 * account, a status that changes nothing); `rejected` is an event that breaks the provider's documented shape,
 * which the handler keeps in the dead-letter store. Reasons name fields, never values.
 */
export type FeedbackEventParse =
  | { readonly outcome: 'feedback'; readonly parsed: ParsedFeedback }
  | { readonly outcome: 'ignored'; readonly reason: 'not-ours' | 'no-status-change' | 'unhandled-type' }
  | { readonly outcome: 'rejected'; readonly reason: string };

/** The first schema error as `path message`: names a field, never echoes its value. */
export function schemaErrorOf(errors: readonly { instancePath: string; message?: string }[] | null | undefined) {
  const first = errors?.[0];
  return first ? `${first.instancePath || '/'} ${first.message ?? 'is invalid'}` : 'does not match the schema';
}
