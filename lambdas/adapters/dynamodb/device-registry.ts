import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PushDevice } from '../../domain/messaging/ports';
import type { DeviceRegistry } from '../../domain/messaging/send-ports';
import { mapFaults } from './faults';
import { queryPartition } from './query-partition';

const WHAT = 'push devices';
const devicesPk = (patientId: string) => `DEVICES#${patientId}`;
const DEVICE_PREFIX = 'DEVICE#';

/** A patient's registered push devices in the Messages table (`DEVICES#<patient>` / `DEVICE#<device id>`). */
export class DynamoDeviceRegistry implements DeviceRegistry {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async devices(patientId: string): Promise<PushDevice[]> {
    const items = await queryPartition(this.client, this.tableName, devicesPk(patientId), DEVICE_PREFIX, WHAT);
    return items
      .map((item) => ({
        deviceId: String(item.deviceId),
        platform: item.platform as PushDevice['platform'],
        token: String(item.token),
        registeredAt: String(item.registeredAt),
      }))
      .sort((a, b) => (a.registeredAt < b.registeredAt ? 1 : -1));
  }

  async register(patientId: string, device: PushDevice): Promise<void> {
    await mapFaults(
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: devicesPk(patientId), sk: `${DEVICE_PREFIX}${device.deviceId}`, ...device },
        }),
      ),
      WHAT,
    );
  }

  async unregister(patientId: string, deviceId: string): Promise<boolean> {
    const { Attributes } = await mapFaults(
      this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: devicesPk(patientId), sk: `${DEVICE_PREFIX}${deviceId}` },
          ReturnValues: 'ALL_OLD',
        }),
      ),
      WHAT,
    );
    return Attributes !== undefined;
  }
}
