import type { Page } from '../paging';
import type { DefinitionStatus } from './kinds';
import type { DefinitionRecord, DefinitionStore, DefinitionVersion } from './records';

/**
 * A kind's own view of the shared definition store: its record and version shapes (a segment's `segmentId`
 * and description, a journey's published version), mapped from and to the lifecycle's. Subclasses add the
 * kind's writes, each one call into domain/definitions/definitions.ts.
 */
export abstract class DefinitionView<D, KindRecord, KindVersion> {
  constructor(protected readonly definitions: DefinitionStore<D>) {}

  protected abstract recordOf(record: DefinitionRecord): KindRecord;
  protected abstract versionOf(version: DefinitionVersion<D>): KindVersion;

  async get(id: string): Promise<KindRecord | undefined> {
    const record = await this.definitions.get(id);
    return record && this.recordOf(record);
  }

  async getVersion(id: string, version: number): Promise<KindVersion | undefined> {
    const stored = await this.definitions.getVersion(id, version);
    return stored && this.versionOf(stored);
  }

  async listVersions(id: string): Promise<KindVersion[]> {
    return (await this.definitions.listVersions(id)).map((version) => this.versionOf(version));
  }

  protected async page(
    status: DefinitionStatus | undefined,
    limit: number,
    cursor?: string,
  ): Promise<Page<KindRecord>> {
    const page = await this.definitions.list({ ...(status ? { status } : {}), limit, ...(cursor ? { cursor } : {}) });
    return { ...page, items: page.items.map((record) => this.recordOf(record)) };
  }
}
