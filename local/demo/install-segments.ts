import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SEGMENT_CATALOG } from '../../catalog/segments';
import { DynamoSegmentStore } from '../../lambdas/adapters/dynamodb/segment-store';
import { validateSegment } from '../../lambdas/domain/segments/validate-segment';
import { localDynamoClient } from '../dynamodb/dynamodb-local';
import type { LocalStack } from '../local-stack';

/**
 * Creates and activates every catalog segment that is not there yet (the demo and the bench start with
 * the catalog live). Each definition is validated as a user's would be. Returns how many are active.
 */
export async function installCatalogSegments(stack: LocalStack, createdBy: string): Promise<number> {
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const store = new DynamoSegmentStore(client, stack.tables.platform);
  const at = stack.clock.now().toISOString();
  for (const entry of SEGMENT_CATALOG) {
    const result = validateSegment(entry);
    if (!result.ok) throw new Error(`catalog segment ${entry.id} is invalid: ${JSON.stringify(result.errors)}`);
    const { definition } = result;
    await store.create({
      segmentId: definition.id,
      version: 1,
      kind: 'dynamic',
      name: definition.name,
      description: definition.description,
      definition,
      createdAt: at,
      createdBy,
    });
    const record = await store.get(definition.id);
    if (record && record.status !== 'active') await store.setStatus(record, 'active', record.latestVersion, at);
  }
  return SEGMENT_CATALOG.length;
}
