import type { Page } from '../../paging';
import type { MessageTemplateVersion, TemplateRecord } from './template-schema';

/**
 * Message templates in storage: one record per template (its name and latest version) and one immutable
 * item per version. A send names the version it rendered, so an old message can always be explained.
 */
export interface TemplateStore {
  /** Records by template id. */
  list(limit: number, cursor?: string): Promise<Page<TemplateRecord>>;
  get(templateId: string): Promise<TemplateRecord | undefined>;
  version(templateId: string, version: number): Promise<MessageTemplateVersion | undefined>;
  /** Newest first. */
  versions(templateId: string): Promise<MessageTemplateVersion[]>;
  latest(templateId: string): Promise<MessageTemplateVersion | undefined>;
  /** Creates the record with version 1; `exists` when the id is taken. */
  create(version: MessageTemplateVersion): Promise<'created' | 'exists'>;
  /** Adds the next version on condition that the record is still at `expectedRevision`. */
  addVersion(version: MessageTemplateVersion, expectedRevision: number): Promise<'added' | 'conflict'>;
}
