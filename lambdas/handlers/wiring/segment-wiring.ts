import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { eventBridge } from '../../adapters/aws-clients/eventbridge';
import { DynamoMembershipStore } from '../../adapters/dynamodb/segment-membership-store';
import { EventBridgePublisher } from '../../adapters/eventbridge/event-publisher';
import { runtimeClock } from '../../adapters/runtime-clock';
import type { PlatformConfig } from '../../config/config';
import type { Logger } from '../../domain/ports';
import type { ReevaluationDependencies } from '../../domain/segments/reevaluate-patient';
import { dynamoSegments } from './definition-stores';

/** What every segment handler needs: definitions, memberships, the bus, the clock. */
export function segmentDependencies(config: PlatformConfig, logger: Logger): ReevaluationDependencies {
  return {
    segments: dynamoSegments(dynamoDocumentClient(), config.platformTable),
    memberships: new DynamoMembershipStore(dynamoDocumentClient(), config.patientsTable),
    publisher: new EventBridgePublisher(eventBridge(), config.eventBusName),
    clock: runtimeClock,
    logger,
  };
}
