import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { IndexedState, IndexOutcome, PatientSearchIndex, SearchDocument } from '../../domain/patients/ports';
import { isConditionFailure, mapFaults } from './faults';
import { patientPk } from './patient-keys';
import { keyOf, keyString, SEARCH_KEY_DESIGN, SEARCH_KEYS_SK, searchItemOf } from './patient-search-keys';

type Actions = NonNullable<TransactWriteCommandInput['TransactItems']>;

/**
 * Writes a patient's search items and the record of the keys it wrote (`PATIENT#<id>` / `SEARCHKEYS`),
 * so that the next write knows which items went stale. Each replacement is one transaction guarded by
 * the record's revision.
 */
export class DynamoPatientSearchIndex implements PatientSearchIndex {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async lastWritten(patientId: string): Promise<IndexedState | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: patientPk(patientId), sk: SEARCH_KEYS_SK },
          ConsistentRead: true,
        }),
      ),
      'patient search index',
    );
    if (!Item) return undefined;
    return { revision: Number(Item.revision), fingerprint: String(Item.fingerprint), keys: Item.keys as string[] };
  }

  async replace(
    patientId: string,
    document: SearchDocument | undefined,
    previous: IndexedState | undefined,
  ): Promise<IndexOutcome> {
    const fingerprint = document && `${SEARCH_KEY_DESIGN}:${document.fingerprint}`;
    if (document ? previous?.fingerprint === fingerprint : !previous) return 'unchanged';
    const items = (document?.entries ?? []).map((entry) => searchItemOf(entry, (document as SearchDocument).summary));
    const keys = items.map(keyString);
    const stale = (previous?.keys ?? []).filter((key) => !keys.includes(key));
    const recordKey = { pk: patientPk(patientId), sk: SEARCH_KEYS_SK };
    const guard = previous
      ? { ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': previous.revision } }
      : { ConditionExpression: 'attribute_not_exists(pk)' };
    const actions: Actions = [
      ...items.map((Item) => ({ Put: { TableName: this.tableName, Item } })),
      ...stale.map((key) => ({ Delete: { TableName: this.tableName, Key: keyOf(key) } })),
      document
        ? {
            Put: {
              TableName: this.tableName,
              Item: { ...recordKey, revision: (previous?.revision ?? 0) + 1, fingerprint, keys },
              ...guard,
            },
          }
        : { Delete: { TableName: this.tableName, Key: recordKey, ...guard } },
    ];
    try {
      await mapFaults(this.client.send(new TransactWriteCommand({ TransactItems: actions })), 'patient search index');
      return document ? 'written' : 'removed';
    } catch (error) {
      if (isConditionFailure(error)) return 'conflict';
      throw error;
    }
  }
}
