import type { ResponseOf } from '../../api/types';

/** A template definition as the API answers it (its schema is the domain's, `docs/templates.md`). */
export type TemplateDefinition = ResponseOf<'getTemplate'>['latest']['definition'];
export type LanguageContent = TemplateDefinition['content'][string];
export type Channel = keyof LanguageContent;
export type Topic = TemplateDefinition['topic'];
export type Preview = ResponseOf<'previewTemplateDraft'>['previews'][number];
export type TemplateProblem = ResponseOf<'previewTemplateDraft'>['warnings'][number];

export const CHANNELS: readonly Channel[] = ['email', 'sms', 'push', 'letter'];
export const CHANNEL_LABELS: Record<Channel, string> = { email: 'Email', sms: 'SMS', push: 'Push', letter: 'Letter' };
export const TOPICS: readonly Topic[] = [
  'appointment-reminders',
  'care-gaps',
  'campaigns',
  'events',
  'results',
  'general',
];

/** The fields each channel has, as the editor shows them: the field is also the last step of its JSON pointer. */
export const CHANNEL_FIELDS: Record<Channel, readonly { field: string; label: string; multiline: boolean }[]> = {
  email: [
    { field: 'subject', label: 'Subject', multiline: false },
    { field: 'html', label: 'HTML body', multiline: true },
    { field: 'text', label: 'Plain-text body', multiline: true },
  ],
  sms: [{ field: 'text', label: 'Text', multiline: true }],
  push: [
    { field: 'title', label: 'Title', multiline: false },
    { field: 'body', label: 'Body', multiline: true },
  ],
  letter: [{ field: 'html', label: 'HTML', multiline: true }],
};

/** What a new channel starts with: every required part, so the draft validates once it is filled in. */
const STARTERS: { [C in Channel]: NonNullable<LanguageContent[C]> } = {
  email: {
    subject: 'A message from {{ organisation.name }}',
    html: '<p>Hi {{ patient.givenName }},</p>\n<p></p>',
    text: 'Hi {{ patient.givenName }},\n\n',
  },
  sms: { text: '{{ organisation.name }}: Hi {{ patient.givenName }}, ' },
  push: { title: '{{ organisation.name }}', body: 'Hi {{ patient.givenName }}, ' },
  letter: { html: '<p>Dear {{ patient.givenName }},</p>\n<p></p>' },
};

export function newDefinition(): TemplateDefinition {
  return {
    schemaVersion: 1,
    name: 'New template',
    topic: 'general',
    defaultLanguage: 'en',
    content: { en: { sms: { ...STARTERS.sms } } },
  };
}

/** The JSON pointer of a part in the definition, as validation errors name it. */
export function partPointer(language: string, channel: Channel, field: string): string {
  return `/content/${language}/${channel}/${field}`;
}

export function partOf(definition: TemplateDefinition, language: string, channel: Channel, field: string): string {
  const parts = definition.content[language]?.[channel] as Record<string, unknown> | undefined;
  const value = parts?.[field];
  return typeof value === 'string' ? value : '';
}

export function withPart(
  definition: TemplateDefinition,
  language: string,
  channel: Channel,
  field: string,
  value: string,
): TemplateDefinition {
  const content = definition.content[language] ?? {};
  const parts = { ...(content[channel] ?? STARTERS[channel]), [field]: value };
  return { ...definition, content: { ...definition.content, [language]: { ...content, [channel]: parts } } };
}

export function withChannel(definition: TemplateDefinition, language: string, channel: Channel): TemplateDefinition {
  const content = definition.content[language] ?? {};
  return {
    ...definition,
    content: { ...definition.content, [language]: { ...content, [channel]: { ...STARTERS[channel] } } },
  };
}

export function withoutChannel(definition: TemplateDefinition, language: string, channel: Channel): TemplateDefinition {
  const { [channel]: _removed, ...rest } = definition.content[language] ?? {};
  return { ...definition, content: { ...definition.content, [language]: rest } };
}

/** A new language starts as a copy of the default language's content, to translate. */
export function withLanguage(definition: TemplateDefinition, language: string): TemplateDefinition {
  const source = definition.content[definition.defaultLanguage] ?? { sms: { ...STARTERS.sms } };
  return { ...definition, content: { ...definition.content, [language]: structuredClone(source) } };
}

export function withoutLanguage(definition: TemplateDefinition, language: string): TemplateDefinition {
  const { [language]: _removed, ...rest } = definition.content;
  return { ...definition, content: rest };
}

export function channelsOf(definition: TemplateDefinition, language: string): Channel[] {
  const content = definition.content[language] ?? {};
  return CHANNELS.filter((channel) => content[channel] !== undefined);
}

/** Problems by the pointer into the definition they name (the API's `/definition/…` prefix removed). */
export function problemsByPointer(
  problems: readonly { pointer: string; detail: string }[],
): ReadonlyMap<string, readonly string[]> {
  const byPointer = new Map<string, string[]>();
  for (const { pointer, detail } of problems) {
    const key = pointer.replace(/^\/definition(?=\/|$)/, '') || '/';
    byPointer.set(key, [...(byPointer.get(key) ?? []), detail]);
  }
  return byPointer;
}
