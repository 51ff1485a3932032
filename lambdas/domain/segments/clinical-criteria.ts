import type { ClinicalFacts, QuantityFact } from '../fhir/facts';
import type { Coding, EngagementCriterion, LatestObservationCriterion, ResourceCriterion } from './definition-schema';
import { type CompiledCriterion, codeLabel, decided, leaf } from './explanation';
import { type CodeList, carriesAny, instantOf, resourcesOfType, resourcesWithCodes } from './snapshot';
import { type CompiledWindow, compileWindow, NEVER, toInstant, UP_TO_NOW } from './windows';

function codeList(codes: readonly Coding[]): CodeList {
  const set = new Set(codes.map((coding) => `${coding.system}|${coding.code}`));
  return { keys: [...set], set };
}

export function compileResource(criterion: ResourceCriterion, path: string): CompiledCriterion {
  const codes = criterion.codes ? codeList(criterion.codes) : undefined;
  const statuses = criterion.status ? new Set(criterion.status) : undefined;
  const classCodes = criterion.classCodes ? new Set(criterion.classCodes) : undefined;
  const window = criterion.within ? compileWindow(criterion.within) : undefined;
  const useEnd = criterion.dateField === 'end';
  const min = criterion.count?.min ?? 1;
  const max = criterion.count?.max;
  const what = `${criterion.type}${criterion.codes ? ` ${codeLabel(criterion.codes)}` : ''}`;
  const needs = max === undefined ? `≥ ${min}` : `${min}–${max}`;
  // The type and the codes are matched by the snapshot's index (`resourcesWithCodes`).
  const matches = (facts: ClinicalFacts): boolean =>
    (statuses === undefined || (facts.status !== undefined && statuses.has(facts.status))) &&
    (classCodes === undefined || (facts.classCode !== undefined && classCodes.has(facts.classCode)));

  return (snapshot, now, explain) => {
    let count = 0;
    let nextChange = NEVER;
    const candidates = codes
      ? resourcesWithCodes(snapshot, criterion.type, codes)
      : resourcesOfType(snapshot, criterion.type);
    for (const resource of candidates) {
      if (!matches(resource.facts)) continue;
      if (!window) {
        count++;
        continue;
      }
      const at = instantOf(resource, useEnd);
      if (Number.isNaN(at)) continue;
      if (window.contains(at, now)) count++;
      nextChange = Math.min(nextChange, window.nextChange(at, now));
    }
    const matched = count >= min && (max === undefined || count <= max);
    if (!explain) return decided(matched, nextChange);
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
  const codes = codeList(criterion.codes);
  const componentCodes = criterion.component ? codeList(criterion.component.codes).set : undefined;
  const window: CompiledWindow = criterion.within ? compileWindow(criterion.within) : UP_TO_NOW;
  const { comparator, value: threshold, unit } = criterion.value;
  const { symbol, test } = COMPARATORS[comparator];
  const label = codeLabel(criterion.component?.codes ?? criterion.codes);
  const windowLabel = criterion.within ? ` ${window.label}` : '';

  const quantityOf = (facts: ClinicalFacts): QuantityFact | undefined =>
    componentCodes
      ? facts.components?.find((component) => carriesAny(component.codes, componentCodes))?.quantity
      : facts.quantity;

  return (snapshot, now, explain) => {
    let latest: ClinicalFacts | undefined;
    let latestAt = Number.NEGATIVE_INFINITY;
    let nextChange = NEVER;
    for (const resource of resourcesWithCodes(snapshot, 'Observation', codes)) {
      const { facts } = resource;
      if (facts.status !== undefined && NO_RESULT_STATUSES.has(facts.status)) continue;
      const at = instantOf(resource, false);
      if (Number.isNaN(at)) continue;
      nextChange = Math.min(nextChange, window.nextChange(at, now));
      // Strictly later only: of observations at the same instant, the first listed decides.
      if (at > latestAt && window.contains(at, now)) {
        latest = facts;
        latestAt = at;
      }
    }
    const quantity = latest && quantityOf(latest);
    const comparable = quantity !== undefined && (quantity.code === unit || quantity.unit === unit);
    const matched = comparable && test(quantity.value, threshold);
    if (!explain) return decided(matched, nextChange);
    if (!latest) return leaf('latestObservation', path, false, `no ${label}${windowLabel}`, nextChange);
    const on = `latest ${label} on ${latest.date?.slice(0, 10)}`;
    if (!quantity) return leaf('latestObservation', path, false, `${on} has no value`, nextChange);
    if (!comparable) {
      const observedUnit = quantity.code ?? quantity.unit ?? '';
      return leaf('latestObservation', path, false, `${on} is in ${observedUnit}, not ${unit}`, nextChange);
    }
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

  return (snapshot, now, explain) => {
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
    return explain
      ? leaf('engagement', path, count > 0, `${count} ${what}`, nextChange)
      : decided(count > 0, nextChange);
  };
}
