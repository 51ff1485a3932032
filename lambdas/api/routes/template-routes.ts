import type * as fhir4 from 'fhir/r4';
import type { FromSchema } from 'json-schema-to-ts';
import type { OrganisationSettings } from '../../domain/messaging/organisation';
import { timeZoneOf } from '../../domain/messaging/policy/quiet-hours';
import type { SendingPolicySettings } from '../../domain/messaging/policy-types';
import {
  type CompiledTemplate,
  compileDefinition,
  compileTemplate,
} from '../../domain/messaging/templates/compile-template';
import type { TemplateStore } from '../../domain/messaging/templates/ports';
import {
  buildRenderContext,
  patientLanguages,
  sampleLinks,
  sampleRenderContext,
} from '../../domain/messaging/templates/render-context';
import type {
  MessageTemplateDefinition,
  MessageTemplateVersion,
} from '../../domain/messaging/templates/template-schema';
import {
  type ChannelPreview,
  type TemplateProblem,
  templatePreview,
  validateTemplate,
} from '../../domain/messaging/templates/validate-template';
import type { Clock } from '../../domain/ports';
import { pageLimit } from '../cursor';
import { badRequest, conflict, notFound } from '../problem';
import { type AuditNote, defineRoute, type RouteDefinition } from '../route';
import {
  catalogResponse,
  createTemplateBody,
  draftPreviewBody,
  draftPreviewResponse,
  previewBody,
  previewResponse,
  templateDetailResponse,
  templateListQuery,
  templateListResponse,
  templateParams,
  templateVersionResponse,
  updateTemplateBody,
  validateTemplateBody,
  validationResponse,
} from '../schemas/template-api-schemas';
import type { ShippedCatalogServices } from '../shipped-catalog';

/** What the template routes need; the API handler wires the DynamoDB store and the patient reads. */
export interface TemplateApiServices {
  readonly templates: TemplateStore;
  /** The patient (and the resource that would cause the message) a preview renders for; undefined when unknown. */
  templatePreviewData(
    patientId: string,
    resource?: { readonly resourceType: string; readonly id: string },
  ): Promise<{ patient: fhir4.Patient; triggeringResource?: fhir4.FhirResource } | undefined>;
  /** Who messages come from, and the sending policy (its default zone shows times for patients without one). */
  messagingSettingsForPreview(): Promise<{ organisation: OrganisationSettings; policy: SendingPolicySettings }>;
  readonly clock: Clock;
}

const access = { kind: 'permission', permission: 'templates:manage' } as const;
export const TEMPLATES_TAG = 'templates';
/** Paths under `/templates/` that a template id would shadow. */
const RESERVED_IDS = new Set(['catalog', 'validate', 'preview']);

/** A valid definition, or a 400 listing every problem with its JSON pointer into the request body. */
function readDefinition(input: unknown): {
  definition: MessageTemplateDefinition;
  warnings: readonly TemplateProblem[];
} {
  const result = validateTemplate(input);
  if (result.ok) return { definition: result.definition, warnings: result.warnings };
  throw badRequest(
    'the template is not valid',
    result.errors.map((e) => ({
      in: 'body',
      pointer: `/definition${e.pointer === '/' ? '' : e.pointer}`,
      detail: e.line === undefined ? e.message : `${e.message} (line ${e.line})`,
    })),
  );
}

async function latestOrNotFound(templateId: string, services: TemplateApiServices): Promise<MessageTemplateVersion> {
  const latest = await services.templates.latest(templateId);
  if (!latest) throw notFound(`no template ${templateId}`);
  return latest;
}

/**
 * Message templates for `templates:manage` (marketing professionals): create, version, validate, preview,
 * and the catalog. Routes under `/templates/` with a fixed name come before `/templates/{templateId}`.
 */
