import { Liquid, type Template } from 'liquidjs';
import { SegmentedMessage } from 'sms-segments-calculator';
import UNICODE_TO_GSM from 'sms-segments-calculator/dist/libs/UnicodeToGSM';
import { CHANNELS, type Channel, type Topic } from '../../patients/preferences';
import type { RenderedMessage } from '../ports';
import type { RenderContext } from './render-context';
import type { MessageTemplateDefinition, MessageTemplateVersion } from './template-schema';

/** HTML parts (email html, letter html) escape every variable; text parts (subject, email text, SMS, push) do not. */
export type PartKind = 'html' | 'text';

/** One Liquid source of a template, located by its JSON pointer in the definition. */
export interface TemplatePart {
  readonly pointer: string;
  readonly language: string;
  readonly channel: Channel;
  /** `subject`, `html`, `text`, `title`, `body`, or `data.<key>`. */
  readonly field: string;
  readonly kind: PartKind;
  readonly source: string;
}

/** Refused at parse time: each would read other templates, and a template is one self-contained text. */
const FILE_TAGS = ['include', 'render', 'layout'] as const;

function createEngine(kind: PartKind): Liquid {
  const engine = new Liquid({
    strictFilters: true,
    ownPropertyOnly: true,
    // An empty in-memory store instead of the filesystem: nothing a template names can be read.
    templates: {},
    ...(kind === 'html' ? { outputEscape: 'escape' as const } : {}),
    // Templates are written by staff, but a runaway loop must not stall a send.
    parseLimit: 200_000,
    renderLimit: 1_000,
    memoryLimit: 10_000_000,
  });
  for (const tag of FILE_TAGS) {
    engine.registerTag(tag, {
      parse() {
        throw new Error(`{% ${tag} %} is not available: a template cannot read other files`);
      },
      render() {
        return '';
      },
    });
  }
  // `raw` would print a patient's name unescaped into HTML.
  if (kind === 'html') engine.unregisterFilter('raw');
  return engine;
}

/** Created on first use: a function that renders no template (an exit, a skipped send) pays nothing for them. */
const engines: Partial<Record<PartKind, Liquid>> = {};

export function liquidEngine(kind: PartKind): Liquid {
  engines[kind] ??= createEngine(kind);
  return engines[kind];
}

/** Every Liquid part of a definition, in a stable order (language, channel, field). */
export function templateParts(definition: MessageTemplateDefinition): TemplatePart[] {
  const parts: TemplatePart[] = [];
  for (const [language, content] of Object.entries(definition.content)) {
    const at = (channel: Channel, field: string, kind: PartKind, source: string) =>
      parts.push({
        pointer: `/content/${language}/${channel}/${pointerOf(field)}`,
        language,
        channel,
        field,
        kind,
        source,
      });
    if (content.email) {
      at('email', 'subject', 'text', content.email.subject);
      at('email', 'html', 'html', content.email.html);
      at('email', 'text', 'text', content.email.text);
    }
    if (content.sms) at('sms', 'text', 'text', content.sms.text);
    if (content.push) {
      at('push', 'title', 'text', content.push.title);
      at('push', 'body', 'text', content.push.body);
      for (const [key, value] of Object.entries(content.push.data ?? {})) at('push', `data/${key}`, 'text', value);
    }
    if (content.letter) at('letter', 'html', 'html', content.letter.html);
  }
  return parts;
}

/** `data/<key>` as a JSON pointer: the key's own `~` and `/` escaped (RFC 6901). */
function pointerOf(field: string): string {
  if (!field.startsWith('data/')) return field;
  return `data/${field.slice('data/'.length).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

type ParsedChannel = ReadonlyMap<string, Template[]>;

export interface CompiledTemplate {
  readonly templateId: string;
  readonly version: number;
  readonly topic: Topic;
  readonly defaultLanguage: string;
  /** Channels some language has content for. */
  readonly channels: ReadonlySet<Channel>;
  readonly languages: readonly string[];
  /** Per language, per channel, the parsed parts by field. */
  readonly parsed: ReadonlyMap<string, ReadonlyMap<Channel, ParsedChannel>>;
}

/** Thrown when a stored template does not compile or render: validation should have caught it, so it is a defect. */
export class TemplateRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemplateRenderError';
  }
}

const MAX_COMPILED = 200;
const compiled = new Map<string, CompiledTemplate>();

/**
 * Parses every part of a version once. Versions are immutable, so the result is kept by `templateId@version`
 * (the oldest dropped beyond 200) and a warm Lambda renders without parsing.
 */
export function compileTemplate(version: MessageTemplateVersion): CompiledTemplate {
  const key = `${version.templateId}@${version.version}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const result = compileDefinition(version.definition, version.templateId, version.version);
  if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, result);
  return result;
}

/** Compiles without caching: for unsaved definitions (previews of a draft). */
export function compileDefinition(
  definition: MessageTemplateDefinition,
  templateId = 'draft',
  version = 0,
): CompiledTemplate {
  const parsed = new Map<string, Map<Channel, Map<string, Template[]>>>();
  for (const part of templateParts(definition)) {
    let templates: Template[];
    try {
      templates = liquidEngine(part.kind).parse(part.source);
    } catch (error) {
      throw new TemplateRenderError(`${templateId}@${version}: ${part.pointer} does not parse`, { cause: error });
    }
    const byChannel = parsed.get(part.language) ?? new Map<Channel, Map<string, Template[]>>();
    parsed.set(part.language, byChannel);
    const fields = byChannel.get(part.channel) ?? new Map<string, Template[]>();
    byChannel.set(part.channel, fields);
    fields.set(part.field, templates);
  }
  const channels = new Set<Channel>();
  for (const byChannel of parsed.values()) for (const channel of byChannel.keys()) channels.add(channel);
  return {
    templateId,
    version,
    topic: definition.topic,
    defaultLanguage: definition.defaultLanguage,
    channels: new Set(CHANNELS.filter((c) => channels.has(c))),
    languages: Object.keys(definition.content),
    parsed,
  };
}

