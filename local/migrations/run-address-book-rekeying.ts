import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients/dynamodb';
import { DynamoAddressBook } from '../../lambdas/adapters/dynamodb/address-book';
import { DynamoDeviceRegistry } from '../../lambdas/adapters/dynamodb/device-registry';
import { DynamoMessagingSettingsStore } from '../../lambdas/adapters/dynamodb/messaging-settings-store';
import { DynamoPatientDirectory } from '../../lambdas/adapters/dynamodb/patient-directory';
import { DynamoPatientListing } from '../../lambdas/adapters/dynamodb/patient-listing';
import type { PlatformConfig } from '../../lambdas/config/config';
import { addressKeysLoader } from '../../lambdas/handlers/wiring/messaging-wiring';
import { type AddressBookRekeying, type PatientContacts, rekeyAddressBook } from './rekey-address-book';

const PAGE = 100;

/** Every projected patient with their push devices, shard by shard. */
async function* patientContacts(config: PlatformConfig): AsyncGenerator<PatientContacts> {
  const client = dynamoDocumentClient();
  const listing = new DynamoPatientListing(client, config.patientsTable);
  const directory = new DynamoPatientDirectory(client, config.patientsTable);
  const devices = new DynamoDeviceRegistry(client, config.messagesTable);
  for (let shard = 0; shard < listing.shards; shard++) {
    let cursor: string | undefined;
    do {
      const page = await listing.page(shard, PAGE, cursor);
      for (const patientId of page.items) {
        const [patient, registered] = await Promise.all([directory.getPatient(patientId), devices.devices(patientId)]);
        if (patient) yield { patient, devices: registered };
      }
      cursor = page.cursor;
    } while (cursor);
  }
}

/**
 * Re-keys the stored address book in the tables, with the secret, that `config` names (the local stack's or
 * an AWS deployment's: `PATIENTS_TABLE`, `MESSAGES_TABLE`, `PLATFORM_TABLE`, `ADDRESS_KEY_SECRET_ARN`).
 */
export async function rekeyStoredAddressBook(
  config: PlatformConfig,
  options: { readonly deleteOld: boolean; readonly now: Date },
): Promise<AddressBookRekeying> {
  const client = dynamoDocumentClient();
  const [{ settings }, addressKeyOf] = await Promise.all([
    new DynamoMessagingSettingsStore(client, config.platformTable).get(),
    addressKeysLoader(config)(),
  ]);
  return rekeyAddressBook({
    patients: patientContacts(config),
    addressBook: new DynamoAddressBook(client, config.messagesTable),
    settings: settings.policy,
    addressKeyOf,
    deleteOld: options.deleteOld,
    now: options.now,
  });
}
