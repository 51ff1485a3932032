import type * as fhir4 from 'fhir/r4';
import { templateRoutes } from '../../../lambdas/api/routes/template-routes';
import { type ApiUnderTest, apiUnderTest, type Call } from '../../support/api-harness';
import { inMemoryTemplateServices, TEMPLATE_TEST_NOW } from '../../support/in-memory-templates';
import { SHIPPED_CATALOG } from '../../support/shipped-catalog';

const definition = (overrides: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  name: 'Reminder',
  topic: 'appointment-reminders',
  defaultLanguage: 'en',
  content: {
    en: { sms: { text: 'Hi {{ patient.givenName }}, see you at {{ appointment.startTime }}.' } },
    es: { sms: { text: 'Hola {{ patient.givenName }}, le esperamos a las {{ appointment.startTime }}.' } },
  },
  ...overrides,
});

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ given: ['<Lucía>'], family: 'Gómez' }],
  communication: [{ language: { coding: [{ code: 'es-MX' }] }, preferred: true }],
  extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/timezone', valueCode: 'America/Mexico_City' }],
};
const appointment: fhir4.Appointment = {
  resourceType: 'Appointment',
  id: 'a1',
  status: 'booked',
  start: '2026-03-10T15:00:00Z',
  participant: [{ actor: { reference: 'Patient/p1' }, status: 'accepted' }],
};

let fakes: ReturnType<typeof inMemoryTemplateServices>;
let api: ApiUnderTest;

beforeEach(() => {
  fakes = inMemoryTemplateServices([patient], [appointment]);
  api = apiUnderTest(templateRoutes({ ...fakes.services, shippedCatalog: SHIPPED_CATALOG }), TEMPLATE_TEST_NOW);
});

const asMarketer = (call: Omit<Call, 'role'>) => api.call({ ...call, role: 'marketing-professional' });
const create = (body: unknown) => asMarketer({ method: 'POST', path: '/templates', body });
const body = (response: { json: () => unknown }) => response.json() as Record<string, unknown>;

describe('POST /templates', () => {
  it('creates version 1, recording who wrote it, and audits it', async () => {
    const response = await create({ templateId: 'reminder', definition: definition() });

    expect(response.status).toBe(201);
    expect(body(response)).toMatchObject({
      template: { templateId: 'reminder', name: 'Reminder', latestVersion: 1, revision: 1 },
      version: { version: 1, definition: definition(), createdBy: 'user-marketing-professional' },
    });
    expect(api.audit.entries).toContainEqual(
      expect.objectContaining({ action: 'template.create', resource: '/templates/reminder', status: 201 }),
    );
  });

  it('answers 409 when the id is taken', async () => {
    await create({ templateId: 'reminder', definition: definition() });
    expect((await create({ templateId: 'reminder', definition: definition() })).status).toBe(409);
  });

  it("answers an invalid template with 400 and the validator's pointers under /definition", async () => {
    const response = await create({
      templateId: 'reminder',
      definition: definition({ content: { en: { sms: { text: '{{ appointment.description }} {% if x %}' } } } }),
    });

    expect(response.status).toBe(400);
    expect(body(response).errors).toEqual([
      {
        in: 'body',
        pointer: '/definition/content/en/sms/text',
        detail: expect.stringMatching(/not closed.*\(line 1\)$/),
      },
    ]);
  });

  it('refuses a user without templates:manage', async () => {
    const response = await api.call({
      method: 'POST',
      path: '/templates',
      role: 'healthcare-user',
      body: { templateId: 'x', definition: definition() },
    });
    expect(response.status).toBe(403);
  });
});

describe('PUT /templates/{templateId}', () => {
  beforeEach(() => create({ templateId: 'reminder', definition: definition() }));
  const put = (payload: unknown) => asMarketer({ method: 'PUT', path: '/templates/reminder', body: payload });

  it('adds the next version at the revision read', async () => {
    const response = await put({ definition: definition({ name: 'Reminder v2' }), expectedRevision: 1 });

    expect(response.status).toBe(200);
    expect(body(response)).toMatchObject({
      template: { name: 'Reminder v2', latestVersion: 2, revision: 2 },
      version: { version: 2 },
    });
  });

  it('answers 409 when the template changed since the revision read', async () => {
    await put({ definition: definition(), expectedRevision: 1 });
    expect((await put({ definition: definition(), expectedRevision: 1 })).status).toBe(409);
  });

  it('answers 404 for an unknown template', async () => {
    const response = await asMarketer({ method: 'PUT', path: '/templates/nope', body: { definition: definition() } });
    expect(response.status).toBe(404);
  });
});

