import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../domain/paging';
import type { PatientListing } from '../../domain/segments/ports';
import { mapFaults } from './faults';
import { cursorAfter, indexStartKey } from './page-cursor';
import { PATIENT_LISTING_SHARDS, patientListingPk } from './patient-keys';
import { PatientsTableDesign } from './table-design';

const INDEX = PatientsTableDesign.indexes[0];

/**
 * Every patient, from the sparse listing the projected Patient items carry in the `bySegment` index
 * (`PATIENTS#<shard>` / `PATIENT#<id>`): one query per page of a shard, in patient-id order.
 */
export class DynamoPatientListing implements PatientListing {
  readonly shards = PATIENT_LISTING_SHARDS;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async page(shard: number, limit: number, cursor?: string): Promise<Page<string>> {
    const pk = patientListingPk(shard);
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: INDEX.indexName,
          KeyConditionExpression: `${INDEX.partitionKey} = :pk`,
          ExpressionAttributeValues: { ':pk': pk },
          ProjectionExpression: 'resourceId',
          Limit: limit,
          ExclusiveStartKey: indexStartKey(cursor, INDEX, pk),
        }),
      ),
      'patient listing',
    );
    const items = (page.Items ?? []).map((item) => String(item.resourceId));
    const next = cursorAfter(page.LastEvaluatedKey);
    return { items, ...(next ? { cursor: next } : {}) };
  }
}
