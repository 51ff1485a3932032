import { compileTemplate } from '../../../../lambdas/domain/messaging/templates/compile-template';
import { sampleRenderContext } from '../../../../lambdas/domain/messaging/templates/render-context';
import { templatePreview, validateTemplate } from '../../../../lambdas/domain/messaging/templates/validate-template';

const template = (overrides: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  name: 'Reminder',
  topic: 'appointment-reminders',
  defaultLanguage: 'en',
  content: { en: { sms: { text: 'Hi {{ patient.givenName }}, see you {{ appointment.startDate }}.' } } },
  ...overrides,
});
const sms = (text: string) => template({ content: { en: { sms: { text } } } });
const errorsOf = (input: unknown) => {
  const result = validateTemplate(input);
  return result.ok ? [] : result.errors;
};

describe('validateTemplate', () => {
  it('accepts a valid template', () => {
    expect(validateTemplate(template())).toEqual({ ok: true, definition: template(), warnings: [] });
  });

  it('reports schema errors with a JSON pointer and the reason', () => {
    expect(errorsOf(template({ topic: 'gossip', extra: true }))).toEqual(
      expect.arrayContaining([
        { pointer: '/topic', message: expect.stringContaining('must be one of') },
        { pointer: '/extra', message: 'unknown property "extra"' },
      ]),
    );
  });

  it('reports a content key that is not a language tag', () => {
    expect(errorsOf(template({ content: { English: { sms: { text: 'x' } } }, defaultLanguage: 'en' }))).toContainEqual({
      pointer: '/content/English',
      message: '"English" is not a language tag such as "en" or "es-MX"',
    });
  });

  it('requires content in the default language', () => {
    expect(errorsOf(template({ defaultLanguage: 'es' }))).toEqual([
      { pointer: '/defaultLanguage', message: 'the default language "es" has no content' },
    ]);
  });

  it('points a Liquid syntax error at its part, with the line', () => {
    const errors = errorsOf(
      template({
        content: {
          en: { sms: { text: 'ok' } },
          es: { email: { subject: 'ok', html: '<p>\n{% if patient.name %}unclosed</p>', text: 'ok' } },
        },
      }),
    );
    expect(errors).toEqual([
      {
        pointer: '/content/es/email/html',
        message: expect.stringMatching(/^Liquid does not parse: .*not closed/),
        line: 2,
      },
    ]);
  });

  it('reports an unknown filter as a syntax error', () => {
    expect(errorsOf(sms('{{ patient.givenName | shout }}'))).toEqual([
      { pointer: '/content/en/sms/text', message: expect.stringContaining('undefined filter: shout'), line: 1 },
    ]);
  });

  it('reports an unknown variable', () => {
    expect(errorsOf(sms('Hi {{ patient.ssn }}'))).toEqual([
      { pointer: '/content/en/sms/text', message: 'unknown variable "patient.ssn"' },
    ]);
  });

  it('allows loop and assigned variables, and objects that have known fields', () => {
    expect(
      errorsOf(
        sms(
          '{% assign n = patient.givenName %}{% for c in (1..2) %}{{ c }}{% endfor %}{% if appointment %}{{ n }}{% endif %}',
        ),
      ),
    ).toEqual([]);
  });

  it('refuses clinical detail in an SMS', () => {
    expect(errorsOf(sms('Your visit: {{ appointment.description }}'))).toEqual([
      {
        pointer: '/content/en/sms/text',
        message: 'SMS carries no clinical detail: "appointment.description" is not allowed here',
      },
    ]);
  });

  it('allows the same clinical variable in an email', () => {
    const email = {
      subject: 'Visit',
      html: '<p>{{ appointment.description }}</p>',
      text: '{{ appointment.description }}',
    };
    expect(errorsOf(template({ content: { en: { email } } }))).toEqual([]);
  });

  it('refuses an SMS that renders to more than three segments with sample data', () => {
    expect(errorsOf(sms(`${'x'.repeat(440)} {{ links.confirm }}`))).toEqual([
      {
        pointer: '/content/en/sms/text',
        message: expect.stringMatching(/^renders to \d+ GSM-7 segments .*at most 3$/),
      },
    ]);
  });

  it('warns about an SMS of exactly three segments', () => {
    const result = validateTemplate(sms('x'.repeat(400)));
    expect(result).toMatchObject({ ok: true, warnings: [{ pointer: '/content/en/sms/text' }] });
  });

  it('warns when a marketing email shows no unsubscribe link', () => {
    const email = { subject: 'Fair', html: '<p>Come</p>', text: 'Come' };
    expect(validateTemplate(template({ topic: 'events', content: { en: { email } } }))).toMatchObject({
      ok: true,
      warnings: [{ pointer: '/content/en/email/html', message: expect.stringContaining('links.unsubscribe') }],
    });
  });
});

describe('templatePreview', () => {
  it('renders each channel in the language chosen, with dates in that locale', () => {
    const compiled = compileTemplate({
      templateId: 'preview-test',
      version: 1,
      definition: template({
        content: {
          en: { sms: { text: '{{ appointment.startTime }}' }, letter: { html: '<p>{{ patient.givenName }}</p>' } },
          es: { sms: { text: '{{ appointment.startTime }}' } },
        },
      }) as never,
      createdAt: '2026-01-01T00:00:00Z',
      createdBy: 't',
    });

    const previews = templatePreview(compiled, (locale) => sampleRenderContext({ locale, timeZone: 'Europe/Madrid' }), {
      languages: ['es-ES'],
    });

    expect(previews).toEqual([
      { channel: 'sms', language: 'es', rendered: { channel: 'sms', text: '15:30', encoding: 'GSM-7', segments: 1 } },
      { channel: 'letter', language: 'en', rendered: { channel: 'letter', html: '<p>Alexandra</p>' } },
    ]);
  });
});
