import { compileEngagement, compileLatestObservation, compileResource } from './clinical-criteria';
import type { CriteriaNode, SegmentDefinition } from './definition-schema';
import { compileAge, compileDeceased, compileGender, compileLanguage, compilePostalCode } from './demographic-criteria';
import { type CompiledCriterion, decided, type ExplanationNode, leaf, UNKNOWN } from './explanation';
import { compileFhirPath } from './fhirpath-criterion';
import type { PatientSnapshot } from './snapshot';
import { NEVER } from './windows';

/** A segment version compiled once: code sets, windows and comparators are built here, not per patient. */
export interface CompiledSegment {
  readonly id: string;
  readonly definition: SegmentDefinition;
  readonly criteria: CompiledCriterion;
}

export interface SegmentEvaluation {
  readonly member: boolean;
  readonly explanation: ExplanationNode;
  /**
   * The earliest instant after `now` at which the answer can change with no new facts; never later than
   * the real change, possibly earlier. Undefined when time alone cannot change it, or when it is unknown.
   */
  readonly nextChange?: Date;
  /** True when a criterion (FHIRPath) cannot say when its answer changes: re-evaluate on a schedule instead. */
  readonly nextChangeUnknown: boolean;
}

/**
 * all: when true, it changes as soon as any child does; when false, it stays false until every false child
 * has changed, so not before the latest of their next changes. `any` is the mirror image.
 */
function combine(kind: 'all' | 'any', children: readonly CompiledCriterion[], path: string): CompiledCriterion {
  const decisive = kind === 'any';
  return (snapshot, now, explain) => {
    // One pass, no intermediate arrays: this runs for every patient × segment.
    let decisiveChildren = 0;
    let latestDecisive = Number.NEGATIVE_INFINITY;
    let earliest = Number.POSITIVE_INFINITY;
    const explanations: ExplanationNode[] | undefined = explain ? [] : undefined;
    for (let i = 0; i < children.length; i++) {
      const result = (children[i] as CompiledCriterion)(snapshot, now, explain);
      if (result.matched === decisive) {
        decisiveChildren++;
        if (result.nextChange > latestDecisive) latestDecisive = result.nextChange;
      }
      if (result.nextChange < earliest) earliest = result.nextChange;
      if (explanations && result.explanation) explanations.push(result.explanation);
    }
    // `all` is false (or `any` true) when some child decided it.
    const matched = decisiveChildren > 0 ? decisive : !decisive;
    const nextChange = decisiveChildren > 0 ? latestDecisive : earliest;
    if (!explanations) return decided(matched, nextChange);
    return { matched, nextChange, explanation: { criterion: kind, path, matched, children: explanations } };
  };
}

function negate(child: CompiledCriterion, path: string): CompiledCriterion {
  return (snapshot, now, explain) => {
    const result = child(snapshot, now, explain);
    const matched = !result.matched;
    if (!explain || !result.explanation) return decided(matched, result.nextChange);
    return {
      matched,
      nextChange: result.nextChange,
      explanation: { criterion: 'not', path, matched, children: [result.explanation] },
    };
  };
}

function compileInSegment(segmentId: string, path: string): CompiledCriterion {
  // The other segment's own next change is tracked on its own membership, which re-triggers this one.
  return (snapshot, _now, explain) => {
    const matched = snapshot.memberships.has(segmentId);
    if (!explain) return decided(matched, NEVER);
    return leaf('inSegment', path, matched, `${matched ? 'in' : 'not in'} segment ${segmentId}`, NEVER);
  };
}

function compileNode(node: CriteriaNode, path: string): CompiledCriterion {
  if ('all' in node)
    return combine(
      'all',
      node.all.map((child, i) => compileNode(child, `${path}/all/${i}`)),
      path,
    );
  if ('any' in node)
    return combine(
      'any',
      node.any.map((child, i) => compileNode(child, `${path}/any/${i}`)),
      path,
    );
  if ('not' in node) return negate(compileNode(node.not, `${path}/not`), path);
  if ('age' in node) return compileAge(node.age, `${path}/age`);
  if ('gender' in node) return compileGender(node.gender, `${path}/gender`);
  if ('postalCode' in node) return compilePostalCode(node.postalCode, `${path}/postalCode`);
  if ('language' in node) return compileLanguage(node.language, `${path}/language`);
  if ('deceased' in node) return compileDeceased(node.deceased, `${path}/deceased`);
  if ('resource' in node) return compileResource(node.resource, `${path}/resource`);
  if ('latestObservation' in node) return compileLatestObservation(node.latestObservation, `${path}/latestObservation`);
  if ('engagement' in node) return compileEngagement(node.engagement, `${path}/engagement`);
  if ('inSegment' in node) return compileInSegment(node.inSegment, `${path}/inSegment`);
  return compileFhirPath(node.fhirpath, `${path}/fhirpath`);
}

/** Compiles a definition that has passed `validateSegment`. */
export function compileSegment(definition: SegmentDefinition): CompiledSegment {
  return { id: definition.id, definition, criteria: compileNode(definition.criteria, '/criteria') };
}

/** Whether the patient is a member now, why, and when to look again. A pure function of snapshot and clock. */
export function evaluateSegment(segment: CompiledSegment, snapshot: PatientSnapshot, now: Date): SegmentEvaluation {
  const result = segment.criteria(snapshot, now.getTime(), true);
  return {
    ...nextChangeOf(result.nextChange),
    member: result.matched,
    explanation: result.explanation as ExplanationNode,
  };
}

/**
 * Membership and next change without the explanation: what incremental membership and bulk runs need.
 * `nextChange` is epoch milliseconds, NEVER (+∞) when time alone cannot change the answer, UNKNOWN (−∞)
 * when it cannot be known. Allocates nothing but the result.
 */
export function decideSegment(
  segment: CompiledSegment,
  snapshot: PatientSnapshot,
  now: Date,
): { readonly member: boolean; readonly nextChange: number } {
  const result = segment.criteria(snapshot, now.getTime(), false);
  return { member: result.matched, nextChange: result.nextChange };
}

function nextChangeOf(nextChange: number): { nextChange: Date | undefined; nextChangeUnknown: boolean } {
  const nextChangeUnknown = nextChange === UNKNOWN;
  const scheduled = !nextChangeUnknown && nextChange !== NEVER;
  return { nextChange: scheduled ? new Date(nextChange) : undefined, nextChangeUnknown };
}
