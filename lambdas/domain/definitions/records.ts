import type { Page } from '../paging';
import type { DefinitionKind, DefinitionStatus } from './kinds';

/**
 * What a kind keeps beside the lifecycle, on a record (a segment's kind and description, a journey's state
 * machine) or on a version (a segment version's name, what a journey version was compiled as). Stored and
 * returned as given; the lifecycle never reads it. Names are the kind's own: none of the record's or the
 * version's fields above, nor the store's keys.
 */
export type DefinitionAttributes = Readonly<Record<string, unknown>>;

/** The mutable head of a definition: its status and which of its immutable versions is latest and active. */
export interface DefinitionRecord {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly name: string;
  readonly status: DefinitionStatus;
  readonly latestVersion: number;
  readonly activeVersion?: number;
  readonly updatedAt: string;
  readonly archivedAt?: string;
  /** Incremented by every write: the optimistic-concurrency guard. */
  readonly revision: number;
  readonly attributes: DefinitionAttributes;
}

/** One immutable version of a definition. `D` is the kind's definition document. */
export interface DefinitionVersion<D> {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly version: number;
  readonly definition: D;
  readonly createdAt: string;
  /** The staff user's subject (an opaque id). */
  readonly createdBy: string;
  readonly attributes: DefinitionAttributes;
}

/** An active definition with the document of its active version, as evaluation and enrolment read it. */
export interface ActiveDefinition<D> {
  readonly record: DefinitionRecord;
  readonly definition: D;
}

/**
 * Attributes attached to a version when it is made active (what a journey version was compiled as). A
 * version's definition never changes; what it was published as is added beside it.
 */
export interface VersionAttachment {
  readonly version: number;
  readonly attributes: DefinitionAttributes;
}

/**
 * Persists definitions of one kind. It decides nothing: lifecycle.ts computes the next record, and the
 * store writes it only if the stored revision is still the one the decision was made on.
 */
export interface DefinitionStore<D> {
  readonly kind: DefinitionKind;
  get(id: string): Promise<DefinitionRecord | undefined>;
  getVersion(id: string, version: number): Promise<DefinitionVersion<D> | undefined>;
  /** Newest first. */
  listVersions(id: string): Promise<DefinitionVersion<D>[]>;
  /** Records by status, then id; a cursor from another list is refused with `InvalidCursorError`. */
  list(request: {
    readonly status?: DefinitionStatus;
    readonly limit: number;
    readonly cursor?: string;
  }): Promise<Page<DefinitionRecord>>;
  /** Every active record that has an active version, with that version's definition. */
  listActive(): Promise<ActiveDefinition<D>[]>;
  /** Writes the record and its version 1 together, unless the id is taken. */
  create(record: DefinitionRecord, version: DefinitionVersion<D>): Promise<'created' | 'exists'>;
  /** Writes the next record and the new version together if the stored revision is `expectedRevision`. */
  addVersion(
    next: DefinitionRecord,
    version: DefinitionVersion<D>,
    expectedRevision: number,
  ): Promise<'added' | 'conflict'>;
  /**
   * Replaces the record if the stored revision is `expectedRevision`, and attaches `attachment` to its
   * version in the same write; `conflict` too when that version does not exist.
   */
  saveRecord(
    next: DefinitionRecord,
    expectedRevision: number,
    attachment?: VersionAttachment,
  ): Promise<'saved' | 'conflict'>;
}
