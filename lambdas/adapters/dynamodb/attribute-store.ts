import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AttributeStore, PatientAttribute } from '../../domain/journeys/steps/ports';
import { mapFaults } from './faults';
import { attributeSk, patientPk } from './patient-keys';

const WHAT = 'patient attributes';

/**
 * Patient attributes in the Patients table (`PATIENT#<id>` / `ATTRIBUTE#<name>`). The compiled attribute branch
 * reads this item straight from Step Functions, so `value` is written in its own DynamoDB type (S, N or BOOL).
 */
export class DynamoAttributeStore implements AttributeStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(attribute: PatientAttribute): Promise<void> {
    await mapFaults(
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: patientPk(attribute.patientId),
            sk: attributeSk(attribute.name),
            name: attribute.name,
            value: attribute.value,
            updatedAt: attribute.updatedAt,
            journeyId: attribute.journeyId,
            stepId: attribute.stepId,
          },
        }),
      ),
      WHAT,
    );
  }

  async get(patientId: string, name: string): Promise<PatientAttribute | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: patientPk(patientId), sk: attributeSk(name) },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    if (!Item) return undefined;
    return {
      patientId,
      name,
      value: Item.value as PatientAttribute['value'],
      updatedAt: String(Item.updatedAt),
      journeyId: String(Item.journeyId),
      stepId: String(Item.stepId),
    };
  }
}
