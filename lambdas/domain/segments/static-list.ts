import { searchCriteriaOf } from '../patients/search-terms';
import { mapInBatches } from './batches';
import type { Membership, MembershipChange, MembershipChangedAnnouncement, SegmentRecord } from './ports';
import type { SegmentApiServices } from './segment-service';
import type { ListRow } from './static-list-csv';

const CONCURRENCY = 16;
const MAX_ATTEMPTS = 4;

export type UnresolvedReason = 'unknown' | 'ambiguous' | 'empty' | 'malformed';

/** A row that named no single known patient, with the value as the caller sent it (never logged). */
export interface UnresolvedRow {
  readonly line: number;
  readonly value?: string;
  readonly reason: UnresolvedReason;
}

export interface ListReplacement {
  readonly rows: number;
  readonly members: number;
  readonly entered: number;
  readonly exited: number;
  readonly unresolved: readonly UnresolvedRow[];
}

/** Thrown when concurrent re-evaluations of one patient keep winning the race; the caller may upload again. */
export class StaticListConflictError extends Error {
  constructor(segmentId: string) {
    super(`memberships of segment ${segmentId} kept changing during the upload`);
    this.name = 'StaticListConflictError';
  }
}

type ListServices = Pick<SegmentApiServices, 'memberships' | 'membershipPublisher' | 'patientDirectory' | 'clock'>;

/**
 * Makes the uploaded rows the members of an active static segment: patients in the list and not yet members
 * enter, members no longer listed exit. Each patient's change is written like a re-evaluation's (guarded by
 * the patient's membership revision, with its announcement), then `Segment Membership Changed` is published.
 * Rows are resolved first: a patient id must have a projected Patient, an identifier must find exactly one
 * patient in the search index.
 */
export async function replaceStaticMembers(
  segment: SegmentRecord,
  rows: readonly ListRow[],
  services: ListServices,
): Promise<ListReplacement> {
  const { resolved, unresolved } = await resolveRows(rows, services);
  const current = await currentMembers(segment.segmentId, services);
  const wanted = new Set(resolved.keys());
  const entering = [...wanted].filter((id) => !current.has(id));
  const exiting = [...current].filter((id) => !wanted.has(id));
  const version = segment.activeVersion ?? segment.latestVersion;
  const now = services.clock.now();

  const unknownEntering = new Set<string>();
  const announcements: { patientId: string; announcement: MembershipChangedAnnouncement }[] = [];
  const write = async (patientId: string, entering: boolean) => {
    const outcome = await applyOne(patientId, entering, segment.segmentId, version, now, services);
    if (outcome === 'unknown') unknownEntering.add(patientId);
    else if (outcome) announcements.push({ patientId, announcement: outcome });
  };
  await mapInBatches(entering, CONCURRENCY, (id) => write(id, true));
  await mapInBatches(exiting, CONCURRENCY, (id) => write(id, false));

  await services.membershipPublisher.publishMembershipChanged(announcements.map((a) => a.announcement));
  await mapInBatches(announcements, CONCURRENCY, (a) =>
    services.memberships.markAnnounced(a.patientId, a.announcement),
  );

  for (const patientId of unknownEntering) {
    for (const line of resolved.get(patientId) ?? []) unresolved.push({ line, value: patientId, reason: 'unknown' });
  }
  const entered = announcements.filter((a) => a.announcement.entered.length > 0).length;
  return {
    rows: rows.length,
    members: wanted.size - unknownEntering.size,
    entered,
    exited: announcements.length - entered,
    unresolved: unresolved.sort((a, b) => a.line - b.line),
  };
}

/** Patient id → the lines that named it; rows that name nobody are reported. */
async function resolveRows(rows: readonly ListRow[], services: ListServices) {
  const resolved = new Map<string, number[]>();
  const unresolved: UnresolvedRow[] = [];
  const outcomes = await mapInBatches(rows, CONCURRENCY, (row) => resolveRow(row, services));
  rows.forEach((row, index) => {
    const outcome = outcomes[index] as Awaited<ReturnType<typeof resolveRow>>;
    if ('patientId' in outcome) resolved.set(outcome.patientId, [...(resolved.get(outcome.patientId) ?? []), row.line]);
    else
      unresolved.push({ line: row.line, ...(row.identifier ? { value: row.identifier } : {}), reason: outcome.reason });
  });
  return { resolved, unresolved };
}

async function resolveRow(
  row: ListRow,
  services: ListServices,
): Promise<{ readonly patientId: string } | { readonly reason: UnresolvedReason }> {
  if (row.patientId !== undefined) return { patientId: row.patientId };
  if (row.identifier === undefined) return { reason: 'empty' };
  const criteria = searchCriteriaOf({ identifier: row.identifier });
  if (!criteria.ok) return { reason: 'malformed' };
  const page = await services.patientDirectory.search(criteria.criteria, 2);
  const ids = new Set(page.items.map((p) => p.id));
  if (ids.size === 0) return { reason: 'unknown' };
  if (ids.size > 1) return { reason: 'ambiguous' };
  return { patientId: [...ids][0] as string };
}

async function currentMembers(segmentId: string, services: ListServices): Promise<Set<string>> {
  const members = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await services.memberships.members(segmentId, 100, cursor);
    for (const member of page.items) members.add(member.patientId);
    cursor = page.cursor;
  } while (cursor);
  return members;
}

/**
 * Writes one patient's entry into or exit from the list, re-reading on a lost race. Returns the announcement
 * to publish, `unknown` for a patient with nothing projected, or undefined when there was nothing to change.
 */
async function applyOne(
  patientId: string,
  entering: boolean,
  segmentId: string,
  version: number,
  now: Date,
  services: ListServices,
): Promise<MembershipChangedAnnouncement | 'unknown' | undefined> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const view = await services.memberships.load(patientId);
    if (entering && !view.snapshot) return 'unknown';
    if (view.state.unannounced) {
      // A change whose event was lost in a crash: announce it before this change replaces the record of it.
      await services.membershipPublisher.publishMembershipChanged([view.state.unannounced]);
      await services.memberships.markAnnounced(patientId, view.state.unannounced);
      continue;
    }
    const isMember = view.state.memberships.some((m) => m.segmentId === segmentId);
    if (entering === isMember) return undefined;
    const membership: Membership = { segmentId, version, since: now.toISOString(), kind: 'static' };
    const announcement: MembershipChangedAnnouncement = {
      patientId,
      entered: entering ? [segmentId] : [],
      exited: entering ? [] : [segmentId],
      occurredAt: now.toISOString(),
    };
    const change: MembershipChange = {
      entered: entering ? [membership] : [],
      updated: [],
      exited: entering ? [] : [segmentId],
      announcement,
    };
    if ((await services.memberships.apply(patientId, change, view.state)) === 'applied') return announcement;
  }
  throw new StaticListConflictError(segmentId);
}