describe('GET /templates and /templates/{templateId}', () => {
  it('lists templates and shows one with its versions, newest first', async () => {
    await create({ templateId: 'reminder', definition: definition() });
    await asMarketer({ method: 'PUT', path: '/templates/reminder', body: { definition: definition({ name: 'B' }) } });

    const list = await asMarketer({ method: 'GET', path: '/templates' });
    const detail = await asMarketer({ method: 'GET', path: '/templates/reminder' });

    expect(body(list).items).toEqual([expect.objectContaining({ templateId: 'reminder', latestVersion: 2 })]);
    expect(body(detail)).toMatchObject({
      latest: { version: 2 },
      versions: [
        { version: 2, name: 'B' },
        { version: 1, name: 'Reminder' },
      ],
    });
  });

  it('serves the catalog rather than a template called catalog', async () => {
    const response = await asMarketer({ method: 'GET', path: '/templates/catalog' });
    expect((body(response).items as unknown[]).length).toBeGreaterThanOrEqual(10);
  });
});

describe('POST /templates/validate', () => {
  it('returns errors without saving', async () => {
    const response = await asMarketer({
      method: 'POST',
      path: '/templates/validate',
      body: { definition: definition({ content: { en: { sms: { text: '{{ patient.ssn }}' } } } }) },
    });

    expect(response.status).toBe(200);
    expect(body(response)).toEqual({
      ok: false,
      errors: [{ pointer: '/content/en/sms/text', message: 'unknown variable "patient.ssn"' }],
      warnings: [],
    });
    expect(fakes.definitions.records.size).toBe(0);
  });
});

describe('POST /templates/{templateId}/preview', () => {
  beforeEach(() => create({ templateId: 'reminder', definition: definition() }));
  const preview = (payload: unknown) =>
    asMarketer({ method: 'POST', path: '/templates/reminder/preview', body: payload });

  it('renders with sample data when no patient is named', async () => {
    const response = await preview({});

    expect(body(response)).toMatchObject({
      sample: true,
      version: 1,
      previews: [
        {
          channel: 'sms',
          language: 'en',
          rendered: { text: 'Hi Alexandra, see you at 10:30 AM.', encoding: 'GSM-7', segments: 1 },
        },
      ],
    });
  });

  it('renders for a patient in their language, zone and locale, and names them in the audit entry', async () => {
    const response = await preview({ patientId: 'p1', resource: { resourceType: 'Appointment', id: 'a1' } });

    expect(body(response)).toMatchObject({
      sample: false,
      previews: [
        { channel: 'sms', language: 'es', rendered: { text: expect.stringMatching(/^Hola <Lucía>, .* 9:00/) } },
      ],
    });
    expect(api.audit.entries).toContainEqual(expect.objectContaining({ action: 'template.preview', patientId: 'p1' }));
  });

  it('answers 404 for an unknown patient', async () => {
    expect((await preview({ patientId: 'nobody' })).status).toBe(404);
  });
});

describe('POST /templates/preview', () => {
  const previewDraft = (payload: unknown) => asMarketer({ method: 'POST', path: '/templates/preview', body: payload });

  it('renders an unsaved definition with sample data, saving nothing', async () => {
    const response = await previewDraft({
      definition: definition({ content: { en: { sms: { text: 'Draft for {{ patient.givenName }} ✓' } } } }),
    });

    expect(response.status).toBe(200);
    expect(body(response)).toMatchObject({
      sample: true,
      previews: [
        { channel: 'sms', language: 'en', rendered: { text: 'Draft for Alexandra ✓', encoding: 'UCS-2', segments: 1 } },
      ],
      warnings: [],
    });
    expect(fakes.definitions.records.size).toBe(0);
  });

  it('renders for a patient in their language and names them in the audit entry', async () => {
    const response = await previewDraft({ definition: definition(), patientId: 'p1' });

    expect(body(response)).toMatchObject({ sample: false, previews: [{ channel: 'sms', language: 'es' }] });
    expect(api.audit.entries).toContainEqual(expect.objectContaining({ action: 'template.preview', patientId: 'p1' }));
  });

  it("answers an invalid draft with 400 and the validator's pointers under /definition", async () => {
    const response = await previewDraft({
      definition: definition({ content: { en: { sms: { text: 'Hi {{ patient.givenName | nope }}' } } } }),
    });

    expect(response.status).toBe(400);
    expect(body(response).errors).toEqual([
      expect.objectContaining({ pointer: '/definition/content/en/sms/text', detail: expect.stringMatching(/nope/) }),
    ]);
  });

  it('reserves "preview" as a template id', async () => {
    expect((await create({ templateId: 'preview', definition: definition() })).status).toBe(400);
  });
});
