import type * as fhir4 from 'fhir/r4';
import type { Channel } from '../patients/preferences';
import { messageIdOf } from './message';
import { candidateAddressKeys } from './policy/contact-points';
import { decidePolicy } from './policy/decide';
import { pruneRecentSends } from './policy/frequency-caps';
import { timeZoneDecisionOf, timeZoneOf } from './policy/quiet-hours';
import type { PolicyDecision } from './policy-types';
import { type ContactPoint, type MessageRecord, PermanentSendError, TransientSendError } from './ports';
import {
  type LoadedTemplate,
  needsResumption,
  type SendDependencies,
  type SendLedger,
  type SendOutcome,
  type SendRequest,
} from './send-ports';
import type { MessagingSettings } from './settings';

/** How long a claim may stay unsettled before a retry calls it in doubt rather than waiting for it. */
export const CLAIM_LEASE_MS = 5 * 60_000;
/** How long after a paused channel (`ChannelUnavailableError`) the message is tried again. */
export const CHANNEL_RETRY_MS = 15 * 60_000;
/** A message whose channel stays unavailable this long after it was first decided fails instead. */
export const CHANNEL_GIVE_UP_MS = 24 * 60 * 60_000;
/** A concurrent sender moved the ledger: decide again on what it wrote, a few times, then let the caller retry. */
const MAX_LEDGER_RACES = 3;

/** Another attempt holds the claim and may still be talking to the provider: retry later. */
export class MessageInFlightError extends TransientSendError {
  constructor(messageId: string) {
    super(`message ${messageId} is being sent by another attempt`);
    this.name = 'MessageInFlightError';
  }
}

/**
 * Sends one message, exactly as policy allows, at most once per cause:
 * 1. the message id derives from the cause; a record that exists and is settled answers the retry;
 * 2. policy decides (consent, address opt-outs, suppression, caps, quiet hours, a usable contact point);
 * 3. the record is claimed and the send counted in the patient's ledger in one transaction, before the
 *    provider is called; 4. the provider's answer settles the record.
 * Expected outcomes are values; transient faults throw so Step Functions or EventBridge retries.
 */
export async function sendMessage(request: SendRequest, deps: SendDependencies): Promise<SendOutcome> {
  const messageId = messageIdOf(request.patientId, request.cause);
  for (let race = 0; race < MAX_LEDGER_RACES; race++) {
    const existing = await deps.outbox.get(messageId);
    if (existing) {
      const answered = answerFromRecord(existing, deps.clock.now());
      if (answered === 'in-doubt') return settleInDoubt(existing, deps);
      if (answered) return answered;
    }
    const attempt = await decideAndClaim(request, messageId, existing, deps);
    if (attempt !== 'ledger-changed') return attempt;
  }
  throw new TransientSendError(`message ${messageId}: the patient's send ledger kept changing`);
}

/** What a retry answers from the record an earlier attempt wrote; undefined when it may go on. */
function answerFromRecord(record: MessageRecord, now: Date): SendOutcome | 'in-doubt' | undefined {
  switch (record.status) {
    case 'deferred':
    case 'retrying':
      return undefined;
    case 'claimed': {
      const claimedAt = Date.parse(record.claimedAt ?? record.updatedAt);
      if (now.getTime() - claimedAt < CLAIM_LEASE_MS) throw new MessageInFlightError(record.messageId);
      return 'in-doubt';
    }
    case 'skipped':
      return outcomeOf(record, 'skipped', true);
    case 'failed':
      return outcomeOf(record, 'failed', true);
    case 'in-doubt':
      return outcomeOf(record, 'in-doubt', true);
    default:
      return outcomeOf(record, 'sent', true);
  }
}

function outcomeOf(record: MessageRecord, outcome: SendOutcome['outcome'], duplicate: boolean): SendOutcome {
  return {
    messageId: record.messageId,
    outcome,
    ...(record.channel ? { channel: record.channel } : {}),
    ...(record.reason ? { reason: record.reason } : {}),
    ...(record.deferredUntil && outcome === 'deferred' ? { until: record.deferredUntil } : {}),
    duplicate,
  };
}

/**
 * A claim nothing settled within its lease: the provider may have sent it, so it is never sent again. The
 * address's last message is noted as this one (if nothing newer is), so that a STOP answering it is the
 * patient's: the writes after an acceptance that a crash interrupted are finished here.
 */
