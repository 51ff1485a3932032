import { type EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../../domain/events/event-names';
import type { PatientEngagementRecordedDetail, PatientFactsChangedDetail } from '../../domain/events/event-schemas';
import type { PatientRepliedDetail, SendRequestDetail } from '../../domain/events/messaging-event-schemas';
import type { ImportCompletedPublisher, ImportJobTotals } from '../../domain/ingestion/import-job';
import type { FactsChangedPublisher } from '../../domain/ingestion/ports';
import type { ActivityCreatedAnnouncement, ActivityPublisher } from '../../domain/journeys/steps/ports';
import type { MembershipChangedAnnouncement, MembershipPublisher } from '../../domain/segments/ports';
import { TransientStoreError } from '../errors';

const MAX_ENTRIES_PER_CALL = 10;
const MAX_ATTEMPTS = 4;

/** Puts platform events on the bus, resending entries EventBridge reports as failed. */
export class EventBridgePublisher
  implements FactsChangedPublisher, ImportCompletedPublisher, MembershipPublisher, ActivityPublisher
{
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async publishFactsChanged(details: readonly PatientFactsChangedDetail[]): Promise<void> {
    await this.publish(DetailType.PatientFactsChanged, details);
  }

  async publishMembershipChanged(details: readonly MembershipChangedAnnouncement[]): Promise<void> {
    await this.publish(DetailType.SegmentMembershipChanged, details);
  }

  async publishImportCompleted(summary: ImportJobTotals): Promise<void> {
    await this.publish(DetailType.BulkImportCompleted, [summary]);
  }

  async publishEngagementRecorded(details: readonly PatientEngagementRecordedDetail[]): Promise<void> {
    await this.publish(DetailType.PatientEngagementRecorded, details);
  }

  async publishPatientReplied(details: readonly PatientRepliedDetail[]): Promise<void> {
    await this.publish(DetailType.PatientReplied, details);
  }

  async publishMessageRequested(details: readonly SendRequestDetail[]): Promise<void> {
    await this.publish(DetailType.MessageRequested, details);
  }

  async publishActivityCreated(details: readonly ActivityCreatedAnnouncement[]): Promise<void> {
    await this.publish(DetailType.JourneyActivityCreated, details);
  }

  /** Platform events (source `patient-outreach`) of one detail-type, ten to a call. */
  private async publish(detailType: string, details: readonly unknown[]): Promise<void> {
    await this.put(
      details.map((detail) => ({
        EventBusName: this.busName,
        Source: PLATFORM_EVENT_SOURCE,
        DetailType: detailType,
        Detail: JSON.stringify(detail),
      })),
    );
  }

  /** Puts raw entries (used to replay dead-lettered events onto the bus). */
  async put(entries: readonly PutEventsRequestEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += MAX_ENTRIES_PER_CALL) {
      await this.putBatch(entries.slice(i, i + MAX_ENTRIES_PER_CALL));
    }
  }

  private async putBatch(batch: PutEventsRequestEntry[]): Promise<void> {
    let pending = batch;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await this.client.send(new PutEventsCommand({ Entries: pending }));
      if (!result.FailedEntryCount) return;
      pending = pending.filter((_, index) => result.Entries?.[index]?.ErrorCode);
      if (attempt < MAX_ATTEMPTS) await this.sleep(100 * 2 ** attempt);
    }
    throw new TransientStoreError(`EventBridge rejected ${pending.length} entries after ${MAX_ATTEMPTS} attempts`);
  }
}
