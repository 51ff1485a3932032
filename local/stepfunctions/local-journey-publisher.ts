import type { StateMachineDefinition } from '../../lambdas/domain/journeys/asl-types';
import type { JourneyPublisher, PublishedJourney } from '../../lambdas/domain/journeys/ports';

const ARN_PREFIX = 'arn:aws:states:local:000000000000:stateMachine:';

/**
 * The local stand-in for publishing a journey to Step Functions: keeps the ASL of every published journey
 * version, and which one the alias `live` points at, for the local runtime and tests to run. Publishing a
 * version again replaces nothing, as Step Functions publishes no new version for an unchanged definition.
 */
export class InMemoryJourneyPublisher implements JourneyPublisher {
  private readonly published = new Map<string, Map<number, StateMachineDefinition>>();
  private readonly live = new Map<string, number>();

  async publish(journeyId: string, version: number, asl: StateMachineDefinition): Promise<PublishedJourney> {
    const versions = this.published.get(journeyId) ?? new Map<number, StateMachineDefinition>();
    if (!versions.has(version)) versions.set(version, asl);
    this.published.set(journeyId, versions);
    this.live.set(journeyId, version);
    const stateMachineArn = `${ARN_PREFIX}journey-${journeyId}`;
    return { stateMachineArn, versionArn: `${stateMachineArn}:${version}`, aliasArn: `${stateMachineArn}:live` };
  }

  /** The ASL a journey version was published with. */
  asl(journeyId: string, version: number): StateMachineDefinition | undefined {
    return this.published.get(journeyId)?.get(version);
  }

  /** The version new enrolments of a journey start: where its alias points. */
  liveVersion(journeyId: string): number | undefined {
    return this.live.get(journeyId);
  }
}
