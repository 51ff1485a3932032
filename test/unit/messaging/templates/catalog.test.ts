import { TEMPLATE_CATALOG } from '../../../../catalog/templates';
import { compileTemplate, renderTemplate } from '../../../../lambdas/domain/messaging/templates/compile-template';
import { sampleRenderContext } from '../../../../lambdas/domain/messaging/templates/render-context';
import { validateTemplate } from '../../../../lambdas/domain/messaging/templates/validate-template';

const entries = TEMPLATE_CATALOG.map((entry) => [entry.templateId, entry] as const);

describe('the template catalog', () => {
  it('ships the templates the product promises, each id once', () => {
    const ids = TEMPLATE_CATALOG.map((t) => t.templateId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'appointment-reminder-email',
        'appointment-reminder-sms',
        'results-available-sms',
        'care-gap-hba1c',
        'colorectal-screening',
        'flu-vaccine',
        'post-discharge-follow-up',
        'new-patient-welcome',
        'missed-appointment',
        'community-event-invitation',
      ]),
    );
  });

  it.each(entries)('%s validates without errors or warnings', (_id, entry) => {
    expect(validateTemplate(entry.definition)).toEqual({ ok: true, definition: entry.definition, warnings: [] });
  });

  it.each(entries)('%s: no SMS part names appointment.description', (_id, entry) => {
    for (const content of Object.values(entry.definition.content)) {
      expect(content.sms?.text ?? '').not.toMatch(/appointment\s*\.\s*description/);
    }
  });

  it.each(entries)('%s: every SMS renders to at most 2 segments with sample data', (templateId, entry) => {
    const compiled = compileTemplate({
      templateId,
      version: 1,
      definition: entry.definition,
      createdAt: '',
      createdBy: '',
    });
    for (const language of compiled.languages) {
      const result = renderTemplate(compiled, 'sms', [language], sampleRenderContext({ locale: language }));
      if (result?.rendered.channel === 'sms') expect(result.rendered.segments).toBeLessThanOrEqual(2);
    }
  });

  it('offers the appointment reminders in English and Spanish, the email with confirm and cancel links', () => {
    const byId = new Map(TEMPLATE_CATALOG.map((t) => [t.templateId, t.definition]));
    const email = byId.get('appointment-reminder-email');
    expect(Object.keys(email?.content ?? {})).toEqual(['en', 'es']);
    expect(Object.keys(byId.get('appointment-reminder-sms')?.content ?? {})).toEqual(['en', 'es']);
    for (const content of Object.values(email?.content ?? {})) {
      expect(content.email?.html).toContain('{{ links.confirm }}');
      expect(content.email?.html).toContain('{{ links.cancel }}');
    }
  });
});
