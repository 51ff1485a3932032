import { createHash } from 'node:crypto';

/** The resource's canonical JSON (keys sorted at every level) and its UTF-8 size. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += value[i] === undefined ? 'null' : canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

export function hashOfCanonical(canonical: string): string {
  return createHash('sha256').update(canonical).digest('base64url');
}

/** A hash of the resource's content that ignores key order, so the same resource always hashes the same. */
export function contentHash(value: unknown): string {
  return hashOfCanonical(canonicalJson(value));
}
