import type { PatientRepliedDetail } from '../../events/messaging-event-schemas';
import type { Clock } from '../../ports';
import type { ChannelSender, MessageRecord } from '../ports';
import type { MessageOutbox } from '../send-ports';
import { smsSegments } from '../templates/compile-template';
import type { InboundOutcome, InboundSms } from './inbound-sms';

export interface InboundActionDependencies {
  readonly outbox: Pick<MessageOutbox, 'recordDecision' | 'settle'>;
  readonly sms: ChannelSender;
  readonly publisher: { publishPatientReplied(details: readonly PatientRepliedDetail[]): Promise<void> };
  readonly clock: Clock;
}

/**
 * What an inbound text still needs after `handleInboundSms` recorded its effects: the HELP answer sent (once:
 * its message id derives from the inbound id and is claimed before sending), a keyword reply announced.
 */
export async function actOnInbound(
  outcome: InboundOutcome,
  inbound: InboundSms,
  deps: InboundActionDependencies,
): Promise<'answered' | 'already-answered' | 'announced' | 'nothing'> {
  if (outcome.outcome === 'replied') {
    await deps.publisher.publishPatientReplied([outcome.announcement]);
    return 'announced';
  }
  if (outcome.outcome !== 'help') return 'nothing';
  const at = deps.clock.now().toISOString();
  const { reply } = outcome;
  const claim: MessageRecord = {
    messageId: reply.messageId,
    // A HELP answer concerns a number, not a patient.
    patientId: 'unattributed',
    cause: { kind: 'auto-reply', inboundId: inbound.inboundMessageId },
    templateId: 'sms-help',
    topic: 'general',
    channel: 'sms',
    status: 'claimed',
    checks: [],
    addressKey: outcome.addressKey,
    claimedAt: at,
    createdAt: at,
    updatedAt: at,
    events: [],
    revision: 0,
  };
  if ((await deps.outbox.recordDecision(claim)) === 'exists') return 'already-answered';
  const result = await deps.sms.send({
    messageId: reply.messageId,
    patientId: claim.patientId,
    topic: 'general',
    to: { channel: 'sms', address: inbound.originationNumber, addressKey: outcome.addressKey },
    rendered: { channel: 'sms', text: reply.text, ...smsSegments(reply.text) },
    at: deps.clock.now(),
  });
  const settledAt = deps.clock.now().toISOString();
  await deps.outbox.settle(
    reply.messageId,
    result.outcome === 'accepted'
      ? { status: 'sent', at: settledAt, providerMessageId: result.providerMessageId }
      : { status: 'failed', at: settledAt, reason: result.reason, detail: result.detail },
  );
  return 'answered';
}
