import { unwrapListCursor, wrapListCursor } from '../../lambdas/api/cursor';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../../lambdas/domain/paging';

/** A cursor is taken back only as the key of the list it came from: its partition, its names, string values. */
const KEY = { pk: 'PATIENT#p1', sk: 'MSG#2', gsi1pk: 'BYPATIENT#p1', gsi1sk: '2026-12-01#m2' };
const NAMES = ['pk', 'sk', 'gsi1pk', 'gsi1sk'];
const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

it('gives back the key it encoded', () => {
  expect(decodeCursor(encodeCursor(KEY), { gsi1pk: 'BYPATIENT#p1' }, NAMES)).toEqual(KEY);
});

it.each([
  ['another partition', { ...KEY, gsi1pk: 'BYPATIENT#p2' }],
  ['an attribute more', { ...KEY, extra: 'x' }],
  ['an attribute less', { pk: KEY.pk, sk: KEY.sk, gsi1pk: KEY.gsi1pk }],
  ['a number value', { ...KEY, gsi1sk: 7 }],
  ['a nested value', { ...KEY, gsi1sk: { S: 'x' } }],
  ['an array', [KEY]],
  ['not JSON', 'not json'],
])('refuses a cursor with %s', (_, key) => {
  const cursor = typeof key === 'string' ? Buffer.from(key).toString('base64url') : crafted(key);
  expect(() => decodeCursor(cursor, { gsi1pk: 'BYPATIENT#p1' }, NAMES)).toThrow(InvalidCursorError);
});

it('a list cursor carries its list name and the store cursor, and nothing else', () => {
  const { cursor } = wrapListCursor(encodeCursor(KEY), 'dead-letters:open');
  expect(unwrapListCursor(cursor, 'dead-letters:open')).toBe(encodeCursor(KEY));
  expect(() => unwrapListCursor(cursor, 'dead-letters:replayed')).toThrow(InvalidCursorError);
  const padded = crafted({ list: 'dead-letters:open', after: encodeCursor(KEY), more: 'x' });
  expect(() => unwrapListCursor(padded, 'dead-letters:open')).toThrow(InvalidCursorError);
});
