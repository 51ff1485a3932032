import { JOURNEY_CATALOG } from '../../catalog/journeys';
import { localFhirPath } from '../../lambdas/domain/fhir/local-fhirpath';
import { canonicalJson } from '../../lambdas/domain/ingestion/content-hash';
import { validateDefinition } from '../../lambdas/domain/journeys/journey-service';
import type { JourneyRecord, JourneyVersion } from '../../lambdas/domain/journeys/ports';
import type { LocalStack } from '../local-stack';

/** Only the shape is read here: the API checks references when it creates and publishes. */
const ANY_REFERENCE = {
  latestTemplateVersion: async () => 1,
  segmentExists: async () => true,
  fhirPath: localFhirPath,
};

/**
 * Installs the catalog journeys through the API, as staff would, once: a journey that is not there is created
 * and published; a draft holding the catalog's content (an earlier start stopped half-way) is published; a
 * journey already live stays live on the version it has, even when the catalog has changed since (staff may
 * have moved on); a paused or archived one is left as staff left it. Content is compared, not published again:
 * a restart on kept data publishes nothing. Returns how many catalog journeys are live.
 */
export async function installCatalogJourneys(
  stack: LocalStack,
  log: (line: string) => void = () => {},
): Promise<number> {
  const token = stack.identity.issueToken({ role: 'marketing-professional' });
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.endpoints.api}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return {
      status: response.status,
      body: (await response.json()) as { journey?: JourneyRecord; versions?: JourneyVersion[] },
    };
  };
  const publish = async (journeyId: string, version: number) => {
    const published = await call('POST', `/journeys/${journeyId}/publish?version=${version}`);
    if (published.status !== 200)
      throw new Error(`catalog journey ${journeyId} was not published (${published.status})`);
  };
  let live = 0;
  for (const definition of JOURNEY_CATALOG) {
    const existing = await call('GET', `/journeys/${definition.id}`);
    if (existing.status === 404) {
      const created = await call('POST', '/journeys', definition);
      if (created.status !== 201) throw new Error(`catalog journey ${definition.id} was refused (${created.status})`);
      await publish(definition.id, 1);
      live++;
      continue;
    }
    const { journey, versions = [] } = existing.body;
    if (existing.status !== 200 || !journey) {
      throw new Error(`catalog journey ${definition.id} could not be read (${existing.status})`);
    }
    if (journey.status === 'active') {
      live++;
      const published = versions.find((version) => version.version === journey.publishedVersion);
      if (!(await sameContent(published, definition)))
        log(
          `Journey ${definition.id} is live at version ${journey.publishedVersion}, which differs from the catalog: left as it is.`,
        );
      continue;
    }
    if (journey.status !== 'draft') continue;
    const latest = versions.find((version) => version.version === journey.latestVersion);
    if (!(await sameContent(latest, definition))) {
      log(`Journey ${definition.id} is a draft that differs from the catalog: left unpublished.`);
      continue;
    }
    await publish(definition.id, journey.latestVersion);
    live++;
  }
  await stack.settle();
  return live;
}

async function sameContent(version: JourneyVersion | undefined, catalog: unknown): Promise<boolean> {
  if (version === undefined) return false;
  const read = await validateDefinition(catalog, ANY_REFERENCE);
  return read.definition !== undefined && canonicalJson(read.definition) === canonicalJson(version.definition);
}
