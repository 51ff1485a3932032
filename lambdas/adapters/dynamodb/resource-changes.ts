import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ResourceChange, ResourceChangeReader } from '../../domain/journeys/conditions';
import { queryConsistently } from './patient-event-log';
import { changeSk, VERSION_SK, versionPk } from './patient-keys';
import { resourceOf } from './resource-content';

/**
 * What a resource was at a revision and the one before, from the records ingestion keeps beside it
 * (`RESOURCE#<type>/<id>`): its version record holds the latest revision's content, and `CHANGE#<n>` what it
 * was at each revision since replaced (kept `CHANGE_RECORD_DAYS`). One query reads both sides.
 */
export class DynamoResourceChanges implements ResourceChangeReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async change(resourceType: string, resourceId: string, revision: number): Promise<ResourceChange | undefined> {
    // CHANGE#<n-1> … CHANGE#<latest> and VERSION, which sorts after them.
    const items = await queryConsistently(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :before AND :version',
        ExpressionAttributeValues: {
          ':pk': versionPk(resourceType, resourceId),
          ':before': changeSk(Math.max(revision - 1, 0)),
          ':version': VERSION_SK,
        },
      },
      'resource change records',
    );
    const at = recordOf(items, revision);
    if (at === undefined) return undefined;
    const current = resourceOf(at);
    // Revision 1 had nothing before it; a missing earlier record (expired, or written before records existed) is unknown.
    const before = revision > 1 ? recordOf(items, revision - 1) : undefined;
    const previous = before === undefined ? undefined : resourceOf(before);
    return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
  }
}

/** The record of what the resource was at `revision`: its change record, or the version record while it is the latest. */
function recordOf(items: readonly Record<string, unknown>[], revision: number): Record<string, unknown> | undefined {
  return (
    items.find((item) => item.sk === changeSk(revision)) ??
    items.find((item) => item.sk === VERSION_SK && item.revision === revision && (item.deleted || hasContent(item)))
  );
}

const hasContent = (item: Record<string, unknown>) => item.resourceZ !== undefined || item.resourceJson !== undefined;
