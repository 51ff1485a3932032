import type { Page } from '../paging';
import type { SegmentDefinition } from './definition-schema';
import type { PatientSnapshot } from './snapshot';

/**
 * What the segment module needs from storage. Definitions live in the Platform table; memberships, the
 * due-time wake-ups and the membership record live in each patient's partition of the Patients table, so
 * that one query reads everything a re-evaluation needs.
 */

export type SegmentStatus = 'draft' | 'active' | 'archived';

/**
 * `dynamic`: membership follows a definition, re-evaluated as facts and time change.
 * `static`: membership is an uploaded list (a disease registry export), changed only by another upload.
 */
export type SegmentKind = 'dynamic' | 'static';

/** One immutable version of a segment. Static segments have versions too (name and description). */
export interface SegmentVersion {
  readonly segmentId: string;
  readonly version: number;
  readonly kind: SegmentKind;
  readonly name: string;
  readonly description: string;
  /** Present for dynamic segments. */
  readonly definition?: SegmentDefinition;
  readonly createdAt: string;
  /** The staff user's subject (an opaque id). */
  readonly createdBy: string;
}

/** The segment's current state: which version is live. */
export interface SegmentRecord {
  readonly segmentId: string;
  readonly kind: SegmentKind;
  readonly name: string;
  readonly description: string;
  readonly status: SegmentStatus;
  readonly latestVersion: number;
  /** The version membership follows; set once activated. */
  readonly activeVersion?: number;
  readonly updatedAt: string;
  /** Guards concurrent changes of the record. */
  readonly revision: number;
}

/** An active segment as evaluation sees it. */
export interface ActiveSegment {
  readonly segmentId: string;
  readonly version: number;
  readonly kind: SegmentKind;
  /** Present for dynamic segments. */
  readonly definition?: SegmentDefinition;
}

export interface SegmentStore {
  get(segmentId: string): Promise<SegmentRecord | undefined>;
  getVersion(segmentId: string, version: number): Promise<SegmentVersion | undefined>;
  /** Newest version first. */
  listVersions(segmentId: string): Promise<SegmentVersion[]>;
  list(status: SegmentStatus | undefined, limit: number, cursor?: string): Promise<Page<SegmentRecord>>;
  /** Creates the record with version 1 as a draft; `exists` when the id is taken. */
  create(version: SegmentVersion): Promise<'created' | 'exists'>;
  /**
   * Adds the next version and makes it the record's latest, on condition that the record is still at
   * `expected.revision`. The record's status does not change: an active segment keeps following its active
   * version until the new one is activated.
   */
  addVersion(version: SegmentVersion, expected: SegmentRecord): Promise<'added' | 'conflict'>;
  /** Moves the record to a status (and for `active`, to a version), guarded by its revision. */
  setStatus(
    expected: SegmentRecord,
    status: SegmentStatus,
    activeVersion: number | undefined,
    at: string,
  ): Promise<'updated' | 'conflict'>;
  /** Every active segment with the definition of its active version. */
  activeSegments(): Promise<ActiveSegment[]>;
}

/** A patient's membership of one segment, as stored. */
export interface Membership {
  readonly segmentId: string;
  /** The segment version that admitted the patient, or last confirmed it. */
  readonly version: number;
  /** When the patient entered. */
  readonly since: string;
  readonly kind: SegmentKind;
}

/** The membership side of a patient's partition. `revision` serialises concurrent re-evaluations. */
export interface MembershipState {
  readonly revision: number;
  readonly memberships: readonly Membership[];
  /** The pending due-time wake-up, if any (ISO instant). */
  readonly dueAt?: string;
  /** Changes written but not yet announced (a crash fell between the write and the event). */
  readonly unannounced?: MembershipChangedAnnouncement;
}

export interface PatientSegmentsView {
  /** Undefined when nothing is projected for the patient (or the Patient was deleted). */
  readonly snapshot?: Omit<PatientSnapshot, 'memberships'>;
  readonly state: MembershipState;
}

/** What one re-evaluation changes for one patient. */
export interface MembershipChange {
  readonly entered: readonly Membership[];
  /** Memberships whose version changed (still members, confirmed by a newer active version). */
  readonly updated: readonly Membership[];
  readonly exited: readonly string[];
  /** The new wake-up instant; null removes it; undefined leaves it as it is. */
  readonly dueAt?: string | null;
  /** Recorded with the change and cleared once published, so a crash in between is finished next time. */
  readonly announcement?: MembershipChangedAnnouncement;
}

/** The detail of `Segment Membership Changed`: ids only. */
export interface MembershipChangedAnnouncement {
  readonly patientId: string;
  readonly entered: readonly string[];
  readonly exited: readonly string[];
  readonly occurredAt: string;
}

export interface MembershipStore {
  /** One query of the patient's partition: projected resources, engagement facts, memberships, the record. */
  load(patientId: string): Promise<PatientSegmentsView>;
  /** Only the memberships and the record (one small query): for readers that need no facts. */
  state(patientId: string): Promise<MembershipState>;
  /** Writes the change, guarded by the state's revision; `conflict` when someone else wrote first. */
  apply(patientId: string, change: MembershipChange, expected: MembershipState): Promise<'applied' | 'conflict'>;
  /** Clears the unannounced change once published (no-op if another change replaced it). */
  markAnnounced(patientId: string, announcement: MembershipChangedAnnouncement): Promise<void>;
  /** One page of a segment's members, ordered by patient id. */
  members(segmentId: string, limit: number, cursor?: string): Promise<Page<Membership & { patientId: string }>>;
  /** Patients whose wake-up is due at or before `now`, one shard's page at a time. */
  due(shard: number, now: Date, limit: number, cursor?: string): Promise<Page<string>>;
}

export interface MembershipPublisher {
  publishMembershipChanged(details: readonly MembershipChangedAnnouncement[]): Promise<void>;
}

/** The sparse listing of every patient (the projected Patient items), in shards walked in parallel. */
export interface PatientListing {
  readonly shards: number;
  /** One page of patient ids of a shard, in id order. */
  page(shard: number, limit: number, cursor?: string): Promise<Page<string>>;
}

export type ComputationReason = 'activated' | 'archived' | 'requested' | 'uploaded';

/**
 * A full computation: every patient re-evaluated against every active segment, after a segment was
 * activated (or changed version), archived, or on request. Progress is counted as pages complete.
 */
export interface ComputationRecord {
  readonly computationId: string;
  readonly segmentId: string;
  readonly reason: ComputationReason;
  readonly status: 'running' | 'completed' | 'failed';
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly shards: number;
  readonly shardsDone: number;
  readonly patientsEvaluated: number;
  readonly entered: number;
  readonly exited: number;
  readonly failed: number;
}

export interface ComputationStore {
  /** The latest computation of a segment (the one the API shows as progress). */
  latest(segmentId: string): Promise<ComputationRecord | undefined>;
  get(computationId: string): Promise<ComputationRecord | undefined>;
}

/** Starts the full-computation workflow (Step Functions on AWS, aws-local-stepfunctions locally). */
export interface ComputationStarter {
  start(request: {
    readonly computationId: string;
    readonly segmentId: string;
    readonly reason: ComputationReason;
  }): Promise<void>;
}
