import type { Clock, Logger } from '../../ports';
import type { JourneyEvent } from '../definition-schema';

/** The kinds of event a journey can wait for or exit on; the same keys as `JourneyEvent`. */
export type LoggedEventKind = 'segmentEntered' | 'segmentExited' | 'fhirChange' | 'reply' | 'engagement';

/**
 * Something that happened to a patient, as the wait and exit checks need it: ids only, never a resource body
 * or reply text. `key` is what a journey event names: the segment id, the resource type, the reply event or the
 * engagement kind.
 */
export interface LoggedEvent {
  /** Deterministic from the cause (the change id, the membership change, the inbound message): a redelivery has the same id. */
  readonly id: string;
  readonly at: string;
  readonly kind: LoggedEventKind;
  readonly key: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  readonly action?: 'create' | 'update' | 'delete';
  /** A FHIR change: the revision the platform applied (what `%previous` and `%current` are read at). */
  readonly revision?: number;
  readonly messageId?: string;
  readonly journeyId?: string;
  /** A reply or engagement with a journey's message: the run that sent it. */
  readonly executionId?: string;
}

export type PatientEvent = LoggedEvent & { readonly patientId: string };

export interface PatientEventLog {
  /** Idempotent on the event id: a redelivered event is logged once. */
  append(patientId: string, event: LoggedEvent): Promise<void>;
  /** Logs several events of one patient at once (one write where the store can); idempotent like `append`. */
  appendAll(patientId: string, events: readonly LoggedEvent[]): Promise<void>;
  /** The patient's events at or after `fromIso`, oldest first. */
  since(patientId: string, fromIso: string): Promise<readonly LoggedEvent[]>;
}

/** A callback token waiting for one kind of event, until `expiresAt`. */
export interface WaitRegistration {
  readonly patientId: string;
  readonly journeyId: string;
  readonly journeyVersion: number;
  readonly executionId: string;
  readonly stepId: string;
  /** `<kind>#<key>`, e.g. `reply#appointment-confirmed` (see `kindKeyOf`). */
  readonly kindKey: string;
  readonly event: JourneyEvent;
  readonly taskToken: string;
  readonly registeredAt: string;
  readonly expiresAt: string;
  readonly triggeringResource?: { readonly resourceType: string; readonly id: string };
}

export interface WaitStore {
  /** Overwrites a registration of the same execution and step (a retried registration carries the new token). */
  register(registration: WaitRegistration): Promise<void>;
  waitingFor(patientId: string, kindKey: string): Promise<readonly WaitRegistration[]>;
  /** The registrations waiting for any of the kinds, read together. */
  waitingForAny(patientId: string, kindKeys: readonly string[]): Promise<readonly WaitRegistration[]>;
  /** Removes the registration if it still holds the same token; a registration already gone is not an error. */
  remove(registration: WaitRegistration): Promise<void>;
}

export interface TaskResumer {
  /** `closed` when the token is no longer open (timed out, already answered, execution gone): not an error. */
  succeed(taskToken: string, output: { readonly received: true }): Promise<'resumed' | 'closed'>;
  /** Ends the task with a named error, which the state's Catch routes; `closed` as for `succeed`. */
  fail(taskToken: string, error: string, cause: string): Promise<'failed' | 'closed'>;
}

/**
 * Evaluates a wait's or exit's FHIRPath condition against one change of a resource: `%current` and `%previous`
 * at the applied revision when it is known, else the resource as projected now (and no `%previous`).
 */
export interface ChangeConditions {
  matches(
    condition: string,
    patientId: string,
    resourceType: string,
    resourceId: string,
    revision?: number,
  ): Promise<boolean>;
}

export interface WaitDependencies {
  readonly waits: WaitStore;
  readonly eventLog: PatientEventLog;
  readonly resumer: TaskResumer;
  readonly conditions: ChangeConditions;
  readonly clock: Clock;
  readonly logger: Logger;
}