async function settleInDoubt(record: MessageRecord, deps: SendDependencies): Promise<SendOutcome> {
  const at = deps.clock.now().toISOString();
  if (record.addressKey) {
    await deps.addressBook.noteSent(record.addressKey, record.messageId, record.patientId, record.claimedAt ?? at);
  }
  await deps.outbox.settle(record.messageId, {
    status: 'in-doubt',
    at,
    detail: 'claim expired before the provider answer was recorded',
  });
  return outcomeOf({ ...record, status: 'in-doubt' }, 'in-doubt', true);
}

/**
 * The claim sweeper (every run of ResumeDeferredSends): claims older than their lease become `in-doubt`, so a
 * send whose every retry was spent (a crashed staff send, a journey that failed) does not stay `claimed`.
 * Returns how many it settled; each is logged by id for the in-doubt alarm.
 */
export async function sweepExpiredClaims(
  deps: Pick<SendDependencies, 'outbox' | 'addressBook' | 'clock'>,
  limit: number,
): Promise<readonly string[]> {
  const expired = await deps.outbox.expiredClaims(new Date(deps.clock.now().getTime() - CLAIM_LEASE_MS), limit);
  for (const record of expired) await settleInDoubt(record, deps as SendDependencies);
  return expired.map((record) => record.messageId);
}

async function decideAndClaim(
  request: SendRequest,
  messageId: string,
  existing: MessageRecord | undefined,
  deps: SendDependencies,
): Promise<SendOutcome | 'ledger-changed'> {
  const now = deps.clock.now();
  const base = baseRecord(request, messageId, existing, now);
  const [patient, template, messaging] = await Promise.all([
    deps.patients.getPatient(request.patientId),
    deps.templates.load(request.templateId, request.templateVersion),
    deps.settings(),
  ]);
  if (!patient) return decideWithoutSending(deps, { ...base, status: 'skipped', reason: 'patient-unknown' });
  if (!template) return decideWithoutSending(deps, { ...base, status: 'skipped', reason: 'template-unavailable' });
  const settings = messaging.policy;
  const zone = timeZoneDecisionOf(patient, settings);
  const withTemplate = { ...base, templateVersion: template.version, timeZone: zone.zone, timeZoneSource: zone.source };

  const channels = request.intent.fallback ? request.intent.channels : request.intent.channels.slice(0, 1);
  const [devices, preferences, ledgers] = await Promise.all([
    channels.includes('push') ? deps.devices.devices(request.patientId) : Promise.resolve([]),
    deps.preferences.current(request.patientId),
    Promise.all(
      channels.map(async (channel) => [channel, await deps.outbox.ledger(request.patientId, channel)] as const),
    ),
  ]);
  const addressKeys = candidateAddressKeys(patient, devices, settings, now, deps.addressKeyOf, channels);
  const statuses = await deps.addressBook.statusOf(addressKeys);
  const addressOptOuts = new Set<string>();
  const suppressed = new Set<string>();
  for (const [key, status] of statuses) {
    if (status.optedOut) addressOptOuts.add(key);
    if (status.suppressed) suppressed.add(key);
  }
  const ledgerOf = new Map<Channel, SendLedger>(ledgers);
  const recentSends: Partial<Record<Channel, number[]>> = {};
  for (const [channel, ledger] of ledgers) {
    // This message's own earlier claim (released by a transient fault) does not count against it.
    recentSends[channel] = Object.entries(ledger.sends)
      .filter(([id]) => id !== messageId)
      .map(([, at]) => at)
      .sort((a, b) => a - b);
  }

  const decision = decidePolicy({
    now,
    patient,
    devices,
    preferences,
    addressOptOuts,
    suppressed,
    addressKeyOf: deps.addressKeyOf,
    recentSends,
    templateChannels: template.channels,
    intent: request.intent,
    settings,
  });
  return act(decision, { request, base: withTemplate, patient, template, messaging, ledgerOf, deps, now });
}

interface Context {
  readonly request: SendRequest;
  readonly base: MessageRecord;
  readonly patient: fhir4.Patient;
  readonly template: LoadedTemplate;
  readonly messaging: MessagingSettings;
  readonly ledgerOf: ReadonlyMap<Channel, SendLedger>;
  readonly deps: SendDependencies;
  readonly now: Date;
}

async function act(decision: PolicyDecision, context: Context): Promise<SendOutcome | 'ledger-changed'> {
  const { base, deps } = context;
  if (decision.outcome === 'skip') {
    return decideWithoutSending(deps, { ...base, status: 'skipped', reason: decision.reason, checks: decision.checks });
  }
  if (decision.outcome === 'defer') {
    if (needsResumption(context.request)) {
      await deps.deferrals.schedule({ messageId: base.messageId, until: decision.until, request: context.request });
    }
    return decideWithoutSending(deps, {
      ...base,
      status: 'deferred',
      channel: decision.channel,
      reason: 'quiet-hours',
      deferredUntil: decision.until,
      checks: decision.checks,
    });
  }
  return claimAndSend(decision.to, decision.checks, context);
}

