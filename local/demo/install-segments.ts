import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SEGMENT_CATALOG } from '../../catalog/segments';
import { localFhirPath } from '../../lambdas/domain/fhir/local-fhirpath';
import { activateSegment, createSegment, readDefinition } from '../../lambdas/domain/segments/segment-service';
import { dynamoSegments } from '../../lambdas/handlers/wiring/definition-stores';
import { localDynamoClient } from '../dynamodb/dynamodb-local';
import type { LocalStack } from '../local-stack';

/**
 * Creates and activates every catalog segment that is not active yet, as staff would through the API
 * (validated, dependencies checked, a full computation per activation), and waits for the computations
 * to finish. The demo and the bench start with the catalog live. Returns how many are active.
 */
export async function installCatalogSegments(stack: LocalStack, createdBy: string): Promise<number> {
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const services = {
    segments: dynamoSegments(client, stack.tables.platform),
    clock: stack.clock,
    computationStarter: stack.computationStarter,
    newId: randomUUID,
  };
  const refusedWith = (id: string, outcome: { refused?: string; detail?: string }) =>
    new Error(`catalog segment ${id} was refused (${outcome.refused}): ${outcome.detail}`);
  for (const entry of SEGMENT_CATALOG) {
    const read = await readDefinition(entry, localFhirPath);
    if (read.refused) throw refusedWith(entry.id, read);
    const created = await createSegment({ kind: 'dynamic', definition: read.definition }, createdBy, services);
    if (created.refused && created.refused !== 'conflict') throw refusedWith(entry.id, created);
    if ((await services.segments.get(entry.id))?.status === 'active') continue;
    const activated = await activateSegment(entry.id, undefined, services);
    if (activated.refused) throw refusedWith(entry.id, activated);
    if (activated.computation) await stack.computationStarter.finished(activated.computation.computationId);
  }
  await stack.bus.drain();
  return SEGMENT_CATALOG.length;
}
