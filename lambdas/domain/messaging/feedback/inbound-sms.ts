import type { FromSchema } from 'json-schema-to-ts';
import type { PatientRepliedDetail } from '../../events/messaging-event-schemas';
import type { PreferenceStore } from '../../patients/ports';
import { type PreferenceChange, type RecordOutcome, TOPICS, type Topic } from '../../patients/preferences';
import type { Logger } from '../../ports';
import { validateInboundSms } from '../../validation/generated/validators';
import { typedValidator } from '../../validation/validator';
import { messageIdOf, TOPIC_KINDS } from '../message';
import { type AddressKeyOf, normalisePhone } from '../policy/address-key';
import type { AddressBook } from '../ports';
import { schemaErrorOf } from './feedback-result';

/**
 * The keywords End User Messaging honours as opt-outs where the law requires (its documented list), plus
 * STOPALL, REVOKE and OPT OUT, which carriers and the FCC's 2025 revocation rule treat as opt-outs too.
 * Honouring one word too many costs a message; missing one breaks the law.
 */
export const OPT_OUT_KEYWORDS: ReadonlySet<string> = new Set([
  'ARRET',
  'CANCEL',
  'END',
  'OPT-OUT',
  'OPTOUT',
  'OPT OUT',
  'QUIT',
  'REMOVE',
  'REVOKE',
  'STOP',
  'STOPALL',
  'TD',
  'UNSUBSCRIBE',
]);

/** The re-subscribe keywords AWS documents. Not YES: patients answer questions with it. */
export const OPT_IN_KEYWORDS: ReadonlySet<string> = new Set(['START', 'UNSTOP']);

export const HELP_KEYWORDS: ReadonlySet<string> = new Set(['HELP', 'INFO']);

export interface InboundSmsSettings {
  /** Configured reply keywords → the event they mean, e.g. `{ C: 'appointment-confirmed' }`. */
  readonly keywords: Readonly<Record<string, string>>;
  /** The answer to HELP: who is texting and how to reach a person. */
  readonly helpText: string;
  /** For numbers written without a country (E.164 is what the provider sends). */
  readonly defaultCountry: string;
}

export type InboundClass =
  | 'opt-out'
  | 'opt-in'
  | 'help'
  | { readonly keyword: string; readonly event: string }
  | 'other';

const MARKS = /\p{M}/gu;
const EDGES = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const SPACES = /\s+/g;

/** Upper-case, accents dropped (ARRÊT is ARRET), edge punctuation and spacing trimmed: `stop.` is STOP. */
export function normaliseKeyword(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(EDGES, '').replace(SPACES, ' ').toUpperCase();
}

/**
 * What an inbound text asks for. The whole message must be the keyword ("stop" is an opt-out, "don't stop
 * the reminders" is not). Compliance keywords win over a configured keyword of the same spelling.
 */
export function classifyInbound(body: string, settings: Pick<InboundSmsSettings, 'keywords'>): InboundClass {
  const word = normaliseKeyword(body);
  if (OPT_OUT_KEYWORDS.has(word)) return 'opt-out';
  if (OPT_IN_KEYWORDS.has(word)) return 'opt-in';
  if (HELP_KEYWORDS.has(word)) return 'help';
  for (const [keyword, event] of Object.entries(settings.keywords)) {
    if (normaliseKeyword(keyword) === word) return { keyword: word, event };
  }
  return 'other';
}

export const inboundSmsSchema = {
  type: 'object',
  required: ['originationNumber', 'destinationNumber', 'messageBody', 'inboundMessageId'],
  properties: {
    originationNumber: { type: 'string', minLength: 1 },
    destinationNumber: { type: 'string', minLength: 1 },
    messageKeyword: { type: 'string' },
    messageBody: { type: 'string' },
    inboundMessageId: { type: 'string', minLength: 1, maxLength: 128 },
    previousPublishedMessageId: { type: 'string' },
  },
} as const;

export type InboundSms = FromSchema<typeof inboundSmsSchema>;

const validateInbound = typedValidator<InboundSms>(validateInboundSms);

