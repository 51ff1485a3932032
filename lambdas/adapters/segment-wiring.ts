import type { PlatformConfig } from '../config/config';
import type { Logger } from '../domain/ports';
import type { ReevaluationDependencies } from '../domain/segments/reevaluate-patient';
import { dynamoDocumentClient, eventBridge } from './aws-clients';
import { DynamoMembershipStore } from './dynamodb/segment-membership-store';
import { DynamoSegmentStore } from './dynamodb/segment-store';
import { EventBridgePublisher } from './eventbridge/event-publisher';
import { runtimeClock } from './runtime-clock';

/** What every segment handler needs: definitions, memberships, the bus, the clock. */
export function segmentDependencies(config: PlatformConfig, logger: Logger): ReevaluationDependencies {
  return {
    segments: new DynamoSegmentStore(dynamoDocumentClient(), config.platformTable),
    memberships: new DynamoMembershipStore(dynamoDocumentClient(), config.patientsTable),
    publisher: new EventBridgePublisher(eventBridge(), config.eventBusName),
    clock: runtimeClock,
    logger,
  };
}
