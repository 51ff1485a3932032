import type { DefinitionKind, DefinitionStatus } from '../../lambdas/domain/definitions/kinds';
import type {
  ActiveDefinition,
  DefinitionRecord,
  DefinitionStore,
  DefinitionVersion,
  VersionAttachment,
} from '../../lambdas/domain/definitions/records';
import { decodeCursor, encodeCursor, type Page } from '../../lambdas/domain/paging';

/**
 * Definitions of one kind in memory, held to the same contract suite as `DynamoDefinitionStore`
 * (test/support/definition-store-contract.ts): revision-guarded writes, immutable versions, listing by status
 * then id. Values are copied in and out, as a database would.
 */
export class InMemoryDefinitionStore<D> implements DefinitionStore<D> {
  readonly records = new Map<string, DefinitionRecord>();
  readonly versions = new Map<string, DefinitionVersion<D>[]>();
  /** Called before each guarded write, to let a test change the record in between (a concurrent editor). */
  beforeWrite?: (id: string) => void;

  constructor(readonly kind: DefinitionKind) {}

  async get(id: string): Promise<DefinitionRecord | undefined> {
    return copy(this.records.get(id));
  }

  async getVersion(id: string, version: number): Promise<DefinitionVersion<D> | undefined> {
    return copy(this.versions.get(id)?.find((v) => v.version === version));
  }

  async listVersions(id: string): Promise<DefinitionVersion<D>[]> {
    return copy([...(this.versions.get(id) ?? [])].sort((a, b) => b.version - a.version));
  }

  async list(request: {
    readonly status?: DefinitionStatus;
    readonly limit: number;
    readonly cursor?: string;
  }): Promise<Page<DefinitionRecord>> {
    const list = { gsi1pk: this.kind };
    const after = String(decodeCursor(request.cursor, list)?.gsi1sk ?? '');
    const all = [...this.records.values()]
      .filter((record) => request.status === undefined || record.status === request.status)
      .map((record) => ({ record, sk: `${record.status}#${record.id}` }))
      .filter(({ sk }) => sk > after)
      .sort((a, b) => a.sk.localeCompare(b.sk));
    const page = all.slice(0, request.limit);
    const last = page.at(-1);
    const next = all.length > request.limit && last ? encodeCursor({ ...list, gsi1sk: last.sk }) : undefined;
    return { items: copy(page.map(({ record }) => record)), ...(next ? { cursor: next } : {}) };
  }

  async listActive(): Promise<ActiveDefinition<D>[]> {
    const active: ActiveDefinition<D>[] = [];
    for (const record of this.records.values()) {
      if (record.status !== 'active' || record.activeVersion === undefined) continue;
      const version = await this.getVersion(record.id, record.activeVersion);
      if (version) active.push({ record: copy(record), definition: version.definition });
    }
    return active;
  }

  async create(record: DefinitionRecord, version: DefinitionVersion<D>): Promise<'created' | 'exists'> {
    if (this.records.has(record.id)) return 'exists';
    this.records.set(record.id, copy(record));
    this.versions.set(record.id, [copy(version)]);
    return 'created';
  }

  async addVersion(
    next: DefinitionRecord,
    version: DefinitionVersion<D>,
    expectedRevision: number,
  ): Promise<'added' | 'conflict'> {
    if (!this.guard(next.id, expectedRevision)) return 'conflict';
    const versions = this.versions.get(next.id) ?? [];
    if (versions.some((v) => v.version === version.version)) return 'conflict';
    this.records.set(next.id, copy(next));
    this.versions.set(next.id, [...versions, copy(version)]);
    return 'added';
  }

  async saveRecord(
    next: DefinitionRecord,
    expectedRevision: number,
    attachment?: VersionAttachment,
  ): Promise<'saved' | 'conflict'> {
    if (!this.guard(next.id, expectedRevision)) return 'conflict';
    const versions = this.versions.get(next.id) ?? [];
    if (attachment) {
      const index = versions.findIndex((v) => v.version === attachment.version);
      const attached = versions[index];
      if (!attached) return 'conflict';
      versions[index] = { ...attached, attributes: { ...attached.attributes, ...copy(attachment.attributes) } };
    }
    this.records.set(next.id, copy(next));
    return 'saved';
  }

  private guard(id: string, expectedRevision: number): boolean {
    this.beforeWrite?.(id);
    return this.records.get(id)?.revision === expectedRevision;
  }
}

const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
