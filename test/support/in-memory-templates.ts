import type * as fhir4 from 'fhir/r4';
import type { TemplateApiServices } from '../../lambdas/api/routes/template-routes';
import { DEFAULT_MESSAGING_SETTINGS } from '../../lambdas/domain/messaging/settings';
import { TemplateDefinitions } from '../../lambdas/domain/messaging/templates/template-definitions';
import type { MessageTemplateDefinition } from '../../lambdas/domain/messaging/templates/template-schema';
import { InMemoryDefinitionStore } from './in-memory-definitions';

export const TEMPLATE_TEST_NOW = new Date('2026-03-01T12:00:00Z');

/** Template services over the in-memory store, with the given patients and resources for previews. */
export function inMemoryTemplateServices(
  patients: readonly fhir4.Patient[] = [],
  resources: readonly fhir4.FhirResource[] = [],
) {
  const definitions = new InMemoryDefinitionStore<MessageTemplateDefinition>('template');
  const templates = new TemplateDefinitions(definitions);
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
  return { services, templates, definitions };
}
