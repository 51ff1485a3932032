import { JOURNEY_CATALOG } from '../../catalog/journeys';
import type { LocalStack } from '../local-stack';

/**
 * Creates every catalog journey that is not there yet and publishes each active one, through the API as staff
 * would. The local Step Functions keeps its state machines in memory, so publishing again at every start is
 * what makes the journeys of `.data/` live again (executions in flight before a restart are not resumed).
 * Returns how many journeys are live.
 */
export async function installCatalogJourneys(stack: LocalStack): Promise<number> {
  const token = stack.identity.issueToken({ role: 'marketing-professional' });
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.endpoints.api}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as { journey?: { status?: string } } };
  };
  let live = 0;
  for (const definition of JOURNEY_CATALOG) {
    const existing = await call('GET', `/journeys/${definition.id}`);
    if (existing.status === 404) {
      const created = await call('POST', '/journeys', definition);
      if (created.status !== 201) throw new Error(`catalog journey ${definition.id} was refused (${created.status})`);
    }
    const status = existing.body.journey?.status;
    if (status === 'paused' || status === 'archived') continue;
    const published = await call('POST', `/journeys/${definition.id}/publish`);
    if (published.status !== 200)
      throw new Error(`catalog journey ${definition.id} was not published (${published.status})`);
    live++;
  }
  await stack.settle();
  return live;
}
