import type { ClinicalFacts, QuantityFact } from '../fhir/facts';
import type { Coding, EngagementCriterion, LatestObservationCriterion, ResourceCriterion } from './definition-schema';
import { type CompiledCriterion, codeLabel, leaf } from './explanation';
import { type CompiledWindow, compileWindow, NEVER, toInstant, UP_TO_NOW } from './windows';

const codeSet = (codes: readonly Coding[]): ReadonlySet<string> =>
  new Set(codes.map((coding) => `${coding.system}|${coding.code}`));

const hasAny = (codes: readonly string[], set: ReadonlySet<string>): boolean => codes.some((code) => set.has(code));

export function compileResource(criterion: ResourceCriterion, path: string): CompiledCriterion {
  const codes = criterion.codes ? codeSet(criterion.codes) : undefined;
  const statuses = criterion.status ? new Set(criterion.status) : undefined;
  const classCodes = criterion.classCodes ? new Set(criterion.classCodes) : undefined;
  const window = criterion.within ? compileWindow(criterion.within) : undefined;
  const useEnd = criterion.dateField === 'end';
  const min = criterion.count?.min ?? 1;
  const max = criterion.count?.max;
  const what = `${criterion.type}${criterion.codes ? ` ${codeLabel(criterion.codes)}` : ''}`;
  const needs = max === undefined ? `≥ ${min}` : `${min}–${max}`;
  const matches = (facts: ClinicalFacts): boolean =>
    facts.kind === criterion.type &&
    (codes === undefined || hasAny(facts.codes, codes)) &&
    (statuses === undefined || (facts.status !== undefined && statuses.has(facts.status))) &&
    (classCodes === undefined || (facts.classCode !== undefined && classCodes.has(facts.classCode)));

  return (snapshot, now) => {
    let count = 0;
    let nextChange = NEVER;
    for (const { facts } of snapshot.resources) {
      if (!matches(facts)) continue;
      if (!window) {
        count++;
        continue;
      }
      const at = toInstant(useEnd ? facts.end : facts.date);
      if (at === undefined) continue;
      if (window.contains(at, now)) count++;
      nextChange = Math.min(nextChange, window.nextChange(at, now));
    }
    const matched = count >= min && (max === undefined || count <= max);
    const reason = `${count} ${what}${window ? ` ${window.label}` : ''}, needs ${needs}`;
    return leaf('resource', path, matched, reason, nextChange);
  };
}

const COMPARATORS = {
  '>=': { symbol: '≥', test: (a: number, b: number) => a >= b },
  '>': { symbol: '>', test: (a: number, b: number) => a > b },
  '<=': { symbol: '≤', test: (a: number, b: number) => a <= b },
  '<': { symbol: '<', test: (a: number, b: number) => a < b },
  '=': { symbol: '=', test: (a: number, b: number) => a === b },
} as const;

/** Observations that carry no result: never "the latest value". */
const NO_RESULT_STATUSES: ReadonlySet<string> = new Set(['registered', 'cancelled', 'entered-in-error']);

export function compileLatestObservation(criterion: LatestObservationCriterion, path: string): CompiledCriterion {
  const codes = codeSet(criterion.codes);
  const componentCodes = criterion.component ? codeSet(criterion.component.codes) : undefined;
  const window: CompiledWindow = criterion.within ? compileWindow(criterion.within) : UP_TO_NOW;
  const { comparator, value: threshold, unit } = criterion.value;
  const { symbol, test } = COMPARATORS[comparator];
  const label = codeLabel(criterion.component?.codes ?? criterion.codes);
  const windowLabel = criterion.within ? ` ${window.label}` : '';

  const quantityOf = (facts: ClinicalFacts): QuantityFact | undefined =>
    componentCodes
      ? facts.components?.find((component) => hasAny(component.codes, componentCodes))?.quantity
      : facts.quantity;

  return (snapshot, now) => {
    let latest: ClinicalFacts | undefined;
    let latestAt = Number.NEGATIVE_INFINITY;
    let nextChange = NEVER;
    for (const { facts } of snapshot.resources) {
      if (facts.kind !== 'Observation' || !hasAny(facts.codes, codes)) continue;
      if (facts.status !== undefined && NO_RESULT_STATUSES.has(facts.status)) continue;
      const at = toInstant(facts.date);
      if (at === undefined) continue;
      nextChange = Math.min(nextChange, window.nextChange(at, now));
      // Strictly later only: of observations at the same instant, the first listed decides.
      if (at > latestAt && window.contains(at, now)) {
        latest = facts;
        latestAt = at;
      }
    }
    if (!latest) return leaf('latestObservation', path, false, `no ${label}${windowLabel}`, nextChange);
    const on = `latest ${label} on ${latest.date?.slice(0, 10)}`;
    const quantity = quantityOf(latest);
    if (!quantity) return leaf('latestObservation', path, false, `${on} has no value`, nextChange);
    const observedUnit = quantity.code ?? quantity.unit ?? '';
    if (quantity.code !== unit && quantity.unit !== unit) {
      return leaf('latestObservation', path, false, `${on} is in ${observedUnit}, not ${unit}`, nextChange);
    }
    const matched = test(quantity.value, threshold);
    const reason = `${on} is ${quantity.value} ${unit} ${matched ? symbol : `not ${symbol}`} ${threshold} ${unit}`;
    return leaf('latestObservation', path, matched, reason, nextChange);
  };
}

export function compileEngagement(criterion: EngagementCriterion, path: string): CompiledCriterion {
  const window = criterion.within ? compileWindow(criterion.within) : undefined;
  const { kind, journeyId, campaignId, templateId, eventId } = criterion;
  const about = [
    journeyId && `journey ${journeyId}`,
    campaignId && `campaign ${campaignId}`,
    templateId && `template ${templateId}`,
    eventId && `event ${eventId}`,
  ]
    .filter(Boolean)
    .join(', ');
  const what = `${kind}${about ? ` (${about})` : ''}${window ? ` ${window.label}` : ''}`;

  return (snapshot, now) => {
    let count = 0;
    let nextChange = NEVER;
    for (const fact of snapshot.engagement) {
      if (
        fact.kind !== kind ||
        (journeyId !== undefined && fact.journeyId !== journeyId) ||
        (campaignId !== undefined && fact.campaignId !== campaignId) ||
        (templateId !== undefined && fact.templateId !== templateId) ||
        (eventId !== undefined && fact.eventId !== eventId)
      ) {
        continue;
      }
      if (!window) {
        count++;
        continue;
      }
      const at = toInstant(fact.at);
      if (at === undefined) continue;
      if (window.contains(at, now)) count++;
      nextChange = Math.min(nextChange, window.nextChange(at, now));
    }
    return leaf('engagement', path, count > 0, `${count} ${what}`, nextChange);
  };
}
