/**
 * The Amazon EventBridge event-pattern language, for the in-process local bus.
 *
 * Semantics follow the AWS user guide ("Creating event patterns", "Content filtering", "Comparison operators",
 * "Arrays", "Null values and empty strings"); where the guide is silent they follow Event Ruler, the open-source
 * matcher EventBridge runs. A pattern is compiled once into closures, so matching an event walks only the fields
 * the pattern names.
 */
import type { EventPattern } from '../../lambdas/domain/events/event-patterns';

/** A JSON scalar: the only kind of event value a pattern compares (objects and arrays are walked, not compared). */
type Leaf = string | number | boolean | null;
type LeafTest = (value: Leaf) => boolean;
type FieldsTest = (fields: Readonly<Record<string, unknown>>) => boolean;
type StringTest = (value: string) => boolean;

export type EventPredicate = (event: Readonly<Record<string, unknown>>) => boolean;

export class InvalidEventPatternError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Event pattern is not valid: ${problems.join('; ')}`);
    this.name = 'InvalidEventPatternError';
  }
}

/** Compiles a pattern into a reusable predicate; throws `InvalidEventPatternError` for a pattern AWS would reject. */
export function compilePattern(pattern: EventPattern): EventPredicate {
  const { test, problems } = compile(pattern);
  if (problems.length > 0) throw new InvalidEventPatternError(problems);
  return test;
}

/** Human-readable reasons AWS would reject the pattern; empty when it is valid. Never throws. */
export function validatePattern(pattern: unknown): string[] {
  return compile(pattern).problems;
}

// Patterns are readonly data shared by the rules that hold them, so the compiled form is cached per pattern object.
const compiledPatterns = new WeakMap<EventPattern, EventPredicate>();

/**
 * Whether the event matches the pattern. A pattern AWS would reject (see `validatePattern`), such as `{}`, matches
 * no event: EventBridge would never have created a rule from it.
 */
export function matchesPattern(pattern: EventPattern, event: Record<string, unknown>): boolean {
  let test = compiledPatterns.get(pattern);
  if (test === undefined) {
    const compiled = compile(pattern);
    test = compiled.problems.length === 0 ? compiled.test : never;
    compiledPatterns.set(pattern, test);
  }
  return test(event);
}

/** One pass both builds the predicate and collects every problem, so validation and matching cannot disagree. */
function compile(pattern: unknown): { test: EventPredicate; problems: string[] } {
  const problems: string[] = [];
  const test = compileFields(pattern, '', problems, false);
  return { test, problems };
}

const never = (): boolean => false;
const NO_FIELDS: Readonly<Record<string, unknown>> = Object.freeze({});
const NUMERIC_OPERATORS = new Set<unknown>(['=', '<', '<=', '>', '>=']);
const EXCLUDABLE_STRING_OPERATORS = new Set(['prefix', 'suffix', 'equals-ignore-case', 'wildcard']);
const OPERATORS = new Set([...EXCLUDABLE_STRING_OPERATORS, 'anything-but', 'numeric', 'exists', 'cidr']);

/** Every field of a pattern object must match (AND); the object itself must not be empty. */
function compileFields(pattern: unknown, path: string, problems: string[], insideOr: boolean): FieldsTest {
  if (!isPlainObject(pattern)) {
    problems.push(`${path || 'pattern'} must be an object`);
    return never;
  }
  const entries = Object.entries(pattern);
  if (entries.length === 0) {
    problems.push(`${path || 'pattern'}: empty objects are not allowed`);
    return never;
  }
  const tests = entries.map(([field, value]) => compileField(field, value, path, problems, insideOr));
  return (fields) => tests.every((test) => test(fields));
}

function compileField(
  field: string,
  value: unknown,
  parent: string,
  problems: string[],
  insideOr: boolean,
): FieldsTest {
  const path = parent ? `${parent}.${field}` : field;
  if (field === '$or') return compileOr(value, path, problems);
  // Event Ruler refuses operator names as field names under $or, where they would be ambiguous.
  if (insideOr && OPERATORS.has(field)) {
    problems.push(`${path}: "${field}" is an operator and cannot be a field name inside $or`);
  }
  if (Array.isArray(value)) {
    const test = compileValueList(value, path, problems);
    return (fields) => test(fields[field]);
  }
  if (isPlainObject(value)) {
    const test = compileFields(value, path, problems, insideOr);
    return (fields) => matchesNested(fields[field], test);
  }
  problems.push(`${path} must be an object or an array`);
  return never;
}

/** `$or` takes two or more pattern objects, at any level; the surrounding fields still apply to each branch. */
function compileOr(value: unknown, path: string, problems: string[]): FieldsTest {
  if (!Array.isArray(value) || value.length < 2) {
    problems.push(`${path} must be an array of at least two pattern objects`);
    return never;
  }
  const branches = (value as readonly unknown[]).map((branch, index) =>
    compileFields(branch, `${path}[${index}]`, problems, true),
  );
  return (fields) => branches.some((branch) => branch(fields));
}

/**
 * A nested pattern applies to the object at that field. An array of objects matches when one element matches
 * on its own, so fields from different elements never combine (AWS's array-consistent matching). A value that
 * holds no object offers no fields: only absence (`exists: false`) can match under it.
 */
function matchesNested(value: unknown, test: FieldsTest): boolean {
  if (isPlainObject(value)) return test(value);
  const objects = Array.isArray(value) ? collectObjects(value, []) : [];
  return objects.length === 0 ? test(NO_FIELDS) : objects.some(test);
}

function collectObjects(values: readonly unknown[], into: Record<string, unknown>[]): Record<string, unknown>[] {
  for (const value of values) {
    if (isPlainObject(value)) into.push(value);
    else if (Array.isArray(value)) collectObjects(value, into);
  }
  return into;
}

/**
 * A list of alternatives (OR) for one leaf field. An array in the event matches when any element does. Objects
 * are not leaves, so a field holding only an object, or an empty array, counts as absent (exists works on leaves).
 */
function compileValueList(
  alternatives: readonly unknown[],
  path: string,
  problems: string[],
): (value: unknown) => boolean {
  if (alternatives.length === 0) problems.push(`${path}: empty arrays are not allowed`);
  const exact = new Set<Leaf>();
  const tests: LeafTest[] = [];
  let matchIfPresent = false;
  let matchIfAbsent = false;
  alternatives.forEach((alternative, index) => {
    const where = `${path}[${index}]`;
    if (isLeaf(alternative)) {
      exact.add(alternative);
    } else if (isPlainObject(alternative) && Object.keys(alternative).length === 1) {
      const [operator, argument] = Object.entries(alternative)[0]!;
      if (operator !== 'exists') {
        const test = compileOperator(operator, argument, where, problems);
        if (test) tests.push(test);
      } else if (typeof argument === 'boolean') {
        if (argument) matchIfPresent = true;
        else matchIfAbsent = true;
      } else problems.push(`${where}: exists must be true or false`);
    } else if (isPlainObject(alternative)) {
      problems.push(`${where}: a match expression must have exactly one operator`);
    } else {
      problems.push(`${where}: a match value must be a string, a number, true, false, null or an operator object`);
    }
  });
  const matchesLeaf: LeafTest = (leaf) => exact.has(leaf) || tests.some((test) => test(leaf));
  return (value) => {
    if (!hasLeaf(value)) return matchIfAbsent;
    return matchIfPresent || someLeaf(value, matchesLeaf);
  };
}

function compileOperator(operator: string, argument: unknown, path: string, problems: string[]): LeafTest | undefined {
  const where = `${path}.${operator}`;
  switch (operator) {
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
    case 'wildcard': {
      const test = compileStringTest(operator, argument, where, problems, true);
      return test && ((value) => typeof value === 'string' && test(value));
    }
    case 'anything-but':
      return compileAnythingBut(argument, where, problems);
    case 'numeric':
      return compileNumeric(argument, where, problems);
    case 'cidr':
      return compileCidr(argument, where, problems);
    default:
      problems.push(`${path}: unknown operator "${operator}"`);
      return undefined;
  }
}

/** The string operators, shared by their positive form and by anything-but. */
function compileStringTest(
  operator: string,
  argument: unknown,
  path: string,
  problems: string[],
  allowIgnoreCase: boolean,
): StringTest | undefined {
  const isAffix = operator === 'prefix' || operator === 'suffix';
  const caseless = allowIgnoreCase && isAffix ? ignoreCaseArgument(argument) : undefined;
  const text = caseless ?? argument;
  if (typeof text !== 'string') {
    problems.push(`${path} must be a string${allowIgnoreCase && isAffix ? ' or {"equals-ignore-case": string}' : ''}`);
    return undefined;
  }
  if (operator === 'prefix') {
    if (caseless === undefined) return (value) => value.startsWith(text);
    const folded = foldCase(text);
    return (value) => foldCase(value).startsWith(folded);
  }
  if (operator === 'suffix') {
    if (caseless === undefined) return (value) => value.endsWith(text);
    const folded = foldCase(text);
    return (value) => foldCase(value).endsWith(folded);
  }
  if (operator === 'equals-ignore-case') {
    const folded = foldCase(text);
    return (value) => foldCase(value) === folded;
  }
  const regex = compileWildcard(text, path, problems);
  return regex && ((value) => regex.test(value));
}

function ignoreCaseArgument(argument: unknown): unknown {
  if (!isPlainObject(argument)) return undefined;
  const keys = Object.keys(argument);
  return keys.length === 1 && keys[0] === 'equals-ignore-case' ? argument['equals-ignore-case'] : undefined;
}

/** `*` matches any run of characters, `\*` a literal asterisk and `\\` a literal backslash; `**` is refused. */
function compileWildcard(text: string, path: string, problems: string[]): RegExp | undefined {
  let source = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '*') {
      if (text[index + 1] === '*') {
        problems.push(`${path}: consecutive wildcard characters at position ${index + 1}`);
        return undefined;
      }
      source += '[\\s\\S]*';
    } else if (char === '\\') {
      const escaped = text[index + 1];
      if (escaped !== '*' && escaped !== '\\') {
        problems.push(`${path}: a backslash may only escape "*" or "\\" (position ${index + 1})`);
        return undefined;
      }
      source += `\\${escaped}`;
      index++;
    } else {
      source += char.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * Anything but the given strings or numbers, or anything but values a string operator matches. It needs a value
 * to be present (a missing field does not match), and any present value of another type, null included, matches.
 */
function compileAnythingBut(argument: unknown, path: string, problems: string[]): LeafTest | undefined {
  if (isPlainObject(argument)) {
    const entries = Object.entries(argument);
    const [operator, operand] = entries[0] ?? [];
    if (entries.length !== 1 || operator === undefined || !EXCLUDABLE_STRING_OPERATORS.has(operator)) {
      problems.push(`${path} takes one of prefix, suffix, equals-ignore-case or wildcard`);
      return undefined;
    }
    const texts: unknown = typeof operand === 'string' ? [operand] : operand;
    if (!Array.isArray(texts) || texts.length === 0) {
      problems.push(`${path}.${operator} must be a string or a non-empty list of strings`);
      return undefined;
    }
    if ((operator === 'prefix' || operator === 'suffix') && texts.includes('')) {
      problems.push(`${path}.${operator} must not be empty`);
      return undefined;
    }
    const tests = (texts as readonly unknown[]).map((text, index) =>
      compileStringTest(operator, text, `${path}.${operator}[${index}]`, problems, false),
    );
    if (!tests.every((test): test is StringTest => test !== undefined)) return undefined;
    return (value) => typeof value !== 'string' || !tests.some((test) => test(value));
  }
  const excluded: readonly unknown[] = Array.isArray(argument) ? argument : [argument];
  const allStrings = excluded.every((value) => typeof value === 'string');
  const allNumbers = excluded.every(isFiniteNumber);
  if (excluded.length === 0 || !(allStrings || allNumbers)) {
    problems.push(`${path} must be a string, a number, or a non-empty list of only strings or only numbers`);
    return undefined;
  }
  const set = new Set<unknown>(excluded);
  return (value) => !set.has(value);
}

interface NumericRange {
  readonly min: number;
  readonly minInclusive: boolean;
  readonly max: number;
  readonly maxInclusive: boolean;
}

/** `["=", n]`, `["<" | "<=", n]`, `[">" | ">=", n]`, or a lower bound followed by an upper one. */
function compileNumeric(argument: unknown, path: string, problems: string[]): LeafTest | undefined {
  const range = parseNumericRange(argument, path, problems);
  if (!range) return undefined;
  const { min, minInclusive, max, maxInclusive } = range;
  return (value) =>
    typeof value === 'number' &&
    (value > min || (minInclusive && value === min)) &&
    (value < max || (maxInclusive && value === max));
}

function parseNumericRange(argument: unknown, path: string, problems: string[]): NumericRange | undefined {
  const fail = (reason: string): undefined => {
    problems.push(`${path}: ${reason}`);
    return undefined;
  };
  if (!Array.isArray(argument) || argument.length === 0) return fail('expected a list such as [">", 0, "<=", 5]');
  const [operator, operand, upperOperator, upperOperand]: readonly unknown[] = argument;
  if (!NUMERIC_OPERATORS.has(operator)) return fail(`unknown numeric operator ${JSON.stringify(operator)}`);
  if (!isFiniteNumber(operand)) return fail(`"${operator}" must be followed by a number`);
  const isLowerBound = operator === '>' || operator === '>=';
  if (argument.length > (isLowerBound ? 4 : 2)) return fail('too many elements in numeric expression');
  if (operator === '=') return { min: operand, minInclusive: true, max: operand, maxInclusive: true };
  if (!isLowerBound) return { min: -Infinity, minInclusive: false, max: operand, maxInclusive: operator === '<=' };
  const lower = { min: operand, minInclusive: operator === '>=' };
  if (argument.length === 2) return { ...lower, max: Infinity, maxInclusive: false };
  if (upperOperator !== '<' && upperOperator !== '<=') return fail('a range must continue with "<" or "<="');
  if (!isFiniteNumber(upperOperand)) return fail(`"${upperOperator}" must be followed by a number`);
  if (upperOperand <= operand) return fail('the lower bound must be less than the upper bound');
  return { ...lower, max: upperOperand, maxInclusive: upperOperator === '<=' };
}

interface IpAddress {
  readonly bits: 32 | 128;
  readonly value: bigint;
}

function compileCidr(argument: unknown, path: string, problems: string[]): LeafTest | undefined {
  const [address, prefixText, ...rest] = typeof argument === 'string' ? argument.split('/') : [];
  const network = address === undefined ? undefined : parseIp(address);
  const prefixLength = /^\d{1,3}$/.test(prefixText ?? '') ? Number(prefixText) : Number.NaN;
  if (!network || rest.length > 0 || !(prefixLength <= network.bits)) {
    problems.push(`${path}: ${JSON.stringify(argument)} is not an IPv4 or IPv6 CIDR block such as "10.0.0.0/24"`);
    return undefined;
  }
  const shift = BigInt(network.bits - prefixLength);
  const networkBits = network.value >> shift;
  return (value) => {
    const ip = typeof value === 'string' ? parseIp(value) : undefined;
    return ip !== undefined && ip.bits === network.bits && ip.value >> shift === networkBits;
  };
}

function parseIp(text: string): IpAddress | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { bits: 128, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { bits: 32, value };
}

function parseIpv4(text: string): bigint | undefined {
  const octets = text.split('.');
  if (octets.length !== 4 || !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255))
    return undefined;
  return octets.reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

/** Eight hex groups, `::` standing for a run of zero groups, optionally ending in an embedded IPv4 address. */
function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseIpv6Groups(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? parseIpv6Groups(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...new Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function parseIpv6Groups(text: string, mayEndWithIpv4: boolean): number[] | undefined {
  if (text === '') return [];
  const groups: number[] = [];
  const pieces = text.split(':');
  for (const [index, piece] of pieces.entries()) {
    if (mayEndWithIpv4 && index === pieces.length - 1 && piece.includes('.')) {
      const ipv4 = parseIpv4(piece);
      if (ipv4 === undefined) return undefined;
      groups.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
    } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
      groups.push(Number.parseInt(piece, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isLeaf(value: unknown): value is Leaf {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || isFiniteNumber(value);
}

function hasLeaf(value: unknown): boolean {
  return Array.isArray(value) ? value.some(hasLeaf) : isLeaf(value);
}

function someLeaf(value: unknown, test: LeafTest): boolean {
  if (Array.isArray(value)) return value.some((element) => someLeaf(element, test));
  return isLeaf(value) && test(value);
}

function foldCase(text: string): string {
  return text.toLowerCase();
}
