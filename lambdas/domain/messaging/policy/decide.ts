import type * as fhir4 from 'fhir/r4';
import type { Channel } from '../../patients/preferences';
import type { PolicyCheck, SkipReason } from '../message';
import type { PolicyDecision, PolicyInput } from '../policy-types';
import { ChannelEvaluation, type ChannelRule, DEFAULT_CHANNEL_RULES, DecisionScope } from './rules';

function patientCheck(patient: fhir4.Patient, channel: Channel): PolicyCheck {
  if (patient.deceasedBoolean === true || patient.deceasedDateTime !== undefined) {
    return { channel, rule: 'patient', passed: false, reason: 'patient-deceased' };
  }
  if (patient.active === false) return { channel, rule: 'patient', passed: false, reason: 'patient-inactive' };
  return { channel, rule: 'patient', passed: true };
}

/** The channels policy may try: the first, or all of them in order when fallback is on; each once. */
function channelsToTry(input: PolicyInput): Channel[] {
  const { channels, fallback } = input.intent;
  const wanted = fallback ? channels : channels.slice(0, 1);
  return wanted.filter((channel, index) => wanted.indexOf(channel) === index);
}

/**
 * A sending policy built from channel rules, run in order. Exposed so that tests can prove the property test
 * catches a policy missing a rule; production code uses `decidePolicy`.
 *
 * Per channel, rules run until one fails, except that a quiet-hours failure lets the rest run: a deferral is
 * only right when the clock is the sole obstacle. The first channel that passes everything sends, even when an
 * earlier one would only have to wait (reaching the patient now beats reaching them on the preferred channel
 * later). If none can send now and the intent defers, the first channel blocked only by quiet hours is deferred
 * to the end of its window. Otherwise the message is skipped with the first channel's first failure, the
 * reason a reader of the log would look for; every check of every channel tried is kept.
 */
export function decidePolicyWith(rules: readonly ChannelRule[]): (input: PolicyInput) => PolicyDecision {
  return (input) => {
    const channels = channelsToTry(input);
    const [firstChannel] = channels;
    // A send step names its channels when it is compiled; none here is a defect, not an outcome.
    if (firstChannel === undefined) throw new RangeError('the send intent names no channel');
    const patient = patientCheck(input.patient, firstChannel);
    if (!patient.passed) return { outcome: 'skip', reason: patient.reason ?? 'patient-inactive', checks: [patient] };

    const checks: PolicyCheck[] = [patient];
    const scope = new DecisionScope(input);
    let skipReason: SkipReason | undefined;
    let deferral: { readonly channel: Channel; readonly until: Date } | undefined;
    for (const channel of channels) {
      const evaluation = new ChannelEvaluation(scope, channel);
      let failure: PolicyCheck | undefined;
      let blocked = false;
      for (const rule of rules) {
        const check = rule(evaluation);
        checks.push(check);
        if (check.passed) continue;
        failure ??= check;
        if (check.reason === 'quiet-hours' && evaluation.allowedFrom) continue;
        blocked = true;
        break;
      }
      if (!failure) {
        const to = evaluation.to ?? firstCandidate(evaluation);
        if (to) return { outcome: 'send', to, checks };
        failure = {
          channel,
          rule: 'contact-point',
          passed: false,
          reason: 'no-contact-point',
          detail: 'none selected',
        };
        checks.push(failure);
        blocked = true;
      }
      skipReason ??= failure.reason;
      if (!blocked && !deferral && evaluation.allowedFrom) deferral = { channel, until: evaluation.allowedFrom };
    }
    if (deferral && input.intent.quietHours === 'defer') {
      return { outcome: 'defer', channel: deferral.channel, until: deferral.until.toISOString(), checks };
    }
    return { outcome: 'skip', reason: skipReason ?? 'no-contact-point', checks };
  };
}

/** Only reached when the rules in use leave no choice of contact point (a rule set without the suppression rule). */
function firstCandidate(evaluation: ChannelEvaluation) {
  const found = evaluation.contacts();
  return found.ok ? found.candidates[0]?.point : undefined;
}

const defaultPolicy = decidePolicyWith(DEFAULT_CHANNEL_RULES);

/** Decides whether, where and when a message may be sent; every rule's verdict is recorded in `checks`. */
export function decidePolicy(input: PolicyInput): PolicyDecision {
  return defaultPolicy(input);
}
