import type { FieldError } from '../../api/problem';

/**
 * The builder edits a segment definition as the JSON the API takes (the OpenAPI document types it only as an
 * object: `validateSegment` on the server is its schema). A criterion is an object with exactly one key naming
 * its kind; a path is the list of keys from the definition down to a value, and its JSON pointer is what the
 * API's field errors name.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = readonly (string | number)[];

export const KINDS = [
  { kind: 'all', label: 'All of (group)', description: 'every criterion inside matches' },
  { kind: 'any', label: 'Any of (group)', description: 'at least one criterion inside matches' },
  { kind: 'not', label: 'Not', description: 'the criterion inside does not match' },
  { kind: 'age', label: 'Age', description: 'age in whole years, from the birth date' },
  { kind: 'gender', label: 'Gender', description: 'administrative gender' },
  { kind: 'postalCode', label: 'Postal code', description: 'the home address starts with a prefix' },
  { kind: 'language', label: 'Language', description: 'preferred communication language' },
  { kind: 'deceased', label: 'Deceased or living', description: 'as the Patient resource records it' },
  { kind: 'resource', label: 'Clinical resource', description: 'conditions, procedures, appointments… by code' },
  { kind: 'latestObservation', label: 'Latest observation', description: 'the most recent result against a value' },
  { kind: 'engagement', label: 'Engagement', description: 'messages received, opened, clicked; events' },
  { kind: 'inSegment', label: 'In segment', description: 'a member of another segment' },
  { kind: 'fhirpath', label: 'FHIRPath', description: "an expression over the patient's resources" },
] as const;

export type Kind = (typeof KINDS)[number]['kind'];

export const RESOURCE_TYPES = [
  'Condition',
  'Observation',
  'Procedure',
  'Immunization',
  'Appointment',
  'Encounter',
  'MedicationRequest',
  'AllergyIntolerance',
  'EpisodeOfCare',
  'ServiceRequest',
] as const;

export const ENGAGEMENT_KINDS = ['received', 'opened', 'clicked', 'ignored', 'registered', 'attended'] as const;

/** A new criterion of a kind, as the builder adds it: valid where a sensible default exists. */
export function newCriterion(kind: Kind): JsonObject {
  switch (kind) {
    case 'all':
    case 'any':
      return { [kind]: [] };
    case 'not':
      return { not: { any: [] } };
    case 'age':
      return { age: { min: 18 } };
    case 'gender':
      return { gender: ['female'] };
    case 'postalCode':
      return { postalCode: { prefixes: [] } };
    case 'language':
      return { language: ['en'] };
    case 'deceased':
      return { deceased: false };
    case 'resource':
      return { resource: { type: 'Condition' } };
    case 'latestObservation':
      return {
        latestObservation: { codes: [], within: { last: 'P12M' }, value: { comparator: '>=', value: 0, unit: '' } },
      };
    case 'engagement':
      return { engagement: { kind: 'received', within: { last: 'P90D' } } };
    case 'inSegment':
      return { inSegment: '' };
    case 'fhirpath':
      return { fhirpath: '' };
  }
}

/** The kind of a criterion: its one key. */
export function kindOf(node: Json): Kind | undefined {
  if (!isObject(node)) return undefined;
  const [key] = Object.keys(node);
  return KINDS.find((entry) => entry.kind === key)?.kind;
}

export const labelOf = (kind: Kind | undefined) => KINDS.find((entry) => entry.kind === kind)?.label ?? 'Criterion';

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const pointerOf = (path: Path) =>
  path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

export function valueAt(root: Json, path: Path): Json | undefined {
  let value: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isObject(value) && typeof key === 'string') value = value[key];
    else return undefined;
  }
  return value;
}

/** A copy of `root` with the value at `path` replaced (`undefined` removes an object key or an array item). */
export function setAt(root: Json, path: Path, value: Json | undefined): Json {
  const [key, ...rest] = path;
  if (key === undefined) return value ?? null;
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = [...root];
    if (rest.length === 0 && value === undefined) copy.splice(key, 1);
    else copy[key] = setAt(root[key] ?? null, rest, value);
    return copy;
  }
  const object = isObject(root) ? { ...root } : {};
  if (rest.length === 0 && value === undefined) delete object[String(key)];
  else object[String(key)] = setAt(object[String(key)] ?? null, rest, value);
  return object;
}

/** Moves an array item one place up or down; the same array when it cannot move. */
export function moveItem(list: readonly Json[], index: number, by: -1 | 1): Json[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target] as Json, copy[index] as Json];
  return copy;
}

/**
 * The field errors of an answer as pointers into the definition: the preview nests the definition under
 * `/definition`, saving sends it as the body.
 */
export function definitionErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) =>
    error.pointer.startsWith('/definition') ? { ...error, pointer: error.pointer.slice('/definition'.length) } : error,
  );
}

export const codingsOf = (value: Json | undefined): { system: string; code: string }[] =>
  Array.isArray(value)
    ? value.filter(isObject).map((coding) => ({ system: String(coding.system ?? ''), code: String(coding.code ?? '') }))
    : [];

/** Code lists as a person types them: one `system|code` a line. */
export const formatCodes = (codes: readonly { system: string; code: string }[]) =>
  codes.map(({ system, code }) => `${system}|${code}`).join('\n');

/** A line without `|` keeps an empty system, which the API names at that line's position. */
export function parseCodes(text: string): { system: string; code: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const bar = line.lastIndexOf('|');
      return bar < 0
        ? { system: '', code: line }
        : { system: line.slice(0, bar).trim(), code: line.slice(bar + 1).trim() };
    });
}

export interface CatalogCodeList {
  readonly id: string;
  readonly label: string;
  readonly codes: readonly { system: string; code: string }[];
}

/** Every code list the catalog's segments use, named by segment and place, the same list once. */
export function catalogCodeLists(definitions: readonly JsonObject[]): CatalogCodeList[] {
  const lists = new Map<string, CatalogCodeList>();
  const visit = (node: Json | undefined, segment: string) => {
    if (!isObject(node)) return;
    for (const key of ['all', 'any'] as const) {
      const children = node[key];
      if (Array.isArray(children)) for (const child of children) visit(child, segment);
    }
    visit(node.not, segment);
    const add = (codes: Json | undefined, what: string) => {
      const codings = codingsOf(codes);
      const text = formatCodes(codings);
      if (codings.length === 0 || [...lists.values()].some((list) => formatCodes(list.codes) === text)) return;
      const label = `${segment}: ${what} (${codings.length} code${codings.length === 1 ? '' : 's'})`;
      lists.set(label, { id: label, label, codes: codings });
    };
    const resource = node.resource;
    if (isObject(resource)) add(resource.codes, String(resource.type));
    const observation = node.latestObservation;
    if (isObject(observation)) {
      add(observation.codes, 'observation');
      if (isObject(observation.component)) add(observation.component.codes, 'component');
    }
  };
  for (const definition of definitions) visit(definition.criteria, String(definition.name ?? definition.id));
  return [...lists.values()];
}

/** The units the catalog compares observations in, offered when typing a unit. */
export function catalogUnits(definitions: readonly JsonObject[]): string[] {
  const units = new Set<string>();
  const visit = (node: Json | undefined) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      const value = isObject(node.latestObservation) ? node.latestObservation.value : undefined;
      if (isObject(value) && typeof value.unit === 'string') units.add(value.unit);
      Object.values(node).forEach(visit);
    }
  };
  for (const definition of definitions) visit(definition.criteria);
  return [...units].sort();
}
