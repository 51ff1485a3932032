import type { DeadLetterStore } from '../../ingestion/ports';
import type { Logger } from '../../ports';
import { defaultHelpText } from '../organisation';
import type { AddressKeyOf } from '../policy/address-key';
import type { MessagingSettings } from '../settings';
import { actOnInbound, type InboundActionDependencies } from './act-on-inbound';
import { handleInboundSms, type InboundSmsDependencies, parseInboundSms } from './inbound-sms';
import { recordRejectedProviderEvent } from './record-provider-event';

export interface InboundSmsReceptionDependencies extends InboundActionDependencies {
  readonly addressBook: InboundSmsDependencies['addressBook'];
  readonly preferences: InboundSmsDependencies['preferences'];
  /** The organisation's settings, read once per inbound text (keywords, HELP text, default country). */
  readonly settings: () => Promise<MessagingSettings>;
  /** How numbers are keyed in the address book; its secret is read once per execution environment. */
  readonly addressKeys: () => Promise<AddressKeyOf>;
  /** Where a message that is not an inbound text is kept with its reason. */
  readonly deadLetters: DeadLetterStore;
  readonly logger: Logger;
}

export type InboundSmsReception = 'rejected' | Awaited<ReturnType<typeof handleInboundSms>>['outcome'];

/**
 * One text a patient sent to the two-way SMS number, as the provider published it: STOP opts the number (and
 * the patient it last messaged) out, START back in, HELP is answered once, a configured keyword is announced as
 * Patient Replied for journeys; a message that is not an inbound text is recorded with its reason.
 * `publishedAt` is the provider's publish time, which a redelivery repeats: a redelivered STOP cannot land after
 * a later START.
 */
export async function receiveInboundSms(
  message: string,
  publishedAt: Date,
  deps: InboundSmsReceptionDependencies,
): Promise<InboundSmsReception> {
  const parsed = parseInboundSms(message);
  if (parsed.outcome === 'rejected') {
    await recordRejectedProviderEvent(parsed.reason, message, deps);
    return 'rejected';
  }
  const [settings, addressKeyOf] = await Promise.all([deps.settings(), deps.addressKeys()]);
  const outcome = await handleInboundSms(
    parsed.inbound,
    {
      addressBook: deps.addressBook,
      preferences: deps.preferences,
      settings: {
        keywords: settings.keywords,
        helpText: settings.organisation.smsHelpText ?? defaultHelpText(settings.organisation),
        defaultCountry: settings.policy.defaultCountry,
      },
      addressKeyOf,
      logger: deps.logger,
    },
    publishedAt,
  );
  await actOnInbound(outcome, parsed.inbound, deps);
  return outcome.outcome;
}
