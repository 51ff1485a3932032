/**
 * How deep any value that crosses a trust boundary may nest (an API body, a FHIR resource, an event detail).
 * Validators, canonical JSON and FHIRPath walk values recursively: a value nested thousands deep would end in a
 * RangeError (a 500, or an event retried until it is dead-lettered for the wrong reason). FHIR resources nest
 * about ten levels deep in practice, segment criteria a handful.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * Whether a JSON value nests deeper than `limit` objects and arrays, counted without recursion (so it cannot
 * overflow the stack itself) and stopping at the first path past the limit.
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  const pending: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(next.value)) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth });
    }
  }
  return false;
}

/** The message that names the limit, the same at every boundary. */
export const nestingMessage = (what: string) => `${what} nests deeper than ${MAX_NESTING_DEPTH} levels`;
