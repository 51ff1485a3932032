import type { DefinitionRecord, DefinitionStatus } from './records';

/**
 * The one lifecycle of a versioned definition (segment, template, journey; campaigns and events next).
 * A definition starts as a draft; one of its versions is made active; it may be paused and resumed;
 * archiving is final. Versions never change: a change is a new version. Every move is checked here
 * and persisted under the record's revision, so two staff editing at once cannot both win.
 */
const MOVES: Readonly<Record<DefinitionStatus, readonly DefinitionStatus[]>> = {
  draft: ['active', 'archived'],
  // active → active makes another version the active one (publish a newer version).
  active: ['active', 'paused', 'archived'],
  paused: ['active', 'archived'],
  archived: [],
};

export type LifecycleRefusal = 'not-allowed' | 'no-such-version' | 'archived' | 'stale-revision';

export type Decision =
  | { readonly outcome: 'accepted'; readonly record: DefinitionRecord }
  | { readonly outcome: 'refused'; readonly reason: LifecycleRefusal };

export const canMove = (from: DefinitionStatus, to: DefinitionStatus): boolean => MOVES[from].includes(to);

export interface TransitionRequest {
  readonly to: DefinitionStatus;
  /** The version to make active; only for `to: 'active'`, defaults to the latest. */
  readonly version?: number;
  /** The revision the caller read: a stale one is refused before any write. */
  readonly expectedRevision: number;
  readonly at: string;
}

/** The next record for a status change, or why it is refused. */
export function decideTransition(record: DefinitionRecord, request: TransitionRequest): Decision {
  if (record.revision !== request.expectedRevision) return refused('stale-revision');
  if (!canMove(record.status, request.to)) return refused(record.status === 'archived' ? 'archived' : 'not-allowed');
  const base = { ...record, status: request.to, updatedAt: request.at, revision: record.revision + 1 };
  if (request.to !== 'active') {
    return accepted(request.to === 'archived' ? { ...base, archivedAt: request.at } : base);
  }
  const version = request.version ?? record.latestVersion;
  if (!Number.isInteger(version) || version < 1 || version > record.latestVersion) return refused('no-such-version');
  return accepted({ ...base, activeVersion: version });
}

/** The record after a new immutable version `version` is added (an archived definition takes none). */
export function decideNewVersion(
  record: DefinitionRecord,
  change: { readonly name: string; readonly expectedRevision: number; readonly at: string },
): Decision {
  if (record.revision !== change.expectedRevision) return refused('stale-revision');
  if (record.status === 'archived') return refused('archived');
  return accepted({
    ...record,
    name: change.name,
    latestVersion: record.latestVersion + 1,
    updatedAt: change.at,
    revision: record.revision + 1,
  });
}

/** The record of a definition just created with its version 1. */
export function firstRecord(kind: string, id: string, name: string, at: string): DefinitionRecord {
  return { kind, id, name, status: 'draft', latestVersion: 1, updatedAt: at, revision: 1 };
}

const accepted = (record: DefinitionRecord): Decision => ({ outcome: 'accepted', record });
const refused = (reason: LifecycleRefusal): Decision => ({ outcome: 'refused', reason });
