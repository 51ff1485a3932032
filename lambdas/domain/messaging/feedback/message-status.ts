import type { MessageStatus } from '../message';

/**
 * Where each status stands. Progress is a rank: feedback arrives out of order (an open can overtake the
 * delivery receipt, a delay report can come after delivery), so a status only ever moves up it. A status
 * added to the contract must be placed here (the record is exhaustive), so no status is ever unordered.
 */
const STAGE: Readonly<Record<MessageStatus, number | 'terminal' | 'never-sent'>> = {
  claimed: 0,
  retrying: 0,
  'in-doubt': 0,
  sent: 1,
  delayed: 2,
  delivered: 3,
  opened: 4,
  clicked: 5,
  bounced: 'terminal',
  complained: 'terminal',
  rejected: 'terminal',
  failed: 'terminal',
  skipped: 'never-sent',
  deferred: 'never-sent',
};

/**
 * The status after an observation. Progress moves forward only (a late `delayed` after `delivered` changes
 * nothing). A terminal observation ends the message whatever progress it had made (SES reports a bounce
 * after the receiving server first accepted the mail, and a complaint always follows delivery); once
 * terminal, only a complaint changes it, because it is the patient's own word. Any feedback on a `claimed`,
 * `retrying` or `in-doubt` message proves the provider took it, so the observation reconciles the claim.
 * Skipped and deferred messages were never sent: no feedback can be about them.
 */
export function nextStatus(current: MessageStatus, observed: MessageStatus): MessageStatus {
  const from = STAGE[current];
  const to = STAGE[observed];
  if (from === 'never-sent' || to === 'never-sent') return current;
  if (from === 'terminal') return observed === 'complained' ? observed : current;
  if (to === 'terminal') return observed;
  return to > from ? observed : current;
}
