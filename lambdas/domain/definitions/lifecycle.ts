import { type DefinitionKind, type DefinitionStatus, rulesOf } from './kinds';
import type { DefinitionAttributes, DefinitionRecord } from './records';

/**
 * The one lifecycle of a versioned definition (segment, template, journey; campaigns and events next).
 * A definition starts as its kind's `createdAs`; one of its versions is made active; it may be paused and
 * resumed; archiving is final. Versions never change: a change is a new version. Every move is decided here
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

/** Whether a definition of `kind` may move from one status to another (the version aside). */
export function canMove(kind: DefinitionKind, from: DefinitionStatus, to: DefinitionStatus): boolean {
  return rulesOf(kind).statuses.includes(to) && MOVES[from].includes(to);
}

export interface TransitionRequest {
  readonly to: DefinitionStatus;
  /** The version to make active; only for `to: 'active'`, defaults to the latest. */
  readonly version?: number;
  /** The revision the caller read: a stale one is refused before any write. */
  readonly expectedRevision: number;
  readonly at: string;
  /** Merged into the record's attributes (a journey's state machine, on publication). */
  readonly attributes?: DefinitionAttributes;
}

/** The next record for a status change, or why it is refused. */
export function decideTransition(record: DefinitionRecord, request: TransitionRequest): Decision {
  if (record.revision !== request.expectedRevision) return refused('stale-revision');
  if (record.status === 'archived') return refused('archived');
  if (!canMove(record.kind, record.status, request.to)) return refused('not-allowed');
  const base: DefinitionRecord = {
    ...record,
    status: request.to,
    updatedAt: request.at,
    revision: record.revision + 1,
    attributes: { ...record.attributes, ...request.attributes },
  };
  if (request.to !== 'active') {
    return accepted(request.to === 'archived' ? { ...base, archivedAt: request.at } : base);
  }
  const version = request.version ?? record.latestVersion;
  if (!Number.isInteger(version) || version < 1 || version > record.latestVersion) return refused('no-such-version');
  if (record.status === 'active' && record.activeVersion === version) return refused('not-allowed');
  return accepted({ ...base, activeVersion: version });
}

export interface NewVersionRequest {
  readonly name: string;
  /** The number the caller gave the new version: refused unless it is the next one. */
  readonly version?: number;
  readonly expectedRevision: number;
  readonly at: string;
  /** Merged into the record's attributes (a segment's description). */
  readonly attributes?: DefinitionAttributes;
}

/**
 * The record after the next immutable version is added. The status does not change: an active definition
 * keeps its active version until the new one is activated, unless its kind makes the latest active.
 * An archived definition takes no new version.
 */
export function decideNewVersion(record: DefinitionRecord, change: NewVersionRequest): Decision {
  if (record.revision !== change.expectedRevision) return refused('stale-revision');
  if (record.status === 'archived') return refused('archived');
  const latestVersion = record.latestVersion + 1;
  if (change.version !== undefined && change.version !== latestVersion) return refused('stale-revision');
  return accepted({
    ...record,
    name: change.name,
    latestVersion,
    ...(rulesOf(record.kind).latestIsActive ? { activeVersion: latestVersion } : {}),
    updatedAt: change.at,
    revision: record.revision + 1,
    attributes: { ...record.attributes, ...change.attributes },
  });
}

/** The record of a definition just created with its version 1. */
export function firstRecord(
  kind: DefinitionKind,
  created: {
    readonly id: string;
    readonly name: string;
    readonly at: string;
    readonly attributes?: DefinitionAttributes;
  },
): DefinitionRecord {
  const rules = rulesOf(kind);
  return {
    kind,
    id: created.id,
    name: created.name,
    status: rules.createdAs,
    latestVersion: 1,
    ...(rules.latestIsActive ? { activeVersion: 1 } : {}),
    updatedAt: created.at,
    revision: 1,
    attributes: created.attributes ?? {},
  };
}

const accepted = (record: DefinitionRecord): Decision => ({ outcome: 'accepted', record });
const refused = (reason: LifecycleRefusal): Decision => ({ outcome: 'refused', reason });
