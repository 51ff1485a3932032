import {
  ConflictException,
  CreateStateMachineAliasCommand,
  CreateStateMachineCommand,
  type EncryptionConfiguration,
  type LoggingConfiguration,
  PublishStateMachineVersionCommand,
  type SFNClient,
  StateMachineAlreadyExists,
  type Tag,
  type TracingConfiguration,
  UpdateStateMachineAliasCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import type { StateMachineDefinition } from '../../domain/journeys/asl-types';
import type { JourneyPublisher, PublishedJourney } from '../../domain/journeys/ports';
import { isRetryable } from '../dynamodb/faults';
import { TransientStoreError } from '../errors';

/** The alias that enrolments start executions of. */
export const LIVE_ALIAS = 'live';

export interface SfnJourneyPublisherConfig {
  /** Names the state machines `<prefix>-journey-<journeyId>`. */
  readonly prefix: string;
  /** `arn:<partition>:states:<region>:<account>:stateMachine:`: the ARN of a state machine is this and its name. */
  readonly stateMachineArnPrefix: string;
  /** The role the journeys' state machines run as. */
  readonly roleArn: string;
  readonly logging?: LoggingConfiguration;
  readonly tracing?: TracingConfiguration;
  /** A customer-managed key for the definition and the execution history (AWS-owned without it). */
  readonly encryption?: EncryptionConfiguration;
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Publishes journeys as Step Functions STANDARD state machines, one per journey, with a version per journey
 * version and the alias `live` on the published one. Every step is safe to repeat, so a publication that
 * failed half-way is completed by publishing again: an existing state machine is updated, an identical
 * definition publishes no new version, and an existing alias is moved.
 */
export class SfnJourneyPublisher implements JourneyPublisher {
  constructor(
    private readonly client: SFNClient,
    private readonly config: SfnJourneyPublisherConfig,
  ) {}

  async publish(journeyId: string, version: number, asl: StateMachineDefinition): Promise<PublishedJourney> {
    try {
      const definition = JSON.stringify(asl);
      const { stateMachineArn, revisionId } = await this.createOrUpdate(journeyId, definition);
      const published = await this.client.send(
        new PublishStateMachineVersionCommand({
          stateMachineArn,
          description: `journey ${journeyId} v${version}`,
          ...(revisionId ? { revisionId } : {}),
        }),
      );
      const versionArn = published.stateMachineVersionArn as string;
      const aliasArn = await this.pointLiveAlias(stateMachineArn, versionArn, journeyId, version);
      return { stateMachineArn, versionArn, aliasArn };
    } catch (error) {
      if (isRetryable(error)) throw new TransientStoreError('Step Functions temporarily unavailable', { cause: error });
      throw error;
    }
  }

  private async createOrUpdate(
    journeyId: string,
    definition: string,
  ): Promise<{ stateMachineArn: string; revisionId?: string }> {
    const name = `${this.config.prefix}-journey-${journeyId}`;
    const { roleArn, logging, tracing, encryption } = this.config;
    const configuration = {
      roleArn,
      ...(encryption ? { encryptionConfiguration: encryption } : {}),
      ...(logging ? { loggingConfiguration: logging } : {}),
      ...(tracing ? { tracingConfiguration: tracing } : {}),
    };
    try {
      // Creating again with the same name and configuration answers the existing state machine.
      const created = await this.client.send(
        new CreateStateMachineCommand({ name, definition, type: 'STANDARD', ...configuration, tags: this.tags() }),
      );
      return { stateMachineArn: created.stateMachineArn as string };
    } catch (error) {
      if (!(error instanceof StateMachineAlreadyExists)) throw error;
    }
    const stateMachineArn = `${this.config.stateMachineArnPrefix}${name}`;
    const updated = await this.client.send(
      new UpdateStateMachineCommand({ stateMachineArn, definition, ...configuration }),
    );
    return { stateMachineArn, ...(updated.revisionId ? { revisionId: updated.revisionId } : {}) };
  }

  private async pointLiveAlias(
    stateMachineArn: string,
    versionArn: string,
    journeyId: string,
    version: number,
  ): Promise<string> {
    const routingConfiguration = [{ stateMachineVersionArn: versionArn, weight: 100 }];
    const description = `journey ${journeyId}: new enrolments start v${version}`;
    try {
      const created = await this.client.send(
        new CreateStateMachineAliasCommand({ name: LIVE_ALIAS, routingConfiguration, description }),
      );
      return created.stateMachineAliasArn as string;
    } catch (error) {
      // The alias exists, pointing at another version.
      if (!(error instanceof ConflictException)) throw error;
    }
    const stateMachineAliasArn = `${stateMachineArn}:${LIVE_ALIAS}`;
    await this.client.send(
      new UpdateStateMachineAliasCommand({ stateMachineAliasArn, routingConfiguration, description }),
    );
    return stateMachineAliasArn;
  }

  private tags(): Tag[] {
    return Object.entries(this.config.tags ?? {}).map(([key, value]) => ({ key, value }));
  }
}
