import type * as fhir4 from 'fhir/r4';
import { Liquid } from 'liquidjs';
import { DEFAULT_ORGANISATION } from '../../../../lambdas/domain/messaging/organisation';
import {
  compileTemplate,
  renderTemplate,
  TemplateRenderError,
} from '../../../../lambdas/domain/messaging/templates/compile-template';
import { buildRenderContext, type RenderContext } from '../../../../lambdas/domain/messaging/templates/render-context';
import type {
  MessageTemplateDefinition,
  MessageTemplateVersion,
} from '../../../../lambdas/domain/messaging/templates/template-schema';

let nextVersion = 1;
/** Each call is a new version, so the compile cache never hands one test another's template. */
function version(definition: Partial<MessageTemplateDefinition>): MessageTemplateVersion {
  return {
    templateId: 'test-template',
    version: nextVersion++,
    definition: {
      schemaVersion: 1,
      name: 'Test',
      topic: 'appointment-reminders',
      defaultLanguage: 'en',
      content: { en: { sms: { text: 'Hi {{ patient.givenName }}' } } },
      ...definition,
    },
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: 'tester',
  };
}

const patient = (given: string): fhir4.Patient => ({
  resourceType: 'Patient',
  id: 'p1',
  name: [{ given: [given], family: 'Doe' }],
});

const appointment: fhir4.Appointment = {
  resourceType: 'Appointment',
  id: 'a1',
  status: 'booked',
  start: '2026-03-10T14:30:00Z',
  end: '2026-03-10T15:00:00Z',
  description: 'Diabetes review',
  participant: [{ actor: { reference: 'Patient/p1' }, status: 'accepted' }],
};

function context(
  overrides: { given?: string; timeZone?: string; locale?: string; resource?: fhir4.FhirResource } = {},
): RenderContext {
  return buildRenderContext({
    patient: patient(overrides.given ?? 'Ana'),
    triggeringResource: overrides.resource ?? appointment,
    organisation: DEFAULT_ORGANISATION,
    links: { unsubscribe: 'https://outreach.example.org/links/unsubscribe?token=t&x=1' },
    timeZone: overrides.timeZone ?? 'America/New_York',
    locale: overrides.locale ?? 'en-US',
    messageId: 'msg-1',
  });
}

/** The text of a rendered SMS; fails the test when nothing or another channel was rendered. */
function smsText(result: ReturnType<typeof renderTemplate>): string {
  if (result?.rendered.channel !== 'sms') throw new Error('expected an SMS');
  return result.rendered.text;
}

const allChannels: MessageTemplateDefinition['content'] = {
  en: {
    email: {
      subject: ' Hello\n{{ patient.givenName }} ',
      html: '<p>Hi {{ patient.givenName }}</p><a href="{{ links.unsubscribe }}">stop</a>',
      text: 'Hi {{ patient.givenName }}',
    },
    sms: { text: '  Hi {{ patient.givenName }}, call {{ organisation.phone }}.  \n' },
    push: { title: ' {{ organisation.name }} ', body: 'Hi {{ patient.givenName }}', data: { id: '{{ message.id }}' } },
    letter: { html: '<p>Dear {{ patient.name }}</p>' },
  },
};

describe('renderTemplate, per channel', () => {
  const compiled = compileTemplate(version({ content: allChannels }));

  it('renders an email: the subject on one line, html and text', () => {
    expect(renderTemplate(compiled, 'email', [], context())).toEqual({
      language: 'en',
      rendered: {
        channel: 'email',
        subject: 'Hello Ana',
        html: '<p>Hi Ana</p><a href="https://outreach.example.org/links/unsubscribe?token=t&amp;x=1">stop</a>',
        text: 'Hi Ana',
      },
    });
  });

  it('renders an SMS trimmed, with its encoding and segment count', () => {
    expect(renderTemplate(compiled, 'sms', [], context())?.rendered).toEqual({
      channel: 'sms',
      text: 'Hi Ana, call (555) 010-0100.',
      encoding: 'GSM-7',
      segments: 1,
    });
  });

  it('renders a push notification trimmed, with its data values rendered', () => {
    expect(renderTemplate(compiled, 'push', [], context())?.rendered).toEqual({
      channel: 'push',
      title: 'Riverside Community Health',
      body: 'Hi Ana',
      data: { id: 'msg-1' },
    });
  });

  it('renders a letter', () => {
    expect(renderTemplate(compiled, 'letter', [], context())?.rendered).toEqual({
      channel: 'letter',
      html: '<p>Dear Ana Doe</p>',
    });
  });

  it('lists the channels and languages it has content for', () => {
    expect([...compiled.channels]).toEqual(['email', 'sms', 'push', 'letter']);
    expect(compiled.languages).toEqual(['en']);
  });

  it('gives undefined for a channel the template has no content for', () => {
    const smsOnly = compileTemplate(version({}));
    expect(renderTemplate(smsOnly, 'email', [], context())).toBeUndefined();
  });
});

