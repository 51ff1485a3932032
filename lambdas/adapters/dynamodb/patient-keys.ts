/** Key builders for the Patients table; `docs/storage.md` lists the access pattern each serves. */
export const patientPk = (patientId: string) => `PATIENT#${patientId}`;
export const resourceSk = (resourceType: string, resourceId: string) => `RESOURCE#${resourceType}#${resourceId}`;
export const RESOURCE_SK_PREFIX = 'RESOURCE#';
export const versionPk = (resourceType: string, resourceId: string) => `RESOURCE#${resourceType}/${resourceId}`;
export const VERSION_SK = 'VERSION';
/**
 * That the versions written under one announcement id were announced (`Patient Facts Changed` is out):
 * one item for a whole delivery batch instead of a flag update on each version record.
 */
export const announcementPk = (announcementId: string) => `ANNOUNCEMENT#${announcementId}`;
export const ANNOUNCED_SK = 'ANNOUNCED';
/** Longer than a version record waits for its redelivery; a mark gone makes a version announce again (at least once). */
export const ANNOUNCEMENT_MARK_DAYS = 400;
/** The change record of one applied revision of a resource, beside its version record. */
export const changeSk = (revision: number) => `CHANGE#${String(revision).padStart(10, '0')}`;
/** How long change records are kept: long enough for every journey condition to read `%previous`. */
export const CHANGE_RECORD_DAYS = 7;

/** A patient's membership of a segment; `gsi1` (bySegment) lists a segment's members by patient id. */
export const SEGMENT_SK_PREFIX = 'SEGMENT#';
export const membershipSk = (segmentId: string) => `${SEGMENT_SK_PREFIX}${segmentId}`;
export const segmentMembersPk = (segmentId: string) => `SEGMENT#${segmentId}`;
export const memberSk = (patientId: string) => `PATIENT#${patientId}`;

/** The membership record of a patient: revision (serialises re-evaluations), wake-up, unannounced change. */
export const SEGMENT_STATE_SK = 'SEGMENTSTATE';

/** The due-time wake-up; `gsi2` (byDueTime) orders a shard's wake-ups by instant. */
export const DUE_SK = 'DUE';
export const DUE_SHARDS = 10;
export const duePk = (shard: number) => `DUE#${shard}`;
export const dueSk = (dueAt: string, patientId: string) => `${dueAt}#${patientId}`;

/** Engagement facts (sent, opened, registered, …) the messaging and events modules record. */
export const ENGAGEMENT_SK_PREFIX = 'ENGAGEMENT#';
export const engagementSk = (at: string, id: string) => `${ENGAGEMENT_SK_PREFIX}${at}#${id}`;
export const attributeSk = (name: string) => `ATTRIBUTE#${name}`;

/**
 * The projected Patient item also carries `gsi1pk = PATIENTS#<shard>`, `gsi1sk = PATIENT#<id>`: a sparse
 * listing of every patient, in shards a full segment computation walks in parallel.
 */
export const PATIENT_LISTING_SHARDS = 16;
export const patientListingPk = (shard: number) => `PATIENTS#${shard}`;

/** A stable shard for a patient id (FNV-1a), so a patient's items always land in the same shard. */
export function shardOf(patientId: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < patientId.length; i++) {
    hash ^= patientId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
