import type { PatientEngagementRecordedDetail } from '../events/event-schemas';
import type { EngagementFact } from '../segments/snapshot';
import type { MessageRecord } from './ports';

/** An engagement fact to write through the engagement store and announce. */
export interface EngagementToRecord {
  readonly patientId: string;
  /** One fact per message and kind: a second open of the same mail is the same item. */
  readonly id: string;
  readonly fact: EngagementFact;
}

export interface EngagementRecorder {
  readonly engagement: { record(patientId: string, id: string, fact: EngagementFact): Promise<void> };
  readonly publisher: { publishEngagementRecorded(details: readonly PatientEngagementRecordedDetail[]): Promise<void> };
}

/** What a message's engagement of one kind is, in ids only: the template and the journey or campaign behind it. */
export function engagementOf(record: MessageRecord, kind: EngagementFact['kind'], at: string): EngagementToRecord {
  const cause = record.cause;
  const fact: EngagementFact = {
    kind,
    at,
    templateId: record.templateId,
    ...(cause.kind === 'journey' ? { journeyId: cause.journeyId } : {}),
    ...(cause.kind === 'campaign' ? { campaignId: cause.campaignId } : {}),
  };
  return { patientId: record.patientId, id: `${record.messageId}-${kind}`, fact };
}

/** Stores the fact (segments read it) and announces it (segments re-evaluate on it), in that order. */
export async function recordEngagement(toRecord: EngagementToRecord, deps: EngagementRecorder): Promise<void> {
  const { patientId, id, fact } = toRecord;
  await deps.engagement.record(patientId, id, fact);
  const { at, ...detail } = fact;
  await deps.publisher.publishEngagementRecorded([{ patientId, occurredAt: at, ...detail }]);
}

/** The send path's engagement: a letter or a push counts as received once its provider accepts it. */
export function receivedEngagement(deps: EngagementRecorder) {
  return {
    recordReceived: (record: MessageRecord, at: string) => recordEngagement(engagementOf(record, 'received', at), deps),
  };
}