/** The two-way SMS payload (the SNS record's `Message`), or why it is not one. */
export function parseInboundSms(
  message: string,
):
  | { readonly outcome: 'inbound'; readonly inbound: InboundSms }
  | { readonly outcome: 'rejected'; readonly reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return { outcome: 'rejected', reason: 'the message is not JSON' };
  }
  if (!validateInbound(value)) return { outcome: 'rejected', reason: schemaErrorOf(validateInbound.errors) };
  return { outcome: 'inbound', inbound: value };
}

/** The HELP answer for the handler to send to the number that asked; its message id makes a resend one message. */
export interface AutoReply {
  readonly messageId: string;
  readonly to: string;
  readonly text: string;
}

/** What an inbound text did: ids and the address key, which stays out of logs (it stands for the number). */
export type InboundOutcome =
  | {
      readonly outcome: 'opted-out' | 'opted-in';
      readonly addressKey: string;
      /** The patient the address last messaged, whose SMS preferences changed too. */
      readonly patientId?: string;
      readonly changes: readonly RecordOutcome[];
    }
  | { readonly outcome: 'help'; readonly addressKey: string; readonly reply: AutoReply }
  | { readonly outcome: 'replied'; readonly addressKey: string; readonly announcement: PatientRepliedDetail }
  | {
      readonly outcome: 'free-text';
      readonly addressKey: string;
      readonly patientId: string;
      readonly messageId: string;
    }
  | {
      readonly outcome: 'unattributed';
      readonly addressKey?: string;
      readonly reason: 'no-message-to-address' | 'unreadable-number';
    };

export interface InboundSmsDependencies {
  readonly addressBook: Pick<AddressBook, 'statusOf' | 'optOut' | 'optIn'>;
  readonly preferences: Pick<PreferenceStore, 'record' | 'history'>;
  readonly settings: InboundSmsSettings;
  readonly addressKeyOf: AddressKeyOf;
  readonly logger: Logger;
}

/**
 * Acts on one inbound text. `now` is when it arrived: the handler passes the SNS publish time, which a
 * redelivery repeats, so a redelivered STOP cannot land after a later START. Every effect is idempotent on
 * the inbound message id: address changes carry the same instant, preference change ids derive from it, the
 * HELP reply's message id derives from it. The announcement is published again on a redelivery, with the
 * same content and instant (its schema has no reply id yet to drop it by).
 *
 * Replies are attributed to the last message sent to the number (`AddressStatus.lastMessage`): the patient
 * it was for is the one who most likely answered, when several share a phone.
 */
export async function handleInboundSms(
  inbound: InboundSms,
  deps: InboundSmsDependencies,
  now: Date,
): Promise<InboundOutcome> {
  const phone = normalisePhone(inbound.originationNumber, deps.settings.defaultCountry);
  if (!phone) return { outcome: 'unattributed', reason: 'unreadable-number' };
  const addressKey = deps.addressKeyOf('sms', phone);
  const at = now.toISOString();
  const kind = classifyInbound(inbound.messageBody, deps.settings);
  const last = (await deps.addressBook.statusOf([addressKey])).get(addressKey)?.lastMessage;
  // Logged: ids only. The address key is left out: it is as good as the number to whoever holds the secret.
  const ids = { inboundMessageId: inbound.inboundMessageId, patientId: last?.patientId };

  if (kind === 'help') {
    // Sent even to an opted-out number: carriers require HELP to be answered.
    const messageId = messageIdOf('', { kind: 'auto-reply', inboundId: inbound.inboundMessageId });
    deps.logger.info('SMS HELP received', { ...ids, messageId });
    return { outcome: 'help', addressKey, reply: { messageId, to: addressKey, text: deps.settings.helpText } };
  }
  if (kind === 'opt-out') {
    await deps.addressBook.optOut(addressKey, 'inbound-sms', at, normaliseKeyword(inbound.messageBody));
    const changes = last ? await recordAll(stopChanges(last.patientId, inbound.inboundMessageId, at), deps) : [];
    deps.logger.info('SMS opt-out recorded', ids);
    return { outcome: 'opted-out', addressKey, ...(last ? { patientId: last.patientId } : {}), changes };
  }
  if (kind === 'opt-in') {
    await deps.addressBook.optIn(addressKey, at);
    const changes = last
      ? await recordAll(await startChanges(last.patientId, inbound.inboundMessageId, at, deps), deps)
      : [];
    deps.logger.info('SMS opt-in recorded', ids);
    return { outcome: 'opted-in', addressKey, ...(last ? { patientId: last.patientId } : {}), changes };
  }
  if (!last) {
    deps.logger.info('SMS reply from a number we have not messaged', ids);
    return { outcome: 'unattributed', addressKey, reason: 'no-message-to-address' };
  }
  if (kind === 'other') {
    deps.logger.info('SMS free-text reply', { ...ids, messageId: last.messageId });
    return { outcome: 'free-text', addressKey, patientId: last.patientId, messageId: last.messageId };
  }
  const announcement: PatientRepliedDetail = {
    replyId: inbound.inboundMessageId,
    patientId: last.patientId,
    messageId: last.messageId,
    keyword: kind.keyword,
    event: kind.event,
    occurredAt: at,
  };
  deps.logger.info('SMS keyword reply', { ...ids, messageId: last.messageId, event: kind.event });
  return { outcome: 'replied', addressKey, announcement };
}

