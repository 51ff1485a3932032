import type { ErrorObject } from 'ajv';
import type { Template } from 'liquidjs';
import type { Channel } from '../../patients/preferences';
import { validateTemplateDefinition } from '../../validation/generated/validators';
import { typedValidator } from '../../validation/validator';
import { TOPIC_KINDS } from '../message';
import type { RenderedMessage } from '../ports';
import {
  type CompiledTemplate,
  chooseTemplateLanguage,
  liquidEngine,
  renderTemplate,
  smsSegments,
  type TemplatePart,
  templateParts,
} from './compile-template';
import { CLINICAL_VARIABLES, KNOWN_VARIABLES, type RenderContext, sampleRenderContext } from './render-context';
import type { MessageTemplateDefinition } from './template-schema';

/** One problem in a template: the JSON pointer of the bad node or part, and why. */
export interface TemplateProblem {
  readonly pointer: string;
  readonly message: string;
  /** Liquid syntax errors: the line in the part. */
  readonly line?: number;
}

export type TemplateValidation =
  | {
      readonly ok: true;
      readonly definition: MessageTemplateDefinition;
      readonly warnings: readonly TemplateProblem[];
    }
  | { readonly ok: false; readonly errors: readonly TemplateProblem[]; readonly warnings: readonly TemplateProblem[] };

/** More parts than this and an SMS is a letter: it costs and reads badly. */
export const MAX_SMS_SEGMENTS = 3;

const validateShape = typedValidator<unknown>(validateTemplateDefinition);

const KNOWN = new Set(KNOWN_VARIABLES);
/** `appointment` in `{% if appointment %}` names an object whose fields are known. */
const KNOWN_PREFIXES = new Set(
  KNOWN_VARIABLES.flatMap((path) =>
    path
      .split('.')
      .slice(0, -1)
      .map((_, i, all) => all.slice(0, i + 1).join('.')),
  ),
);

function shapeProblem(error: ErrorObject): TemplateProblem {
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return { pointer: `${error.instancePath}/${key}`, message: `unknown property "${key}"` };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return {
      pointer: error.instancePath,
      message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
    };
  }
  if (error.keyword === 'propertyNames') {
    const name = (error.params as { propertyName: string }).propertyName;
    return {
      pointer: `${error.instancePath}/${name}`,
      message: `"${name}" is not a language tag such as "en" or "es-MX"`,
    };
  }
  if (error.keyword === 'minProperties' && /\/content\/[^/]+$/.test(error.instancePath)) {
    return { pointer: error.instancePath, message: 'a language needs content for at least one channel' };
  }
  return { pointer: error.instancePath || '/', message: error.message ?? 'is invalid' };
}

/**
 * Validates an untrusted template: the JSON Schema, then every Liquid part — it parses, names only known
 * variables, an SMS carries no clinical detail and, rendered with sample data, fits in three parts.
 */
export function validateTemplate(input: unknown): TemplateValidation {
  if (!validateShape(input)) {
    // propertyNames also reports the enclosing object; the per-name error says it all.
    const errors = (validateShape.errors ?? []).filter(
      (e) => !(e.keyword === 'propertyNames' && !('propertyName' in e.params)),
    );
    return { ok: false, errors: errors.map(shapeProblem), warnings: [] };
  }
  const definition = input as unknown as MessageTemplateDefinition;
  const errors: TemplateProblem[] = [];
  const warnings: TemplateProblem[] = [];
  if (!(definition.defaultLanguage in definition.content)) {
    errors.push({
      pointer: '/defaultLanguage',
      message: `the default language "${definition.defaultLanguage}" has no content`,
    });
  }
  for (const part of templateParts(definition)) checkPart(part, errors, warnings);
  if (TOPIC_KINDS[definition.topic] === 'marketing') checkUnsubscribeLinks(definition, warnings);
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, definition, warnings };
}

function checkPart(part: TemplatePart, errors: TemplateProblem[], warnings: TemplateProblem[]): void {
  const engine = liquidEngine(part.kind);
  let parsed: Template[];
  try {
    parsed = engine.parse(part.source);
  } catch (error) {
    errors.push(syntaxProblem(part.pointer, error));
    return;
  }
  const variables = engine.globalFullVariablesSync(parsed);
  for (const variable of new Set(variables)) {
    if (!KNOWN.has(variable) && !KNOWN_PREFIXES.has(variable)) {
      errors.push({ pointer: part.pointer, message: `unknown variable "${variable}"` });
    } else if (
      part.channel === 'sms' &&
      CLINICAL_VARIABLES.some((c) => variable === c || variable.startsWith(`${c}.`))
    ) {
      errors.push({
        pointer: part.pointer,
        message: `SMS carries no clinical detail: "${variable}" is not allowed here`,
      });
    }
  }
  if (part.channel === 'sms') checkSmsLength(part, parsed, errors, warnings);
}

function syntaxProblem(pointer: string, error: unknown): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = (error as { token?: { getPosition?: () => [number, number] } }).token?.getPosition?.();
  return { pointer, message: `Liquid does not parse: ${message}`, ...(position ? { line: position[0] } : {}) };
}

function checkSmsLength(
  part: TemplatePart,
  parsed: Template[],
  errors: TemplateProblem[],
  warnings: TemplateProblem[],
) {
  let text: string;
  try {
    text = String(liquidEngine('text').renderSync(parsed, sampleRenderContext({ locale: part.language }))).trim();
  } catch (error) {
    errors.push({ pointer: part.pointer, message: `does not render with sample data: ${(error as Error).message}` });
    return;
  }
  const { encoding, segments } = smsSegments(text);
  if (segments > MAX_SMS_SEGMENTS) {
    errors.push({
      pointer: part.pointer,
      message: `renders to ${segments} ${encoding} segments with sample data; at most ${MAX_SMS_SEGMENTS}`,
    });
  } else if (segments === MAX_SMS_SEGMENTS) {
    warnings.push({ pointer: part.pointer, message: `renders to ${segments} ${encoding} segments: each is billed` });
  }
}

/** Marketing email without a visible unsubscribe link: the List-Unsubscribe header alone is easy to miss. */
function checkUnsubscribeLinks(definition: MessageTemplateDefinition, warnings: TemplateProblem[]): void {
  for (const [language, content] of Object.entries(definition.content)) {
    if (content.email && !/links\s*(\.\s*unsubscribe|\[\s*["']unsubscribe["']\s*\])/.test(content.email.html)) {
      warnings.push({
        pointer: `/content/${language}/email/html`,
        message: 'a marketing email should show {{ links.unsubscribe }}',
      });
    }
  }
}

export interface ChannelPreview {
  readonly channel: Channel;
  readonly language: string;
  readonly rendered: RenderedMessage;
}

/**
 * Renders a template as a patient would receive it, per channel (or the one asked for), in the language they
 * would get. `contextFor` builds the variables in the locale the language was chosen for, so dates read right.
 */
export function templatePreview(
  template: CompiledTemplate,
  contextFor: (locale: string) => RenderContext,
  options: { readonly channel?: Channel; readonly languages?: readonly string[] } = {},
): ChannelPreview[] {
  const channels = options.channel ? [options.channel] : [...template.channels];
  const previews: ChannelPreview[] = [];
  for (const channel of channels) {
    const choice = chooseTemplateLanguage(template, channel, options.languages ?? []);
    if (!choice) continue;
    const result = renderTemplate(template, channel, [choice.language], contextFor(choice.locale));
    if (result) previews.push({ channel, language: result.language, rendered: result.rendered });
  }
  return previews;
}
