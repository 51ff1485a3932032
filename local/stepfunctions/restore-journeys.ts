import { LIVE_ALIAS } from '../../lambdas/adapters/sfn/journey-publisher';
import { localFhirPath } from '../../lambdas/domain/fhir/local-fhirpath';
import { compiledVersion, scheduleOf } from '../../lambdas/domain/journeys/journey-service';
import type {
  JourneyDeployment,
  JourneyRecord,
  JourneySchedules,
  JourneyStore,
  JourneyVersion,
} from '../../lambdas/domain/journeys/ports';
import type { LocalStepFunctions } from './local-step-functions';

export interface JourneyRestoreDependencies {
  readonly journeys: JourneyStore;
  readonly stepFunctions: LocalStepFunctions;
  readonly schedules: JourneySchedules;
  readonly deployment: JourneyDeployment;
  readonly roleArn: string;
}

/** Nothing is validated again: a published version is compiled with the template versions it pinned. */
const NO_REFERENCES = {
  latestTemplateVersion: async () => undefined,
  segmentExists: async () => false,
  fhirPath: localFhirPath,
};

/**
 * The local Step Functions keeps its state machines in memory, while the journeys' records and versions are
 * in DynamoDB (on disk for `npm start`). On a start, every journey that was ever published gets its state
 * machine back as publishing left it: its published versions in the order they were first published (so each
 * gets the version ARN its record holds), the alias `live` on the published one, and its schedule (firing
 * only while the journey is active). Nothing is published again and no record changes. Returns how many
 * journeys were restored.
 */
export async function restoreJourneyStateMachines(deps: JourneyRestoreDependencies): Promise<number> {
  let restored = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.journeys.list(undefined, 100, cursor);
    for (const record of page.items) {
      if (record.stateMachineArn === undefined || record.publishedVersion === undefined) continue;
      await restoreJourney(record, deps);
      restored++;
    }
    cursor = page.cursor;
  } while (cursor);
  return restored;
}

async function restoreJourney(record: JourneyRecord, deps: JourneyRestoreDependencies): Promise<void> {
  const stateMachineArn = record.stateMachineArn as string;
  const published = (await deps.journeys.listVersions(record.journeyId))
    .filter((version) => version.compiled !== undefined)
    .sort((a, b) => versionNumberOf(a) - versionNumberOf(b));
  let created = false;
  let liveVersionArn: string | undefined;
  for (const version of published) {
    const compiled = await compiledVersion(record.journeyId, version.version, {
      journeys: deps.journeys,
      references: NO_REFERENCES,
      deployment: deps.deployment,
    });
    if (compiled.refused) throw new Error(`journey ${record.journeyId} v${version.version}: ${compiled.detail}`);
    const definition = JSON.stringify(compiled.asl);
    if (!created) {
      deps.stepFunctions.call('CreateStateMachine', {
        name: stateMachineArn.split(':').at(-1),
        definition,
        roleArn: deps.roleArn,
      });
      created = true;
    } else {
      deps.stepFunctions.call('UpdateStateMachine', { stateMachineArn, definition });
    }
    const { stateMachineVersionArn } = deps.stepFunctions.call('PublishStateMachineVersion', { stateMachineArn }) as {
      stateMachineVersionArn: string;
    };
    const recorded = version.compiled?.stateMachineVersionArn;
    if (stateMachineVersionArn !== recorded) {
      throw new Error(
        `journey ${record.journeyId} v${version.version} was published as ${recorded}, restored as ${stateMachineVersionArn}`,
      );
    }
    if (version.version === record.publishedVersion) liveVersionArn = stateMachineVersionArn;
  }
  if (liveVersionArn === undefined) throw new Error(`journey ${record.journeyId}: its published version is missing`);
  deps.stepFunctions.call('CreateStateMachineAlias', {
    name: LIVE_ALIAS,
    routingConfiguration: [{ stateMachineVersionArn: liveVersionArn, weight: 100 }],
  });
  if (record.status === 'archived') return;
  const live = published.find((version) => version.version === record.publishedVersion) as JourneyVersion;
  const spec = scheduleOf(live.definition);
  if (spec !== undefined) await deps.schedules.put(record.journeyId, spec, record.status === 'active');
}

/** The Step Functions version a journey version was published as (`…:stateMachine:<name>:<n>`). */
function versionNumberOf(version: JourneyVersion): number {
  return Number(version.compiled?.stateMachineVersionArn.split(':').at(-1));
}
