import type { Page } from '../paging';

export const DEFINITION_STATUSES = ['draft', 'active', 'paused', 'archived'] as const;
export type DefinitionStatus = (typeof DEFINITION_STATUSES)[number];

/** The mutable head of a definition: its status and which of its immutable versions is latest and active. */
export interface DefinitionRecord {
  /** The kind of definition, e.g. `segment`, `template`, `journey` (see kinds.ts). */
  readonly kind: string;
  readonly id: string;
  readonly name: string;
  readonly status: DefinitionStatus;
  readonly latestVersion: number;
  readonly activeVersion?: number;
  readonly updatedAt: string;
  readonly archivedAt?: string;
  /** Incremented by every write: the optimistic-concurrency guard. */
  readonly revision: number;
}

/** One immutable version of a definition. `D` is the kind's definition document. */
export interface DefinitionVersion<D> {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  readonly definition: D;
  readonly createdAt: string;
  readonly createdBy: string;
}

/**
 * Persists definitions of one kind. It decides nothing: the lifecycle module computes the next record,
 * the store writes it only if the stored revision is still the one the decision was made on.
 */
export interface DefinitionStore<D> {
  readonly kind: string;
  get(id: string): Promise<DefinitionRecord | undefined>;
  getVersion(id: string, version: number): Promise<DefinitionVersion<D> | undefined>;
  /** Newest first. */
  listVersions(id: string): Promise<DefinitionVersion<D>[]>;
  list(request: {
    readonly status?: DefinitionStatus;
    readonly limit: number;
    readonly cursor?: string;
  }): Promise<Page<DefinitionRecord>>;
  /** Writes record (revision 1) and version 1 together, unless the id is taken. */
  create(record: DefinitionRecord, version: DefinitionVersion<D>): Promise<'created' | 'exists'>;
  /** Writes the next record and the new version together if the stored revision is `expectedRevision`. */
  addVersion(
    next: DefinitionRecord,
    version: DefinitionVersion<D>,
    expectedRevision: number,
  ): Promise<'added' | 'conflict'>;
  /** Replaces the record if the stored revision is `expectedRevision`. */
  saveRecord(next: DefinitionRecord, expectedRevision: number): Promise<'saved' | 'conflict'>;
}
