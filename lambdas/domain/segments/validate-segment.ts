import type { ErrorObject } from 'ajv';
import type { FhirPathCompiles } from '../fhir/fhirpath-port';
import { validateSegmentDefinition } from '../validation/generated/validators';
import { typedValidator } from '../validation/validator';
import type { CriteriaNode, SegmentDefinition, Window } from './definition-schema';
import { parseDuration } from './duration';
import { annualDateProblem } from './windows';

/** One problem in a definition: the JSON pointer of the bad node and why. */
export interface DefinitionError {
  readonly path: string;
  readonly message: string;
  /** Set when the error comes from validating a set of definitions together. */
  readonly segmentId?: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly definition: SegmentDefinition }
  | { readonly ok: false; readonly errors: readonly DefinitionError[] };

const validateShape = typedValidator<unknown>(validateSegmentDefinition);

const CODE_SYSTEM = /^(https?:\/\/\S+|urn:oid:[0-2](\.\d+)+|urn:uuid:[0-9a-f-]{36})$/;
/** These read the machine clock; segment criteria must read the injected one so evaluation stays pure. */
const CLOCK_FUNCTIONS = /\b(now|today|timeOfDay)\s*\(/;

function shapeError(error: ErrorObject): DefinitionError {
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return { path: `${error.instancePath}/${key}`, message: `unknown property "${key}"` };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return { path: error.instancePath, message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` };
  }
  const message =
    error.keyword === 'minProperties' || error.keyword === 'maxProperties'
      ? `${error.message}: a criterion or window has exactly one key`
      : (error.message ?? 'is invalid');
  return { path: error.instancePath, message };
}

/**
 * Validates an untrusted definition: the JSON Schema first, then what a schema cannot say. FHIRPath criteria are
 * checked by `fhirPath` (`compilesLocally`, or answers `validatedWith` got from the FHIRPath function).
 */
export function validateSegment(input: unknown, fhirPath: FhirPathCompiles): ValidationResult {
  if (!validateShape(input)) {
    return { ok: false, errors: (validateShape.errors ?? []).map(shapeError) };
  }
  const definition = input as unknown as SegmentDefinition;
  const errors: DefinitionError[] = [];
  checkNode(definition.criteria, '/criteria', errors, fhirPath);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definition };
}

function checkBounds(bounds: { min?: number; max?: number }, path: string, errors: DefinitionError[]): void {
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    errors.push({ path, message: `min ${bounds.min} is greater than max ${bounds.max}` });
  }
}

function checkCodes(codes: readonly { system: string }[], path: string, errors: DefinitionError[]): void {
  codes.forEach((coding, index) => {
    if (!CODE_SYSTEM.test(coding.system)) {
      errors.push({
        path: `${path}/${index}/system`,
        message: `code system "${coding.system}" is not an absolute URI (e.g. http://loinc.org, urn:oid:…)`,
      });
    }
  });
}

function checkWindow(window: Window, path: string, errors: DefinitionError[]): void {
  for (const key of ['last', 'next', 'before'] as const) {
    const text = window[key];
    if (text !== undefined && !parseDuration(text)) {
      errors.push({ path: `${path}/${key}`, message: `"${text}" is not a duration of the form P[nY][nM][nD][T[nH]]` });
    }
  }
  const { from, to } = window.between ?? {};
  if (from !== undefined && to !== undefined && Date.parse(from) > Date.parse(to)) {
    errors.push({ path: `${path}/between`, message: 'from is after to' });
  }
  if (window.sinceAnnual !== undefined) {
    const problem = annualDateProblem(window.sinceAnnual);
    if (problem) errors.push({ path: `${path}/sinceAnnual`, message: problem });
  }
}

function checkFhirPath(expression: string, path: string, errors: DefinitionError[], fhirPath: FhirPathCompiles): void {
  if (CLOCK_FUNCTIONS.test(expression)) {
    errors.push({ path, message: 'now(), today() and timeOfDay() read the machine clock: use %now or %today' });
    return;
  }
  const problem = fhirPath(expression, 'segment');
  if (problem !== undefined) errors.push({ path, message: `FHIRPath does not parse: ${problem}` });
}