async function decideWithoutSending(deps: SendDependencies, record: MessageRecord): Promise<SendOutcome> {
  const written = await deps.outbox.recordDecision(record);
  if (written === 'exists') return answerForWinner(record.messageId, deps);
  return outcomeOf(record, publicOutcome(record), false);
}

/** Another attempt of the same message got there first: its answer, once it has one. */
async function answerForWinner(messageId: string, deps: SendDependencies): Promise<SendOutcome> {
  const winner = await deps.outbox.get(messageId);
  // Still talking to the provider (or released since): retry later rather than report what is not known yet.
  if (!winner || winner.status === 'claimed' || winner.status === 'retrying') throw new MessageInFlightError(messageId);
  return outcomeOf(winner, publicOutcome(winner), true);
}

function publicOutcome(record: MessageRecord): SendOutcome['outcome'] {
  if (record.status === 'skipped' || record.status === 'deferred' || record.status === 'failed') return record.status;
  if (record.status === 'in-doubt') return 'in-doubt';
  return 'sent';
}

async function claimAndSend(
  to: ContactPoint,
  checks: MessageRecord['checks'],
  context: Context,
): Promise<SendOutcome | 'ledger-changed'> {
  const { request, base, deps, now, template } = context;
  const links = linksFor(to.channel, context);
  const rendering = template.render(to.channel, {
    messageId: base.messageId,
    patient: context.patient,
    triggeringResource: request.triggeringResource
      ? await deps.patients.getResource(
          request.patientId,
          request.triggeringResource.resourceType,
          request.triggeringResource.id,
        )
      : undefined,
    timeZone: base.timeZone ?? timeZoneOf(context.patient, context.messaging.policy),
    organisation: context.messaging.organisation,
    links,
  });
  if (!rendering) {
    return decideWithoutSending(deps, { ...base, status: 'skipped', reason: 'channel-not-in-template', checks });
  }
  const atIso = now.toISOString();
  const claimed: MessageRecord = {
    ...base,
    status: 'claimed',
    channel: to.channel,
    language: rendering.language,
    addressKey: to.addressKey,
    checks,
    claimedAt: atIso,
    updatedAt: atIso,
  };
  const ledger = context.ledgerOf.get(to.channel) ?? { sends: {} };
  // The ledger keeps only what a cap can still see, so it stays one small item.
  const pruned = pruneRecentSends({ [to.channel]: Object.values(ledger.sends) }, now, context.messaging.policy);
  const keep = new Set(pruned[to.channel] ?? []);
  const kept = Object.fromEntries(Object.entries(ledger.sends).filter(([, at]) => keep.has(at)));
  const claim = await deps.outbox.claim(claimed, to.channel, {
    sends: { ...kept, [base.messageId]: now.getTime() },
    revision: ledger.revision,
  });
  if (claim === 'ledger-changed') return 'ledger-changed';
  if (claim === 'exists') return answerForWinner(base.messageId, deps);

  const sender = deps.senders[to.channel];
  if (!sender) throw new Error(`no sender is configured for the ${to.channel} channel`);
  let result: Awaited<ReturnType<typeof sender.send>>;
  try {
    result = await sender.send({
      messageId: base.messageId,
      patientId: base.patientId,
      topic: base.topic,
      to,
      rendered: rendering.rendered,
      at: now,
      ...(to.channel === 'email' ? { unsubscribeUrl: links.unsubscribe } : {}),
    });
  } catch (error) {
    if (error instanceof PermanentSendError && error.kind === 'channel') {
      return deferWhileChannelUnavailable(error, context);
    }
    if (error instanceof PermanentSendError && error.kind === 'message') {
      // The provider refused this content: sending it again unchanged fails the same way. Not the address's fault.
      const at = deps.clock.now().toISOString();
      await deps.outbox.settle(base.messageId, {
        status: 'failed',
        at,
        reason: 'content-rejected',
        detail: error.code,
      });
      return {
        messageId: base.messageId,
        outcome: 'failed',
        channel: to.channel,
        reason: 'content-rejected',
        duplicate: false,
      };
    }
    // The provider certainly did not act on a throttled, 5xx or channel-unavailable call: release the claim so
    // a retry sends. A call that may have reached it (time-out, dropped connection) stays claimed: in doubt.
    if (!mayHaveBeenAccepted(error)) {
      await deps.outbox.settle(base.messageId, {
        status: 'retrying',
        at: deps.clock.now().toISOString(),
        detail: (error as Error).name,
      });
    }
    throw error;
  }
  const settledAt = deps.clock.now().toISOString();
  if (result.outcome === 'refused') {
    await deps.outbox.settle(base.messageId, {
      status: 'failed',
      at: settledAt,
      reason: result.reason,
      detail: result.detail,
    });
    if (result.reason === 'address-opted-out') await deps.addressBook.optOut(to.addressKey, 'provider', settledAt);
    else {
      const reason = result.reason === 'suppressed' ? 'provider-suppressed' : 'invalid-address';
      await deps.addressBook.suppress(to.addressKey, reason, settledAt, base.messageId);
    }
    return {
      messageId: base.messageId,
      outcome: 'failed',
      channel: to.channel,
      reason: result.reason,
      duplicate: false,
    };
  }
  // The writes that follow an acceptance come before the record says `sent`: a crash between them leaves the
  // record claimed, and the retry (in doubt) finishes the address note instead of answering a bare duplicate.
  await deps.addressBook.noteSent(to.addressKey, base.messageId, base.patientId, settledAt);
  if (to.channel === 'letter' || to.channel === 'push') {
    await deps.engagement.recordReceived({ ...claimed, status: 'sent' }, settledAt);
  }
  await deps.outbox.settle(base.messageId, {
    status: 'sent',
    at: settledAt,
    providerMessageId: result.providerMessageId,
  });
  return { messageId: base.messageId, outcome: 'sent', channel: to.channel, duplicate: false };
}

