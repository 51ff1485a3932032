import { createDefinition, reviseDefinition } from '../../definitions/definitions';
import type { DefinitionRecord, DefinitionStore, DefinitionVersion } from '../../definitions/records';
import type { Page } from '../../paging';
import type { TemplateStore } from './ports';
import type { MessageTemplateDefinition, MessageTemplateVersion, TemplateRecord } from './template-schema';

const MAX_CACHED_VERSIONS = 500;

/**
 * Message templates as messaging sees them, kept by the shared definition store and moved by the shared
 * lifecycle (domain/definitions), where a template's latest version is its active one. Versions never change
 * once written, so those read are kept in memory (bounded): a warm send function reads a version once.
 */
export class TemplateDefinitions implements TemplateStore {
  private readonly cache = new Map<string, MessageTemplateVersion>();

  constructor(private readonly definitions: DefinitionStore<MessageTemplateDefinition>) {}

  async list(limit: number, cursor?: string): Promise<Page<TemplateRecord>> {
    const page = await this.definitions.list({ limit, ...(cursor ? { cursor } : {}) });
    return { ...page, items: page.items.map(templateRecordOf) };
  }

  async get(templateId: string): Promise<TemplateRecord | undefined> {
    const record = await this.definitions.get(templateId);
    return record && templateRecordOf(record);
  }

  async version(templateId: string, version: number): Promise<MessageTemplateVersion | undefined> {
    const cached = this.cache.get(`${templateId}@${version}`);
    if (cached) return cached;
    const stored = await this.definitions.getVersion(templateId, version);
    return stored && this.remember(templateVersionOf(stored));
  }

  async versions(templateId: string): Promise<MessageTemplateVersion[]> {
    return (await this.definitions.listVersions(templateId)).map((v) => this.remember(templateVersionOf(v)));
  }

  async latest(templateId: string): Promise<MessageTemplateVersion | undefined> {
    const record = await this.definitions.get(templateId);
    return record && this.version(templateId, record.latestVersion);
  }

  async create(version: MessageTemplateVersion): Promise<'created' | 'exists'> {
    const created = await createDefinition(this.definitions, {
      id: version.templateId,
      name: version.definition.name,
      definition: version.definition,
      at: version.createdAt,
      by: version.createdBy,
    });
    return created.outcome === 'done' ? 'created' : 'exists';
  }

  async addVersion(version: MessageTemplateVersion, expectedRevision: number): Promise<'added' | 'conflict'> {
    const revised = await reviseDefinition(this.definitions, version.templateId, {
      name: version.definition.name,
      version: version.version,
      expectedRevision,
      definition: version.definition,
      at: version.createdAt,
      by: version.createdBy,
    });
    return revised.outcome === 'done' ? 'added' : 'conflict';
  }

  private remember(version: MessageTemplateVersion): MessageTemplateVersion {
    if (this.cache.size >= MAX_CACHED_VERSIONS) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(`${version.templateId}@${version.version}`, version);
    return version;
  }
}

function templateRecordOf(record: DefinitionRecord): TemplateRecord {
  return {
    templateId: record.id,
    name: record.name,
    latestVersion: record.latestVersion,
    updatedAt: record.updatedAt,
    revision: record.revision,
  };
}

function templateVersionOf(version: DefinitionVersion<MessageTemplateDefinition>): MessageTemplateVersion {
  return {
    templateId: version.id,
    version: version.version,
    definition: version.definition,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
  };
}