function checkNode(node: CriteriaNode, path: string, errors: DefinitionError[], fhirPath: FhirPathCompiles): void {
  if ('all' in node || 'any' in node) {
    const key = 'all' in node ? 'all' : 'any';
    const children = 'all' in node ? node.all : node.any;
    if (children.length === 0)
      errors.push({ path: `${path}/${key}`, message: `"${key}" needs at least one criterion` });
    for (const [index, child] of children.entries()) checkNode(child, `${path}/${key}/${index}`, errors, fhirPath);
  } else if ('not' in node) {
    checkNode(node.not, `${path}/not`, errors, fhirPath);
  } else if ('age' in node) {
    checkBounds(node.age, `${path}/age`, errors);
  } else if ('resource' in node) {
    const here = `${path}/resource`;
    if (node.resource.codes) checkCodes(node.resource.codes, `${here}/codes`, errors);
    if (node.resource.within) checkWindow(node.resource.within, `${here}/within`, errors);
    if (node.resource.count) checkBounds(node.resource.count, `${here}/count`, errors);
    if (node.resource.classCodes && node.resource.type !== 'Encounter') {
      errors.push({ path: `${here}/classCodes`, message: 'classCodes apply to Encounter only' });
    }
    if (node.resource.dateField === 'end' && node.resource.type !== 'Encounter') {
      errors.push({ path: `${here}/dateField`, message: 'dateField "end" applies to Encounter only' });
    }
  } else if ('latestObservation' in node) {
    const here = `${path}/latestObservation`;
    checkCodes(node.latestObservation.codes, `${here}/codes`, errors);
    if (node.latestObservation.component) {
      checkCodes(node.latestObservation.component.codes, `${here}/component/codes`, errors);
    }
    if (node.latestObservation.within) checkWindow(node.latestObservation.within, `${here}/within`, errors);
  } else if ('engagement' in node) {
    if (node.engagement.within) checkWindow(node.engagement.within, `${path}/engagement/within`, errors);
  } else if ('fhirpath' in node) {
    checkFhirPath(node.fhirpath, `${path}/fhirpath`, errors, fhirPath);
  }
}

/** Every `inSegment` reference in a criteria tree, with its JSON pointer. */
export function segmentReferences(node: CriteriaNode, path = '/criteria'): { id: string; path: string }[] {
  if ('all' in node) return node.all.flatMap((child, i) => segmentReferences(child, `${path}/all/${i}`));
  if ('any' in node) return node.any.flatMap((child, i) => segmentReferences(child, `${path}/any/${i}`));
  if ('not' in node) return segmentReferences(node.not, `${path}/not`);
  if ('inSegment' in node) return [{ id: node.inSegment, path: `${path}/inSegment` }];
  return [];
}

export type SegmentSetResult =
  | { readonly ok: true; readonly order: readonly string[] }
  | { readonly ok: false; readonly errors: readonly DefinitionError[] };

/**
 * Checks definitions that will be active together: ids are unique, every `inSegment` names a segment of the
 * set (or one of `listIds`, segments whose members are uploaded lists and depend on nothing), and no segment
 * depends on itself. On success, `order` lists the definitions' ids so that each segment comes after the
 * segments it reads, which is the order to evaluate one patient in.
 */
export function validateSegmentSet(
  definitions: readonly SegmentDefinition[],
  listIds: ReadonlySet<string> = new Set(),
): SegmentSetResult {
  const errors: DefinitionError[] = [];
  const byId = new Map<string, SegmentDefinition>();
  for (const definition of definitions) {
    if (byId.has(definition.id)) {
      errors.push({ segmentId: definition.id, path: '/id', message: `duplicate segment id "${definition.id}"` });
    }
    byId.set(definition.id, definition);
  }
  const dependencies = new Map<string, { id: string; path: string }[]>();
  for (const definition of byId.values()) {
    const references = segmentReferences(definition.criteria);
    for (const reference of references) {
      if (!byId.has(reference.id) && !listIds.has(reference.id)) {
        errors.push({ segmentId: definition.id, path: reference.path, message: `unknown segment "${reference.id}"` });
      }
    }
    dependencies.set(
      definition.id,
      references.filter((reference) => byId.has(reference.id)),
    );
  }

  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'visiting');
    for (const reference of dependencies.get(id) ?? []) {
      const seen = state.get(reference.id);
      if (seen === 'visiting') {
        const path = [...trail, id];
        const cycle = [...path.slice(path.indexOf(reference.id)), reference.id].join(' → ');
        errors.push({ segmentId: id, path: reference.path, message: `segments depend on each other: ${cycle}` });
      } else if (seen === undefined) {
        visit(reference.id, [...trail, id]);
      }
    }
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of byId.keys()) if (!state.has(id)) visit(id, []);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, order };
}
