import type * as fhir4 from 'fhir/r4';
import type { TemplateApiServices } from '../../lambdas/api/routes/template-routes';
import { DEFAULT_MESSAGING_SETTINGS } from '../../lambdas/domain/messaging/settings';
import type { TemplateStore } from '../../lambdas/domain/messaging/templates/ports';
import type { MessageTemplateVersion, TemplateRecord } from '../../lambdas/domain/messaging/templates/template-schema';
import type { Page } from '../../lambdas/domain/paging';

/** Templates in memory, with the same conditional semantics as the DynamoDB store. */
export class InMemoryTemplateStore implements TemplateStore {
  readonly records = new Map<string, TemplateRecord>();
  readonly stored = new Map<string, MessageTemplateVersion[]>();

  async list(limit: number, cursor?: string): Promise<Page<TemplateRecord>> {
    const all = [...this.records.values()].sort((a, b) => a.templateId.localeCompare(b.templateId));
    const start = cursor ? all.findIndex((r) => r.templateId > cursor) : 0;
    const items = start < 0 ? [] : all.slice(start, start + limit);
    const last = items.at(-1);
    return { items, ...(last && start + limit < all.length ? { cursor: last.templateId } : {}) };
  }

  async get(templateId: string) {
    return this.records.get(templateId);
  }

  async version(templateId: string, version: number) {
    return this.stored.get(templateId)?.find((v) => v.version === version);
  }

  async versions(templateId: string) {
    return [...(this.stored.get(templateId) ?? [])].sort((a, b) => b.version - a.version);
  }

  async latest(templateId: string) {
    return (await this.versions(templateId))[0];
  }

  async create(version: MessageTemplateVersion): Promise<'created' | 'exists'> {
    if (this.records.has(version.templateId)) return 'exists';
    this.write(version, 1);
    return 'created';
  }

  async addVersion(version: MessageTemplateVersion, expectedRevision: number): Promise<'added' | 'conflict'> {
    const record = this.records.get(version.templateId);
    if (!record || record.revision !== expectedRevision || record.latestVersion >= version.version) return 'conflict';
    this.write(version, expectedRevision + 1);
    return 'added';
  }

  private write(version: MessageTemplateVersion, revision: number) {
    this.records.set(version.templateId, {
      templateId: version.templateId,
      name: version.definition.name,
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision,
    });
    this.stored.set(version.templateId, [...(this.stored.get(version.templateId) ?? []), version]);
  }
}

export const TEMPLATE_TEST_NOW = new Date('2026-03-01T12:00:00Z');

/** Template services over the in-memory store, with the given patients and resources for previews. */
export function inMemoryTemplateServices(
  patients: readonly fhir4.Patient[] = [],
  resources: readonly fhir4.FhirResource[] = [],
) {
  const templates = new InMemoryTemplateStore();
  const services: TemplateApiServices = {
    templates,
    clock: { now: () => TEMPLATE_TEST_NOW },
    messagingSettingsForPreview: async () => DEFAULT_MESSAGING_SETTINGS,
    templatePreviewData: async (patientId, resource) => {
      const patient = patients.find((p) => p.id === patientId);
      if (!patient) return undefined;
      const triggeringResource = resources.find(
        (r) => r.resourceType === resource?.resourceType && r.id === resource?.id,
      );
      return { patient, ...(triggeringResource ? { triggeringResource } : {}) };
    },
  };
  return { services, templates };
}
