import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DetailType } from '../../lambdas/domain/events/event-names';
import { LOCAL_INGRESS_BUS_NAME, LOCAL_UPSTREAM_CREDENTIALS } from '../../local/local-environment';
import type { LocalStack } from '../../local/local-stack';

/** An EventBridge client signing as an upstream system (not the platform) against the local stack. */
export function upstreamEventBridge(stack: LocalStack): EventBridgeClient {
  return new EventBridgeClient({
    endpoint: stack.endpoints.eventBridge,
    region: 'us-east-1',
    credentials: LOCAL_UPSTREAM_CREDENTIALS,
  });
}

/** Puts details on the ingress bus as an upstream system would: the real SDK client, batches of ten. */
export async function emitFhirChanges(stack: LocalStack, details: readonly unknown[]): Promise<void> {
  const client = upstreamEventBridge(stack);
  for (let i = 0; i < details.length; i += 10) {
    const result = await client.send(
      new PutEventsCommand({
        Entries: details.slice(i, i + 10).map((detail) => ({
          EventBusName: LOCAL_INGRESS_BUS_NAME,
          Source: stack.upstreamEventSource,
          DetailType: DetailType.FhirResourceChanged,
          Detail: JSON.stringify(detail),
        })),
      }),
    );
    if (result.FailedEntryCount) throw new Error(`${result.FailedEntryCount} entries were not accepted by the bus`);
  }
  await stack.settle();
}
