import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import type { ResourceChange, ResourceChangeReader } from '../../domain/journeys/conditions';
import { queryConsistently } from './patient-event-log';
import { changeSk, versionPk } from './patient-keys';

/**
 * The change records ingestion writes beside a resource's version record (`RESOURCE#<type>/<id>` /
 * `CHANGE#<revision>`, kept `CHANGE_RECORD_DAYS`): one query reads a revision and the one before it.
 */
export class DynamoResourceChanges implements ResourceChangeReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async change(resourceType: string, resourceId: string, revision: number): Promise<ResourceChange | undefined> {
    const items = await queryConsistently(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :before AND :at',
        ExpressionAttributeValues: {
          ':pk': versionPk(resourceType, resourceId),
          ':before': changeSk(Math.max(revision - 1, 0)),
          ':at': changeSk(revision),
        },
      },
      'resource change records',
    );
    const at = items.find((item) => item.revision === revision);
    if (at === undefined) return undefined;
    const before = items.find((item) => item.revision === revision - 1);
    const current = resourceOf(at);
    // Revision 1 had nothing before it; a missing earlier record (expired, or written before records existed) is unknown.
    const previous = before === undefined ? undefined : resourceOf(before);
    return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
  }
}

function resourceOf(item: Record<string, unknown>): fhir4.FhirResource | undefined {
  return typeof item.resourceJson === 'string' ? (JSON.parse(item.resourceJson) as fhir4.FhirResource) : undefined;
}
