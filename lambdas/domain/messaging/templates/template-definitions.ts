import { DefinitionView } from '../../definitions/definition-view';
import { createDefinition, doneOrConflict, namedContentOf, reviseDefinition } from '../../definitions/definitions';
import type { DefinitionRecord, DefinitionVersion } from '../../definitions/records';
import type { Page } from '../../paging';
import type { TemplateStore } from './ports';
import type { MessageTemplateDefinition, MessageTemplateVersion, TemplateRecord } from './template-schema';

const MAX_CACHED_VERSIONS = 500;

/**
 * Message templates as messaging sees them, kept by the shared definition store and moved by the shared
 * lifecycle (domain/definitions), where a template's latest version is its active one. Versions never change
 * once written, so those read are kept in memory (bounded): a warm send function reads a version once.
 */
export class TemplateDefinitions
  extends DefinitionView<MessageTemplateDefinition, TemplateRecord, MessageTemplateVersion>
  implements TemplateStore
{
  private readonly cache = new Map<string, MessageTemplateVersion>();

  protected recordOf = templateRecordOf;
  protected versionOf = (version: DefinitionVersion<MessageTemplateDefinition>) =>
    this.remember(templateVersionOf(version));

  list(limit: number, cursor?: string): Promise<Page<TemplateRecord>> {
    return this.page(undefined, limit, cursor);
  }

  async version(templateId: string, version: number): Promise<MessageTemplateVersion | undefined> {
    return this.cache.get(`${templateId}@${version}`) ?? this.getVersion(templateId, version);
  }

  versions(templateId: string): Promise<MessageTemplateVersion[]> {
    return this.listVersions(templateId);
  }

  async latest(templateId: string): Promise<MessageTemplateVersion | undefined> {
    const record = await this.definitions.get(templateId);
    return record && this.version(templateId, record.latestVersion);
  }

  async create(version: MessageTemplateVersion): Promise<'created' | 'exists'> {
    const created = await createDefinition(this.definitions, { id: version.templateId, ...namedContentOf(version) });
    return created.outcome === 'done' ? 'created' : 'exists';
  }

  async addVersion(version: MessageTemplateVersion, expectedRevision: number): Promise<'added' | 'conflict'> {
    const revised = await reviseDefinition(this.definitions, version.templateId, {
      version: version.version,
      expectedRevision,
      ...namedContentOf(version),
    });
    return doneOrConflict(revised, 'added');
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