describe('escaping', () => {
  const compiled = compileTemplate(version({ content: allChannels }));
  const hostile = context({ given: '<script>alert(1)</script>' });

  it('escapes variables in email html', () => {
    const rendered = renderTemplate(compiled, 'email', [], hostile)?.rendered;
    expect(rendered).toMatchObject({
      html: expect.stringContaining('<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p>'),
    });
  });

  it('escapes variables in letter html', () => {
    expect(renderTemplate(compiled, 'letter', [], hostile)?.rendered).toMatchObject({
      html: '<p>Dear &lt;script&gt;alert(1)&lt;/script&gt; Doe</p>',
    });
  });

  it('leaves text parts verbatim: email text and SMS', () => {
    expect(renderTemplate(compiled, 'email', [], hostile)?.rendered).toMatchObject({
      text: 'Hi <script>alert(1)</script>',
    });
    expect(renderTemplate(compiled, 'sms', [], hostile)?.rendered).toMatchObject({
      text: 'Hi <script>alert(1)</script>, call (555) 010-0100.',
    });
  });
});

describe('language fallback', () => {
  const compiled = compileTemplate(
    version({
      defaultLanguage: 'en',
      content: {
        en: { sms: { text: 'Hello' }, email: { subject: 'Hello', html: '<p>Hello</p>', text: 'Hello' } },
        es: { sms: { text: 'Hola' } },
        'pt-BR': { sms: { text: 'Olá' } },
      },
    }),
  );
  const language = (channel: 'sms' | 'email', preferred: string[]) =>
    renderTemplate(compiled, channel, preferred, context())?.language;

  it('uses the exact tag when the template has it', () => {
    expect(language('sms', ['pt-BR'])).toBe('pt-BR');
  });

  it('falls back from a regional tag to its primary language: es-MX → es', () => {
    expect(language('sms', ['es-MX'])).toBe('es');
  });

  it("takes the first of the patient's languages that has content", () => {
    expect(language('sms', ['fr', 'es'])).toBe('es');
  });

  it('uses the default language when none of the patient’s languages has content', () => {
    expect(language('sms', ['de'])).toBe('en');
  });

  it('skips a language that lacks the channel', () => {
    expect(language('email', ['es'])).toBe('en');
  });

  it('gives undefined when the default language lacks the channel too', () => {
    const spanishEmailOnly = compileTemplate(
      version({
        content: { en: { sms: { text: 'x' } }, es: { email: { subject: 's', html: 'h', text: 't' } } },
      }),
    );
    expect(renderTemplate(spanishEmailOnly, 'email', ['de'], context())).toBeUndefined();
  });
});

describe('appointment times', () => {
  const compiled = compileTemplate(
    version({
      content: {
        en: {
          sms: { text: '{{ appointment.startDate }}|{{ appointment.startTime }}|{{ appointment.start }}' },
        },
      },
    }),
  );
  const render = (timeZone: string, locale: string) =>
    smsText(renderTemplate(compiled, 'sms', [], context({ timeZone, locale })));

  it("writes the start in the patient's zone and locale: New York, en-US", () => {
    expect(render('America/New_York', 'en-US')).toBe('Tue, Mar 10|10:30 AM|Tuesday, March 10, 2026 at 10:30 AM');
  });

  it("writes the start in the patient's zone and locale: Madrid, es", () => {
    const [date, time, start] = render('Europe/Madrid', 'es').split('|');
    expect(time).toBe('15:30');
    expect(date).toMatch(/^mar, 10 mar/);
    expect(start).toMatch(/^martes, 10 de marzo de 2026.*15:30$/);
  });

  it('falls back to UTC for a zone Intl does not know rather than failing the send', () => {
    expect(render('Not/AZone', 'en-US')).toContain('2:30 PM');
  });

  it('leaves appointment variables empty when the cause is not an appointment', () => {
    const observation: fhir4.Observation = {
      resourceType: 'Observation',
      id: 'o1',
      status: 'final',
      code: { text: 'x' },
    };
    const ctx = context({ resource: observation });
    expect(ctx.appointment).toBeUndefined();
    expect(ctx.resource).toEqual({ type: 'Observation', id: 'o1' });
    expect(smsText(renderTemplate(compiled, 'sms', [], ctx))).toBe('||');
  });
});

describe('compilation', () => {
  afterEach(() => jest.restoreAllMocks());

  it('parses every part once, however often the version is compiled and rendered', () => {
    const parse = jest.spyOn(Liquid.prototype, 'parse');
    const v = version({ content: allChannels });

    const first = compileTemplate(v);
    const second = compileTemplate({ ...v });
    for (let i = 0; i < 3; i++) renderTemplate(second, 'email', [], context());

    expect(second).toBe(first);
    // subject, html, text, sms, push title, body, one data value, letter
    expect(parse).toHaveBeenCalledTimes(8);
  });

  it('refuses file tags, so a template cannot read files', () => {
    expect(() =>
      compileTemplate(version({ content: { en: { sms: { text: '{% include "/etc/passwd" %}' } } } })),
    ).toThrow(TemplateRenderError);
  });

  it('refuses the raw filter in HTML, which would bypass escaping', () => {
    expect(() =>
      compileTemplate(version({ content: { en: { letter: { html: '{{ patient.name | raw }}' } } } })),
    ).toThrow(TemplateRenderError);
  });
});
