import type { LoadedTemplate, TemplateSource } from '../send-ports';
import { chooseTemplateLanguage, compileTemplate, renderTemplate } from './compile-template';
import type { TemplateStore } from './ports';
import { buildRenderContext, patientLanguages } from './render-context';

/**
 * The send function's view of the template store: a version (the one a journey pinned, else the latest),
 * compiled once per id and version, rendering in the patient's language with dates in their locale and zone.
 */
export function templateSourceOf(store: Pick<TemplateStore, 'version' | 'latest'>): TemplateSource {
  return {
    async load(templateId, version) {
      const found = version === undefined ? await store.latest(templateId) : await store.version(templateId, version);
      if (!found) return undefined;
      const compiled = compileTemplate(found);
      const loaded: LoadedTemplate = {
        templateId: compiled.templateId,
        version: compiled.version,
        channels: compiled.channels,
        render(channel, input) {
          const languages = patientLanguages(input.patient);
          const choice = chooseTemplateLanguage(compiled, channel, languages);
          if (!choice) return undefined;
          const context = buildRenderContext({
            patient: input.patient,
            ...(input.triggeringResource ? { triggeringResource: input.triggeringResource } : {}),
            organisation: input.organisation,
            links: input.links,
            timeZone: input.timeZone,
            locale: choice.locale,
            messageId: input.messageId,
          });
          return renderTemplate(compiled, channel, languages, context);
        },
      };
      return loaded;
    },
  };
}