export function templateRoutes(services: TemplateApiServices & ShippedCatalogServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'listTemplates',
      method: 'GET',
      path: '/templates',
      summary: 'Message templates, by id',
      tag: TEMPLATES_TAG,
      access,
      audit: { action: 'template.list' },
      query: templateListQuery,
      response: { status: 200, description: 'one page of templates', schema: templateListResponse },
      handle: async ({ query }) => services.templates.list(pageLimit(query.limit), query.cursor),
    }),
    defineRoute({
      operationId: 'createTemplate',
      method: 'POST',
      path: '/templates',
      summary: 'Create a template at version 1',
      tag: TEMPLATES_TAG,
      access,
      audit: { action: 'template.create' },
      body: createTemplateBody,
      response: { status: 201, description: 'the template and its first version', schema: templateVersionResponse },
      errors: [409],
      handle: async ({ body, principal, audit }) => {
        if (RESERVED_IDS.has(body.templateId)) {
          throw badRequest('this id is reserved', [
            { in: 'body', pointer: '/templateId', detail: `"${body.templateId}" is a path of the API` },
          ]);
        }
        const { definition, warnings } = readDefinition(body.definition);
        const version: MessageTemplateVersion = {
          templateId: body.templateId,
          version: 1,
          definition,
          createdAt: services.clock.now().toISOString(),
          createdBy: principal.subject,
        };
        if ((await services.templates.create(version)) === 'exists') {
          throw conflict(`template ${body.templateId} exists: add a version with PUT /templates/${body.templateId}`);
        }
        audit.resource = `/templates/${body.templateId}`;
        return { template: await services.templates.get(body.templateId), version, warnings };
      },
    }),
    defineRoute({
      operationId: 'getTemplateCatalog',
      method: 'GET',
      path: '/templates/catalog',
      summary: 'The predefined templates shipped with the platform (install one with POST /templates)',
      tag: TEMPLATES_TAG,
      access,
      audit: { action: 'template.catalog.read' },
      response: { status: 200, description: 'the catalog', schema: catalogResponse },
      handle: async () => ({ items: services.shippedCatalog.templates }),
    }),
    defineRoute({
      operationId: 'validateTemplate',
      method: 'POST',
      path: '/templates/validate',
      summary: 'Check a template without saving it: schema, Liquid, variables, SMS length and content',
      tag: TEMPLATES_TAG,
      access,
      audit: { action: 'template.validate', readOnly: true },
      body: validateTemplateBody,
      response: {
        status: 200,
        description: 'errors and warnings, each with its JSON pointer',
        schema: validationResponse,
      },
      handle: async ({ body }) => {
        const result = validateTemplate(body.definition);
        return { ok: result.ok, errors: result.ok ? [] : result.errors, warnings: result.warnings };
      },
    }),
    defineRoute({
      operationId: 'getTemplate',
      method: 'GET',
      path: '/templates/{templateId}',
      summary: 'A template: its record, its latest version, and every version',
      tag: TEMPLATES_TAG,
      access,
      audit: { action: 'template.read' },
      params: templateParams,
      response: { status: 200, description: 'the template', schema: templateDetailResponse },
      errors: [404],
      handle: async ({ params }) => {
        const template = await services.templates.get(params.templateId);
        if (!template) throw notFound(`no template ${params.templateId}`);
        const versions = await services.templates.versions(params.templateId);
        return {
          template,
          latest: versions[0],
          versions: versions.map((v) => ({
            version: v.version,
            name: v.definition.name,
            createdAt: v.createdAt,
            createdBy: v.createdBy,
          })),
        };
      },
    }),
    defineRoute({
      operationId: 'updateTemplate',
      method: 'PUT',
      path: '/templates/{templateId}',
      summary: 'Add a version; sends already made keep naming the version they rendered',
      tag: TEMPLATES_TAG,
      access,
      audit: { action: 'template.update' },
      params: templateParams,
      body: updateTemplateBody,
      response: { status: 200, description: 'the new version', schema: templateVersionResponse },
      errors: [404, 409],
      handle: async ({ params, body, principal }) => {
        const { definition, warnings } = readDefinition(body.definition);
        const record = await services.templates.get(params.templateId);
        if (!record) throw notFound(`no template ${params.templateId}`);
        const expected = body.expectedRevision ?? record.revision;
        const version: MessageTemplateVersion = {
          templateId: params.templateId,
          version: record.latestVersion + 1,
          definition,
          createdAt: services.clock.now().toISOString(),
          createdBy: principal.subject,
        };
        if (expected !== record.revision || (await services.templates.addVersion(version, expected)) === 'conflict') {
          throw conflict(`template ${params.templateId} changed since revision ${expected}: read it again`);
        }
        return { template: await services.templates.get(params.templateId), version, warnings };
      },
    }),
    defineRoute({
      operationId: 'previewTemplate',
      method: 'POST',
      path: '/templates/{templateId}/preview',
      summary: "Render the latest version per channel, for a patient or with sample data, in the language they'd get",
      tag: TEMPLATES_TAG,
      access,
      audit: { action: 'template.preview', readOnly: true },
      params: templateParams,
      body: previewBody,
      response: { status: 200, description: 'the rendered parts per channel', schema: previewResponse },
      errors: [404],
      handle: async ({ params, body, audit }) => {
        const latest = await latestOrNotFound(params.templateId, services);
        const rendered = await renderPreviews(compileTemplate(latest), body, audit, services);
        return { templateId: latest.templateId, version: latest.version, ...rendered };
      },
    }),
    defineRoute({
      operationId: 'previewTemplateDraft',
      method: 'POST',
      path: '/templates/preview',
      summary: "Render an unsaved definition (the editor's draft) per channel, for a patient or with sample data",
      tag: TEMPLATES_TAG,
      access,
      audit: { action: 'template.preview', readOnly: true },
      body: draftPreviewBody,
      response: {
        status: 200,
        description: 'the rendered parts per channel, and the warnings',
        schema: draftPreviewResponse,
      },
      errors: [404],
      handle: async ({ body, audit }) => {
        const { definition, warnings } = readDefinition(body.definition);
        const rendered = await renderPreviews(compileDefinition(definition), body, audit, services);
        return { ...rendered, warnings };
      },
    }),
  ];
}

/** Renders per channel with sample data, or for the patient the request names (then the audit entry names them). */
async function renderPreviews(
  compiled: CompiledTemplate,
  body: FromSchema<typeof previewBody>,
  audit: AuditNote,
  services: TemplateApiServices,
): Promise<{ sample: boolean; previews: ChannelPreview[] }> {
  const { organisation, policy } = await services.messagingSettingsForPreview();
  const options = { ...(body.channel ? { channel: body.channel } : {}) };
  if (!body.patientId) {
    const languages = body.language ? [body.language] : [];
    return {
      sample: true,
      previews: templatePreview(compiled, (locale) => sampleRenderContext({ locale, organisation }), {
        ...options,
        languages,
      }),
    };
  }
  // Rendering for a patient shows their name: the audit entry names them.
  audit.patientId = body.patientId;
  const data = await services.templatePreviewData(body.patientId, body.resource);
  if (!data) throw notFound('no patient with this id');
  const timeZone = timeZoneOf(data.patient, policy);
  const contextFor = (locale: string) =>
    buildRenderContext({
      patient: data.patient,
      ...(data.triggeringResource ? { triggeringResource: data.triggeringResource } : {}),
      organisation,
      links: sampleLinks(),
      timeZone,
      locale,
      messageId: 'preview',
    });
  const languages = body.language ? [body.language] : patientLanguages(data.patient);
  return { sample: false, previews: templatePreview(compiled, contextFor, { ...options, languages }) };
}
