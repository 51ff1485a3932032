import { EventBridgeClient } from '@aws-sdk/client-eventbridge';

let eventBridgeClient: EventBridgeClient | undefined;

export function eventBridge(): EventBridgeClient {
  eventBridgeClient ??= new EventBridgeClient({});
  return eventBridgeClient;
}