/**
 * The channel cannot send for anyone until an operator acts (a paused SMS account, an SES identity in review):
 * the message waits and is tried again every `CHANNEL_RETRY_MS` — a journey step waits in Step Functions, other
 * sends through the deferral store — and fails as `channel-unavailable` once it has waited `CHANNEL_GIVE_UP_MS`.
 */
async function deferWhileChannelUnavailable(error: PermanentSendError, context: Context): Promise<SendOutcome> {
  const { base, deps, request } = context;
  const now = deps.clock.now();
  const channel = error.channel;
  if (now.getTime() - Date.parse(base.createdAt) >= CHANNEL_GIVE_UP_MS) {
    await deps.outbox.settle(base.messageId, {
      status: 'failed',
      at: now.toISOString(),
      reason: 'channel-unavailable',
      detail: error.code,
    });
    return { messageId: base.messageId, outcome: 'failed', channel, reason: 'channel-unavailable', duplicate: false };
  }
  const until = new Date(now.getTime() + CHANNEL_RETRY_MS).toISOString();
  if (needsResumption(request)) await deps.deferrals.schedule({ messageId: base.messageId, until, request });
  await deps.outbox.settle(base.messageId, {
    status: 'deferred',
    at: now.toISOString(),
    reason: 'channel-unavailable',
    detail: error.code,
    deferredUntil: until,
  });
  return {
    messageId: base.messageId,
    outcome: 'deferred',
    channel,
    reason: 'channel-unavailable',
    until,
    duplicate: false,
  };
}

/** Whether the failed call may have reached the provider (the adapter says; any other error did not send). */
function mayHaveBeenAccepted(error: unknown): boolean {
  return error instanceof TransientSendError && error.mayHaveBeenAccepted;
}

function baseRecord(
  request: SendRequest,
  messageId: string,
  existing: MessageRecord | undefined,
  now: Date,
): MessageRecord {
  const at = now.toISOString();
  return {
    messageId,
    patientId: request.patientId,
    cause: request.cause,
    templateId: request.templateId,
    topic: request.intent.topic,
    status: 'skipped',
    checks: [],
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    events: existing?.events ?? [],
    revision: existing?.revision ?? 0,
  };
}

function linksFor(channel: Channel, context: Context): Record<string, string> {
  const { base, request, deps } = context;
  const payload = {
    messageId: base.messageId,
    patientId: base.patientId,
    channel,
    topic: base.topic,
    ...(request.triggeringResource ? { resourceId: request.triggeringResource.id } : {}),
  };
  const links: Record<string, string> = { unsubscribe: deps.links.link('unsubscribe', payload) };
  if (request.triggeringResource?.resourceType === 'Appointment') {
    links.confirm = deps.links.link('confirm', payload);
    links.cancel = deps.links.link('cancel', payload);
  }
  return links;
}
