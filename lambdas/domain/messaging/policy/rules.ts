import type { Channel } from '../../patients/preferences';
import type { PolicyCheck } from '../message';
import type { PolicyInput } from '../policy-types';
import type { ContactPoint } from '../ports';
import { checkConsent } from './consent';
import { type ContactCandidates, contactPointsFor } from './contact-points';
import { checkFrequencyCaps } from './frequency-caps';
import { localMinuteOfDay, nextAllowedInstant, timeZoneOf } from './quiet-hours';

/** What the rules of one decision share: the input, and facts worked out once per message. */
export class DecisionScope {
  private zone: string | undefined;
  constructor(readonly input: PolicyInput) {}

  timeZone(): string {
    this.zone ??= timeZoneOf(this.input.patient, this.input.settings);
    return this.zone;
  }
}

/** One channel under evaluation. Rules read it and leave what later rules and the decision need. */
export class ChannelEvaluation {
  private found: ContactCandidates | undefined;
  /** Set by the suppression rule: the contact point the message would go to. */
  to: ContactPoint | undefined;
  /** Set by the quiet-hours rule when it fails: when the window ends. */
  allowedFrom: Date | undefined;

  constructor(
    readonly scope: DecisionScope,
    readonly channel: Channel,
  ) {}

  contacts(): ContactCandidates {
    const { patient, devices, settings, now, addressKeyOf } = this.scope.input;
    this.found ??= contactPointsFor(this.channel, patient, devices, settings, now, addressKeyOf);
    return this.found;
  }
}

/** A rule's verdict on one channel. */
export type ChannelRule = (evaluation: ChannelEvaluation) => PolicyCheck;

export const templateRule: ChannelRule = ({ scope, channel }) =>
  scope.input.templateChannels.has(channel)
    ? { channel, rule: 'template', passed: true }
    : { channel, rule: 'template', passed: false, reason: 'channel-not-in-template' };

export const consentRule: ChannelRule = ({ scope, channel }) => {
  const { intent, preferences, settings } = scope.input;
  const verdict = checkConsent(channel, intent.topic, preferences, settings);
  return verdict.passed
    ? { channel, rule: 'consent', passed: true, detail: verdict.detail }
    : { channel, rule: 'consent', passed: false, reason: verdict.reason, detail: verdict.detail };
};

export const contactPointRule: ChannelRule = (evaluation) => {
  const found = evaluation.contacts();
  const { channel } = evaluation;
  return found.ok
    ? { channel, rule: 'contact-point', passed: true, detail: `${found.candidates.length} usable` }
    : { channel, rule: 'contact-point', passed: false, reason: found.reason, detail: found.detail };
};

/**
 * Address opt-outs (STOP at a number) and suppressions (bounces, complaints) are facts about an address, not
 * the patient: the best contact point that has neither is used, and the check fails only when none is left.
 */
export const suppressionRule: ChannelRule = (evaluation) => {
  const { channel, scope } = evaluation;
  const found = evaluation.contacts();
  const candidates = found.ok ? found.candidates : [];
  let optedOut = 0;
  let suppressed = 0;
  for (const { point, source } of candidates) {
    if (scope.input.addressOptOuts.has(point.addressKey)) optedOut++;
    else if (scope.input.suppressed.has(point.addressKey)) suppressed++;
    else {
      evaluation.to = point;
      const passed = optedOut + suppressed > 0 ? ` (passed over ${optedOut} opted out, ${suppressed} suppressed)` : '';
      return { channel, rule: 'suppression', passed: true, detail: `${source}${passed}` };
    }
  }
  // The best candidate's block is the one a reader would look for first.
  const first = candidates[0];
  const reason = first && scope.input.addressOptOuts.has(first.point.addressKey) ? 'address-opted-out' : 'suppressed';
  return {
    channel,
    rule: 'suppression',
    passed: false,
    reason,
    detail: `${optedOut} opted out, ${suppressed} suppressed`,
  };
};

export const frequencyCapRule: ChannelRule = ({ scope, channel }) => {
  const { recentSends, settings, now } = scope.input;
  const verdict = checkFrequencyCaps(recentSends[channel], settings.frequencyCaps[channel], now);
  return verdict.passed
    ? { channel, rule: 'frequency-cap', passed: true, detail: verdict.detail }
    : { channel, rule: 'frequency-cap', passed: false, reason: 'frequency-cap', detail: verdict.detail };
};

function localClock(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

export const quietHoursRule: ChannelRule = (evaluation) => {
  const { scope, channel } = evaluation;
  const window = scope.input.settings.quietHours[channel];
  if (!window) return { channel, rule: 'quiet-hours', passed: true, detail: 'no quiet hours' };
  const zone = scope.timeZone();
  const now = scope.input.now;
  const allowedFrom = nextAllowedInstant(now, zone, window);
  const local = `local ${localClock(localMinuteOfDay(now, zone))} ${zone}`;
  if (!allowedFrom) return { channel, rule: 'quiet-hours', passed: true, detail: local };
  evaluation.allowedFrom = allowedFrom;
  return {
    channel,
    rule: 'quiet-hours',
    passed: false,
    reason: 'quiet-hours',
    detail: `${local}, quiet ${window.start}–${window.end} until ${allowedFrom.toISOString()}`,
  };
};

/** The rules in the order they run: cheap and decisive first, the clock last so a deferral means "only the clock". */
export const DEFAULT_CHANNEL_RULES: readonly ChannelRule[] = [
  templateRule,
  consentRule,
  contactPointRule,
  suppressionRule,
  frequencyCapRule,
  quietHoursRule,
];
