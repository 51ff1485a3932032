import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { JourneyEvent } from '../../domain/journeys/definition-schema';
import type { WaitRegistration, WaitStore } from '../../domain/journeys/waits/ports';
import { isConditionFailure, mapFaults } from './faults';
import { queryConsistently } from './patient-event-log';
import { patientPk } from './patient-keys';

const WHAT = 'journey waits';
/** The trailing `#` keeps `reply#confirmed` from also listing `reply#confirmed-late`. */
const WAIT_PREFIX = 'WAIT#';
const kindPrefix = (kindKey: string) => `${WAIT_PREFIX}${kindKey}#`;
const waitSk = (r: WaitRegistration) => `${kindPrefix(r.kindKey)}${r.executionId}#${r.stepId}`;

/**
 * Callback tokens of waiting executions in the Patients table (`PATIENT#<id>` /
 * `WAIT#<kind>#<key>#<executionId>#<stepId>`), so an event lists exactly the waits of its patient and kind.
 * `expiresAt` (TTL, epoch seconds) deletes a registration some time after its wait timed out; until then the
 * domain sees `expiry` and skips it.
 */
export class DynamoJourneyWaitStore implements WaitStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async register(registration: WaitRegistration): Promise<void> {
    const { expiresAt, triggeringResource, ...fields } = registration;
    await mapFaults(
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: patientPk(registration.patientId),
            sk: waitSk(registration),
            ...fields,
            ...(triggeringResource ? { triggeringResource } : {}),
            expiry: expiresAt,
            expiresAt: Math.ceil(Date.parse(expiresAt) / 1000),
          },
        }),
      ),
      WHAT,
    );
  }

  async waitingFor(patientId: string, kindKey: string): Promise<readonly WaitRegistration[]> {
    const items = await queryConsistently(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': patientPk(patientId), ':prefix': kindPrefix(kindKey) },
      },
      WHAT,
    );
    return items.map(registrationOf);
  }

  async waitingForAny(patientId: string, kindKeys: readonly string[]): Promise<readonly WaitRegistration[]> {
    const [only, ...others] = kindKeys;
    if (only === undefined) return [];
    if (others.length === 0) return this.waitingFor(patientId, only);
    // One query for all of the patient's waits (a patient waits for few things at once), filtered here.
    const items = await queryConsistently(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': patientPk(patientId), ':prefix': WAIT_PREFIX },
      },
      WHAT,
    );
    return items.map(registrationOf).filter((registration) => kindKeys.includes(registration.kindKey));
  }

  async remove(registration: WaitRegistration): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new DeleteCommand({
            TableName: this.tableName,
            Key: { pk: patientPk(registration.patientId), sk: waitSk(registration) },
            // A newer registration of the same step (a retried task with a new token) stays.
            ConditionExpression: 'taskToken = :token',
            ExpressionAttributeValues: { ':token': registration.taskToken },
          }),
        ),
        WHAT,
      );
    } catch (error) {
      if (isConditionFailure(error)) return;
      throw error;
    }
  }
}

function registrationOf(item: Record<string, unknown>): WaitRegistration {
  const triggering = item.triggeringResource as WaitRegistration['triggeringResource'];
  return {
    patientId: String(item.patientId),
    journeyId: String(item.journeyId),
    journeyVersion: Number(item.journeyVersion),
    executionId: String(item.executionId),
    stepId: String(item.stepId),
    kindKey: String(item.kindKey),
    event: item.event as JourneyEvent,
    taskToken: String(item.taskToken),
    registeredAt: String(item.registeredAt),
    expiresAt: String(item.expiry),
    ...(triggering ? { triggeringResource: triggering } : {}),
  };
}
