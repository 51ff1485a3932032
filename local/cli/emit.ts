import { readFileSync } from 'node:fs';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DetailType } from '../../lambdas/domain/events/event-names';
import { itemsFromBundle } from '../../lambdas/domain/ingestion/bulk-files';
import { LOCAL_UPSTREAM_CREDENTIALS } from '../local-environment';

export interface EmitOptions {
  readonly action: 'create' | 'update' | 'delete';
  readonly endpoint?: string;
  readonly busName: string;
  readonly source: string;
  readonly occurredAt: string;
}

/**
 * Puts each resource of the files (a resource, or every entry of a Bundle) on the ingress bus as a
 * `FHIR Resource Changed` event, as an upstream system does. With an endpoint it talks to the local stack
 * (signing as an upstream system, not the platform); without, to AWS.
 */
export async function emitFiles(
  files: readonly string[],
  options: EmitOptions,
): Promise<{ sent: number; failed: number }> {
  const client = new EventBridgeClient(
    options.endpoint
      ? {
          endpoint: options.endpoint,
          region: 'us-east-1',
          credentials: LOCAL_UPSTREAM_CREDENTIALS,
        }
      : {},
  );
  const details = files.flatMap((file) =>
    itemsFromBundle(readFileSync(file, 'utf8'), options.occurredAt).map((item) => {
      if ('unreadable' in item) throw new Error(`${file} (${item.position}): ${item.unreadable}`);
      const detail = item.detail as { action: string; resource: { resourceType: string; id: string } };
      return options.action === 'delete'
        ? {
            ...detail,
            action: 'delete',
            resource: { resourceType: detail.resource.resourceType, id: detail.resource.id },
          }
        : { ...detail, action: options.action };
    }),
  );
  let failed = 0;
  for (let i = 0; i < details.length; i += 10) {
    const result = await client.send(
      new PutEventsCommand({
        Entries: details.slice(i, i + 10).map((detail) => ({
          EventBusName: options.busName,
          Source: options.source,
          DetailType: DetailType.FhirResourceChanged,
          Detail: JSON.stringify(detail),
        })),
      }),
    );
    failed += result.FailedEntryCount ?? 0;
  }
  return { sent: details.length - failed, failed };
}
