import { MAX_NESTING_DEPTH, nestsDeeperThan } from '../../../lambdas/domain/validation/nesting';

/** The nesting limit at the trust boundaries: counted without recursion, objects and arrays alike. */
const nested = (depth: number, wrap: (inner: unknown) => unknown) => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};

it.each([
  ['objects', (inner: unknown) => ({ not: inner }), 1],
  ['arrays', (inner: unknown) => [inner], 1],
  ['extensions (an object in an array)', (inner: unknown) => ({ extension: [inner] }), 2],
])('allows %s up to the limit and refuses one level more', (_, wrap, levelsPerWrap) => {
  const wraps = MAX_NESTING_DEPTH / levelsPerWrap;
  expect(nestsDeeperThan(nested(wraps, wrap))).toBe(false);
  expect(nestsDeeperThan(nested(wraps + 1, wrap))).toBe(true);
});

it('counts scalars as no nesting at all', () => {
  expect(nestsDeeperThan('text', 0)).toBe(false);
  expect(nestsDeeperThan(null, 0)).toBe(false);
  expect(nestsDeeperThan({}, 0)).toBe(true);
});

it('walks a value a hundred thousand levels deep without overflowing the stack', () => {
  expect(nestsDeeperThan(nested(100_000, (inner) => ({ not: inner })))).toBe(true);
});

it('looks at every branch, not only the first', () => {
  expect(nestsDeeperThan({ shallow: 1, deep: nested(MAX_NESTING_DEPTH, (inner) => [inner]) })).toBe(true);
});
