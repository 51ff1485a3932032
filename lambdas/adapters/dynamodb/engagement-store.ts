import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EngagementFact } from '../../domain/segments/snapshot';
import { mapFaults } from './faults';
import { engagementSk, patientPk } from './patient-keys';

/**
 * Engagement facts in the patient's partition, where segment evaluation reads them with everything else.
 * The recorder (messaging, event registrations) writes the fact, then puts `Patient Engagement Recorded`;
 * the id makes a redelivered fact one item.
 */
export class DynamoEngagementStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(patientId: string, id: string, fact: EngagementFact): Promise<void> {
    await mapFaults(
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: patientPk(patientId), sk: engagementSk(fact.at, id), fact },
        }),
      ),
      'engagement facts',
    );
  }
}
