import { compileEngagement, compileLatestObservation, compileResource } from './clinical-criteria';
import type { CriteriaNode, SegmentDefinition } from './definition-schema';
import { compileAge, compileDeceased, compileGender, compileLanguage, compilePostalCode } from './demographic-criteria';
import { type CompiledCriterion, type CriterionResult, type ExplanationNode, leaf, UNKNOWN } from './explanation';
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
  return (snapshot, now) => {
    const results: CriterionResult[] = children.map((child) => child(snapshot, now));
    const matched = kind === 'all' ? results.every((r) => r.matched) : results.some((r) => r.matched);
    let nextChange: number;
    if (matched === decisive) {
      // `all` false or `any` true: held by every child that decided it.
      nextChange = Math.max(...results.filter((r) => r.matched === decisive).map((r) => r.nextChange));
    } else {
      nextChange = Math.min(...results.map((r) => r.nextChange));
    }
    const explanation = { criterion: kind, path, matched, children: results.map((r) => r.explanation) };
    return { matched, nextChange, explanation };
  };
}

function negate(child: CompiledCriterion, path: string): CompiledCriterion {
  return (snapshot, now) => {
    const result = child(snapshot, now);
    const matched = !result.matched;
    return {
      matched,
      nextChange: result.nextChange,
      explanation: { criterion: 'not', path, matched, children: [result.explanation] },
    };
  };
}

function compileInSegment(segmentId: string, path: string): CompiledCriterion {
  // The other segment's own next change is tracked on its own membership, which re-triggers this one.
  return (snapshot) => {
    const matched = snapshot.memberships.has(segmentId);
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
  const result = segment.criteria(snapshot, now.getTime());
  const nextChangeUnknown = result.nextChange === UNKNOWN;
  const scheduled = !nextChangeUnknown && result.nextChange !== NEVER;
  return {
    member: result.matched,
    explanation: result.explanation,
    nextChange: scheduled ? new Date(result.nextChange) : undefined,
    nextChangeUnknown,
  };
}