function smsChange(patientId: string, inboundId: string, topic: Topic, status: PreferenceChange['status'], at: string) {
  const change: PreferenceChange = {
    changeId: `sms-${inboundId}-${topic}`,
    patientId,
    channel: 'sms',
    topic,
    status,
    source: 'inbound-sms',
    actor: 'patient',
    at,
  };
  return change;
}

/** STOP: every SMS topic opted out for the patient, so the opt-out follows them to a new number. */
function stopChanges(patientId: string, inboundId: string, at: string): PreferenceChange[] {
  return TOPICS.map((topic) => smsChange(patientId, inboundId, topic, 'opted-out', at));
}

/** How far back START looks for what a STOP replaced; preference histories are short. */
const HISTORY_PAGES = 5;
const HISTORY_PAGE_SIZE = 100;

/**
 * START undoes STOP: each SMS topic whose current preference is an SMS opt-out goes back to what it was
 * before the STOP replaced it (found in the history). With nothing before it, a transactional topic is
 * opted in (care messages are sent unless refused) and a marketing topic stays out: texting START to a
 * number is not consent to campaigns. Topics changed since the STOP by any other route are left alone.
 */
async function startChanges(
  patientId: string,
  inboundId: string,
  at: string,
  deps: Pick<InboundSmsDependencies, 'preferences'>,
): Promise<PreferenceChange[]> {
  const history = await smsHistory(patientId, deps);
  const changes: PreferenceChange[] = [];
  for (const topic of TOPICS) {
    const ofTopic = history.filter((c) => c.topic === topic);
    const [current] = ofTopic;
    if (current?.source !== 'inbound-sms' || current.status !== 'opted-out') continue;
    const before = ofTopic.find((c) => c.source !== 'inbound-sms');
    const status = before?.status ?? (TOPIC_KINDS[topic] === 'transactional' ? 'opted-in' : undefined);
    if (status) changes.push(smsChange(patientId, inboundId, topic, status, at));
  }
  return changes;
}

/** The patient's SMS preference changes, newest first, as far back as `HISTORY_PAGES` pages. */
async function smsHistory(patientId: string, deps: Pick<InboundSmsDependencies, 'preferences'>) {
  const changes: PreferenceChange[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const result = await deps.preferences.history(patientId, HISTORY_PAGE_SIZE, cursor);
    changes.push(...result.items.filter((c) => c.channel === 'sms'));
    cursor = result.cursor;
    if (!cursor) break;
  }
  return changes.sort((a, b) => (a.at === b.at ? b.changeId.localeCompare(a.changeId) : b.at.localeCompare(a.at)));
}

async function recordAll(changes: readonly PreferenceChange[], deps: Pick<InboundSmsDependencies, 'preferences'>) {
  const outcomes: RecordOutcome[] = [];
  for (const change of changes) outcomes.push(await deps.preferences.record(change));
  return outcomes;
}
