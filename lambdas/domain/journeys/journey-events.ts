import { createHash } from 'node:crypto';
import { DetailType } from '../events/event-names';
import type {
  PatientEngagementRecordedDetail,
  PatientFactsChangedDetail,
  SegmentMembershipChangedDetail,
} from '../events/event-schemas';
import type { PatientRepliedDetail } from '../events/messaging-event-schemas';
import {
  validatePatientEngagementRecorded,
  validatePatientFactsChanged,
  validatePatientReplied,
  validateSegmentMembershipChanged,
} from '../validation/generated/validators';
import type { PatientEvent } from './waits/ports';

/** A platform event a journey function consumes, its detail checked against the published contract. */
export type JourneyTriggerEvent =
  | { readonly type: typeof DetailType.PatientFactsChanged; readonly detail: PatientFactsChangedDetail }
  | { readonly type: typeof DetailType.SegmentMembershipChanged; readonly detail: SegmentMembershipChangedDetail }
  | { readonly type: typeof DetailType.PatientReplied; readonly detail: PatientRepliedDetail }
  | { readonly type: typeof DetailType.PatientEngagementRecorded; readonly detail: PatientEngagementRecordedDetail };

/** The platform published the event, so a detail that breaks its contract is a defect: retried, then dead-lettered. */
export class MalformedJourneyEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedJourneyEventError';
  }
}

const validators: Record<JourneyTriggerEvent['type'], (detail: unknown) => boolean> = {
  [DetailType.PatientFactsChanged]: validatePatientFactsChanged,
  [DetailType.SegmentMembershipChanged]: validateSegmentMembershipChanged,
  [DetailType.PatientReplied]: validatePatientReplied,
  [DetailType.PatientEngagementRecorded]: validatePatientEngagementRecorded,
};

export function parseJourneyTriggerEvent(detailType: unknown, detail: unknown): JourneyTriggerEvent {
  if (typeof detailType !== 'string' || !Object.hasOwn(validators, detailType)) {
    throw new MalformedJourneyEventError(`journeys do not consume "${String(detailType)}" events`);
  }
  const type = detailType as JourneyTriggerEvent['type'];
  if (!validators[type](detail)) throw new MalformedJourneyEventError(`the detail does not match the ${type} contract`);
  return { type, detail } as JourneyTriggerEvent;
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/**
 * What happened to the patient, as waits and exit checks log it: ids only, each with an id that a redelivery
 * of the same event repeats (so it is logged once).
 */
export function patientEventsOf(event: JourneyTriggerEvent): PatientEvent[] {
  switch (event.type) {
    case DetailType.PatientFactsChanged: {
      const { patientId, occurredAt, changes } = event.detail;
      return changes.map((change) => ({
        id: `fhir-${shortHash(`${change.resourceType}/${change.resourceId}:${change.action}:${change.revision ?? occurredAt}`)}`,
        patientId,
        at: occurredAt,
        kind: 'fhirChange',
        key: change.resourceType,
        resourceType: change.resourceType,
        resourceId: change.resourceId,
        action: change.action,
        ...(change.revision !== undefined ? { revision: change.revision } : {}),
      }));
    }
    case DetailType.SegmentMembershipChanged: {
      const { patientId, occurredAt, entered, exited } = event.detail;
      const of = (kind: 'segmentEntered' | 'segmentExited', segmentId: string): PatientEvent => ({
        id: `segment-${shortHash(`${kind}:${segmentId}:${occurredAt}`)}`,
        patientId,
        at: occurredAt,
        kind,
        key: segmentId,
      });
      return [...entered.map((id) => of('segmentEntered', id)), ...exited.map((id) => of('segmentExited', id))];
    }
    case DetailType.PatientReplied: {
      const { patientId, occurredAt, replyId, event: replyEvent, messageId } = event.detail;
      return [
        {
          id: `reply-${shortHash(`${replyId}:${replyEvent}`)}`,
          patientId,
          at: occurredAt,
          kind: 'reply',
          key: replyEvent,
          ...(messageId !== undefined ? { messageId } : {}),
        },
      ];
    }
    case DetailType.PatientEngagementRecorded: {
      const { patientId, occurredAt, kind, journeyId } = event.detail;
      // Journeys wait for opens and clicks of their own messages.
      if ((kind !== 'opened' && kind !== 'clicked') || journeyId === undefined) return [];
      return [
        {
          id: `engagement-${shortHash(`${kind}:${journeyId}:${occurredAt}:${event.detail.templateId ?? ''}`)}`,
          patientId,
          at: occurredAt,
          kind: 'engagement',
          key: kind,
          journeyId,
        },
      ];
    }
  }
}

/** Which run sent a message, when a journey did: what tells one appointment's confirmation from another's. */
export interface MessageCauses {
  journeyRunOf(messageId: string): Promise<{ readonly journeyId: string; readonly executionId: string } | undefined>;
}

/** A reply or engagement event with the journey run whose message it answers, when there is one. */
export async function withJourneyRun(event: PatientEvent, causes: MessageCauses): Promise<PatientEvent> {
  if (event.kind !== 'reply' || event.messageId === undefined) return event;
  const run = await causes.journeyRunOf(event.messageId);
  return run ? { ...event, journeyId: run.journeyId, executionId: run.executionId } : event;
}