const primarySubtag = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? '';

/**
 * The content language to render a channel in: the first of the patient's languages that has content for it
 * (the exact tag, else its primary subtag: `es-MX` → `es`), else the template's default language. `locale`
 * is the patient's own tag when one matched (dates then read as in Mexico, not Spain).
 */
export function chooseTemplateLanguage(
  template: CompiledTemplate,
  channel: Channel,
  preferredLanguages: readonly string[],
): { language: string; locale: string } | undefined {
  const available = template.languages.filter((language) => template.parsed.get(language)?.has(channel));
  const byLowerCase = new Map(available.map((language) => [language.toLowerCase(), language]));
  for (const preferred of preferredLanguages) {
    const match = byLowerCase.get(preferred.toLowerCase()) ?? byLowerCase.get(primarySubtag(preferred));
    if (match) return { language: match, locale: preferred };
  }
  return available.includes(template.defaultLanguage)
    ? { language: template.defaultLanguage, locale: template.defaultLanguage }
    : undefined;
}

/** Renders one channel in the patient's language; undefined when the template has no content for the channel. */
export function renderTemplate(
  template: CompiledTemplate,
  channel: Channel,
  preferredLanguages: readonly string[],
  context: RenderContext,
): { language: string; rendered: RenderedMessage } | undefined {
  const choice = chooseTemplateLanguage(template, channel, preferredLanguages);
  const fields = choice && template.parsed.get(choice.language)?.get(channel);
  if (!choice || !fields) return undefined;
  const render = (field: string): string => {
    const parts = fields.get(field);
    if (!parts) return '';
    try {
      return String(liquidEngine(field === 'html' ? 'html' : 'text').renderSync(parts, context));
    } catch (error) {
      throw new TemplateRenderError(`${template.templateId}@${template.version}: ${channel} ${field} failed`, {
        cause: error,
      });
    }
  };
  return { language: choice.language, rendered: renderChannel(channel, fields, render) };
}

function renderChannel(channel: Channel, fields: ParsedChannel, render: (field: string) => string): RenderedMessage {
  switch (channel) {
    case 'email':
      // A subject is one header line: whatever a variable held, it cannot add a line.
      return {
        channel,
        subject: render('subject').replace(/\s+/g, ' ').trim(),
        html: render('html'),
        text: render('text'),
      };
    case 'sms': {
      const text = render('text').trim();
      return { channel, text, ...smsSegments(text) };
    }
    case 'push': {
      const data: Record<string, string> = {};
      for (const field of fields.keys()) {
        if (field.startsWith('data/')) data[field.slice('data/'.length)] = render(field).trim();
      }
      return { channel, title: render('title').trim(), body: render('body').trim(), data };
    }
    case 'letter':
      return { channel, html: render('html') };
  }
}

/**
 * The encoding and the number of parts an SMS is billed as: GSM-7 (160 characters, 153 per part when split,
 * extension characters such as `€` counting two) unless one character needs UCS-2 (70, 67 per part).
 * sms-segments-calculator (Twilio's) does this, including never splitting an escape sequence or a surrogate
 * pair across parts, which a short hand-written table would get wrong.
 */
export function smsSegments(text: string): { encoding: 'GSM-7' | 'UCS-2'; segments: number } {
  if (text.length === 0) return { encoding: 'GSM-7', segments: 0 };
  const gsm = gsmSegmentCount(text);
  if (gsm !== undefined) return { encoding: 'GSM-7', segments: gsm };
  const message = new SegmentedMessage(text, 'auto');
  return { encoding: message.encodingName, segments: message.segmentsCount };
}

const SEGMENT_BITS = 1120;
const HEADER_BITS = 48;

/** Bits each UTF-16 code unit costs in GSM-7 (7, or 14 for an extension character); 0 when it is not GSM-7. */
const GSM_BITS = new Uint8Array(65_536);
for (const [code, units] of Object.entries(UNICODE_TO_GSM)) GSM_BITS[Number(code)] = 7 * units.length;

/**
 * The library's segmentation, in linear time, for a text whose every code unit is a GSM-7 character (most
 * messages): such a text splits into one grapheme per code unit (a CR LF pair is split back by the library),
 * each costing 7 bits per GSM code unit. The library re-sums a segment for every character it adds (quadratic,
 * ~0.5 ms for one SMS); this replays its greedy fill on sizes. Undefined for any other text.
 */
function gsmSegmentCount(text: string): number | undefined {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const bits = GSM_BITS[text.charCodeAt(i)] as number;
    if (bits === 0) return undefined;
    total += bits;
  }
  if (total <= SEGMENT_BITS) return 1;
  // The first segment has no header until a second one is needed; then it gets one and gives its last characters
  // to the second. Every later segment starts with a header.
  let segments = 1;
  let used = 0;
  let firstEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const size = GSM_BITS[text.charCodeAt(i)] as number;
    if (SEGMENT_BITS - used < size) {
      segments++;
      let carried = 0;
      if (firstEnd < 0) {
        let firstUsed = used + HEADER_BITS;
        for (let last = i - 1; firstUsed > SEGMENT_BITS; last--) {
          const moved = GSM_BITS[text.charCodeAt(last)] as number;
          firstUsed -= moved;
          carried += moved;
        }
        firstEnd = i;
      }
      used = HEADER_BITS + carried;
    }
    used += size;
  }
  return segments;
}
