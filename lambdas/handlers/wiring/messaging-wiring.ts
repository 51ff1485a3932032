import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { eventBridge } from '../../adapters/aws-clients/eventbridge';
import { DynamoAddressBook } from '../../adapters/dynamodb/address-book';
import { DynamoDeadLetterStore } from '../../adapters/dynamodb/dead-letter-store';
import { DynamoDeferredSends } from '../../adapters/dynamodb/deferred-sends-store';
import { DynamoDeviceRegistry } from '../../adapters/dynamodb/device-registry';
import { DynamoEngagementStore } from '../../adapters/dynamodb/engagement-store';
import { DynamoMessageStore } from '../../adapters/dynamodb/message-store';
import { cachedSettings, DynamoMessagingSettingsStore } from '../../adapters/dynamodb/messaging-settings-store';
import { DynamoPatientDirectory } from '../../adapters/dynamodb/patient-directory';
import { DynamoPreferenceStore } from '../../adapters/dynamodb/preference-store';
import { EventBridgePublisher } from '../../adapters/eventbridge/event-publisher';
import { runtimeClock } from '../../adapters/runtime-clock';
import type { PlatformConfig } from '../../config/config';
import { receivedEngagement } from '../../domain/messaging/engagement';
import type { InboundSmsReceptionDependencies } from '../../domain/messaging/feedback/receive-inbound-sms';
import { type LinkKey, signedLinks } from '../../domain/messaging/links';
import { type AddressKeyOf, addressKeysUnder } from '../../domain/messaging/policy/address-key';
import type { SendDependencies } from '../../domain/messaging/send-ports';
import { templateSourceOf } from '../../domain/messaging/templates/loaded-template';
import type { Clock, Logger } from '../../domain/ports';
import { channelSenders } from './channels/channel-senders';
import { dynamoTemplates } from './definition-stores';
import { linkKeyLoader, loadedOnce, readKey } from './key-loaders';

export { linkKeyLoader };

/** Address keys under the platform's secret, read once per execution environment (the key object made once too). */
export function addressKeysLoader(config: PlatformConfig): () => Promise<AddressKeyOf> {
  return loadedOnce(async () => addressKeysUnder(await readKey(config.addressKeySecretSource, 'address key')));
}

export function messagingStores(config: PlatformConfig) {
  const client = dynamoDocumentClient();
  return {
    messages: new DynamoMessageStore(client, config.messagesTable),
    addressBook: new DynamoAddressBook(client, config.messagesTable),
    devices: new DynamoDeviceRegistry(client, config.messagesTable),
    settings: new DynamoMessagingSettingsStore(client, config.platformTable),
    templates: dynamoTemplates(client, config.platformTable),
    preferences: new DynamoPreferenceStore(client, config.patientsTable),
    engagement: new DynamoEngagementStore(client, config.patientsTable),
    publisher: new EventBridgePublisher(eventBridge(), config.eventBusName),
    deferred: new DynamoDeferredSends(client, config.messagesTable),
    directory: new DynamoPatientDirectory(client, config.patientsTable),
  };
}

/** Everything the send function needs, on AWS adapters (or the local stack's endpoints). */
export async function sendDependencies(
  config: PlatformConfig,
  clock: Clock = runtimeClock,
  linkKey: () => Promise<LinkKey> = linkKeyLoader(config),
  addressKeys: () => Promise<AddressKeyOf> = addressKeysLoader(config),
): Promise<SendDependencies> {
  const stores = messagingStores(config);
  const [links, addressKeyOf] = await Promise.all([linkKey(), addressKeys()]);
  return {
    outbox: stores.messages,
    addressBook: stores.addressBook,
    addressKeyOf,
    patients: {
      getPatient: (patientId) => stores.directory.getPatient(patientId),
      getResource: (patientId, resourceType, id) => stores.directory.getResource(patientId, resourceType, id),
    },
    preferences: stores.preferences,
    devices: stores.devices,
    templates: templateSourceOf(stores.templates),
    settings: cachedSettings(stores.settings, () => clock.now().getTime()),
    senders: channelSenders(config),
    links: signedLinks(config.linkBaseUrl, links, clock),
    engagement: receivedEngagement(stores),
    deferrals: stores.deferred,
    clock,
  };
}

function deadLetterStore(config: PlatformConfig): DynamoDeadLetterStore {
  return new DynamoDeadLetterStore(dynamoDocumentClient(), config.platformTable, config.deadLetterRetentionDays);
}

/** What the feedback handlers (SES events, SMS receipts) need. */
export function providerEventDependencies(config: PlatformConfig, logger: Logger, clock: Clock = runtimeClock) {
  const stores = messagingStores(config);
  return {
    messages: stores.messages,
    addressBook: stores.addressBook,
    preferences: stores.preferences,
    engagement: stores.engagement,
    publisher: stores.publisher,
    deadLetters: deadLetterStore(config),
    logger,
    clock,
  };
}

/** What receiving an inbound text needs: the opt-out book, preferences, settings, the SMS sender, dead letters. */
export function inboundSmsReceptionDependencies(
  config: PlatformConfig,
  logger: Logger,
  clock: Clock = runtimeClock,
): InboundSmsReceptionDependencies {
  const stores = messagingStores(config);
  return {
    addressBook: stores.addressBook,
    preferences: stores.preferences,
    settings: async () => (await stores.settings.get()).settings,
    addressKeys: addressKeysLoader(config),
    outbox: stores.messages,
    sms: channelSenders(config).sms,
    publisher: stores.publisher,
    deadLetters: deadLetterStore(config),
    clock,
    logger,
  };
}

/**
 * The send dependencies of a handler, built on first use and kept for the warm container; a failed build
 * (a key not readable yet) is not kept, so the next invocation tries again.
 */
export function lazySendDependencies(config: PlatformConfig): () => Promise<SendDependencies> {
  return loadedOnce(() => sendDependencies(config));
}
