/// <reference lib="dom" />
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { DynamoActivityStore } from '../../lambdas/adapters/dynamodb/activity-store';
import type { Role } from '../../lambdas/domain/access/roles';
import { type Activity, activityIdOf } from '../../lambdas/domain/journeys/activities';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import {
  type ConsoleUnderTest,
  goTo,
  openFromNavigation,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  startConsoleUnderTest,
} from './support/console-browser';

jest.setTimeout(120_000);

interface Coding {
  display?: string;
  code: string;
}
interface Patient360 {
  id: string;
  profile: { name: { family?: string; given?: string[] }[] };
  clinical?: { conditions?: { total: number; items: { codes: Coding[] }[] } };
}
interface MessagePage {
  items: { messageId: string; checks: { channel: string; rule: string; passed: boolean }[] }[];
}

let underTest: ConsoleUnderTest;
/** A demo patient with conditions on record and messages in the log, as the healthcare user's API answers it. */
let patient: Patient360;
let conditionName: string;

/** The API as a role would call it: the test's own look at the demo data, to check the console against. */
async function api<T>(role: Role, path: string, init: RequestInit = {}): Promise<T> {
  const signedIn = await fetch(`${underTest.baseUrl}/local/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, name: 'browser test' }),
  });
  const { idToken } = (await signedIn.json()) as { idToken: string };
  const response = await fetch(`${underTest.baseUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Waits until nothing on the page says it is loading (tables, tabs and pages all say "Loading …"). */
async function settled(page: Page): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text; hidden elements do not count
  await page.waitForFunction(() => !/\bLoading\b/.test(document.body.innerText), undefined, { timeout: 15_000 });
}

/** Signed in, with motion reduced: axe judges contrast as it ends, not in the middle of a fade-in. */
async function signInAs(role: Role, name?: string) {
  const signedIn = await signIn(underTest, role, name);
  await signedIn.page.emulateMedia({ reducedMotion: 'reduce' });
  return signedIn;
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await settled(page);
}

const fullName = (p: Patient360) => [...(p.profile.name[0]?.given ?? []), p.profile.name[0]?.family].join(' ');

beforeAll(async () => {
  underTest = await startConsoleUnderTest();
  const members = await api<{ items: { patientId: string }[] }>(
    'marketing-professional',
    '/segments/not-engaged-90d/members?limit=100',
  );
  for (const { patientId } of members.items) {
    const candidate = await api<Patient360>('healthcare-user', `/patients/${patientId}`);
    const messages = await api<MessagePage>('non-clinical-user', `/patients/${patientId}/messages?limit=1`);
    if ((candidate.clinical?.conditions?.total ?? 0) > 0 && messages.items.length > 0) {
      patient = candidate;
      break;
    }
  }
  if (!patient) throw new Error('the demo population has no patient with conditions and messages');
  const codes = patient.clinical?.conditions?.items[0]?.codes ?? [];
  conditionName = codes.find((c) => c.display)?.display ?? codes[0]?.code ?? '';
}, 180_000);

afterAll(async () => {
  await underTest?.stop();
}, 60_000);

describe('the patient 360 view', () => {
  it('finds a patient by search, and a preference changed with a reason shows in the history', async () => {
    const { page, context, errors } = await signInAs('non-clinical-user', 'Sam Lee');
    await openFromNavigation(page, 'Patients');
    await page.getByLabel('Family name').fill(patient.profile.name[0]?.family ?? '');
    await page.getByLabel('Given name').fill(patient.profile.name[0]?.given?.[0] ?? '');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('link', { name: fullName(patient) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: fullName(patient) }).waitFor();
    await settled(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await openTab(page, 'Preferences');
    await page.getByRole('button', { name: 'Record change' }).click();
    await page.getByText('Give the reason for the change.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const reason = `Asked by phone not to get SMS campaigns (${Date.now()})`;
    await page.getByLabel('Channel').click();
    await page.getByRole('option', { name: 'SMS' }).click();
    await page.getByLabel('Opted out').check();
    await page.getByLabel('Reason').fill(reason);
    await page.getByRole('button', { name: 'Record change' }).click();
    await page.getByText('SMS · Campaigns: opted out — recorded and now current.').waitFor();
    await settled(page);

    const history = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'When' }) })
      .last();
    const row = history.getByRole('row').filter({ hasText: reason });
    await row.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the cells as the reader sees them, apart
    expect(await row.innerText()).toMatch(/SMS\s+Campaigns\s+opted out/);
    const recorded = await api<{ items: { channel: string; topic: string; status: string; reason?: string }[] }>(
      'non-clinical-user',
      `/patients/${patient.id}/preferences/history`,
    );
    expect(recorded.items[0]).toMatchObject({ channel: 'sms', topic: 'campaigns', status: 'opted-out', reason });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'patient-preferences');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the clinical sections to a healthcare user, each tab accessible', async () => {
    const { page, context, errors } = await signInAs('healthcare-user');
    await goTo(page, `/patients/${patient.id}`);
    await page.getByRole('heading', { level: 1, name: fullName(patient) }).waitFor();
    await settled(page);
    const tabs = await page.getByRole('tab').allInnerTexts();

    expect(tabs).toEqual([
      'Profile',
      'Contact points',
      'Preferences',
      'Clinical',
      'Segments',
      'Journeys',
      'Messages',
      'Activities',
    ]);
    for (const tab of tabs) {
      await openTab(page, tab);
      expect([tab, await seriousAccessibilityViolations(page)]).toEqual([tab, []]);
    }
    await openTab(page, 'Clinical');
    await page.getByRole('heading', { name: /^Conditions/ }).waitFor();
    expect(await page.getByText(conditionName, { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, 'patient-360');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a non-clinical user no clinical section, only the tabs its permissions allow', async () => {
    const { page, context, errors } = await signInAs('non-clinical-user');
    await goTo(page, `/patients/${patient.id}?tab=clinical`);
    await page.getByRole('heading', { level: 1, name: fullName(patient) }).waitFor();
    await settled(page);
    const tabs = await page.getByRole('tab').allInnerTexts();

    expect(tabs).not.toContain('Clinical');
    expect(tabs).not.toContain('Who saw this patient');
    expect(await page.getByRole('tab', { name: 'Profile', selected: true }).count()).toBe(1);
    for (const tab of tabs) {
      await openTab(page, tab);
      expect(await page.getByText(conditionName).count()).toBe(0);
      expect([tab, await seriousAccessibilityViolations(page)]).toEqual([tab, []]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('messages', () => {
  it('opens a message from the patient messages tab with every policy check', async () => {
    const { page, context, errors } = await signInAs('non-clinical-user');
    await goTo(page, `/patients/${patient.id}?tab=messages`);
    await settled(page);
    const newest = (await api<MessagePage>('non-clinical-user', `/patients/${patient.id}/messages?limit=1`)).items[0];

    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Message', exact: true }).waitFor();
    await settled(page);

    expect(new URL(page.url()).pathname).toBe(`/console/messages/${newest?.messageId}`);
    const checks = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Rule' }) });
    const rows = await checks.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.split(/\s+/).slice(0, 3))).toEqual(
      newest?.checks.map((check) => [check.channel, check.rule, check.passed ? 'passed' : 'failed']),
    );
    await page.getByRole('heading', { name: /^Delivery events/ }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'message');

    await page.getByRole('link', { name: patient.id }).click();
    await page.getByRole('heading', { level: 1, name: fullName(patient) }).waitFor();
    expect(await page.getByRole('tab', { name: 'Messages', selected: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('looks a message up by id, and says so next to the field when there is none', async () => {
    const { page, context, errors } = await signInAs('non-clinical-user');
    await openFromNavigation(page, 'Messages');
    const newest = (await api<MessagePage>('non-clinical-user', `/patients/${patient.id}/messages?limit=1`)).items[0];

    await page.getByLabel('Message id').fill('not-a-message');
    await page.getByRole('button', { name: 'Open message' }).click();
    await page.getByText('A message id is "msg-" followed by 32 hexadecimal digits.').waitFor();
    await page.getByLabel('Message id').fill(`msg-${'0'.repeat(32)}`);
    await page.getByRole('button', { name: 'Open message' }).click();
    await page.getByText('No message has this id.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Message id').fill(newest?.messageId ?? '');
    await page.getByRole('button', { name: 'Open message' }).click();
    await page.getByRole('heading', { level: 1, name: 'Message', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/console/messages/${newest?.messageId}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('activities', () => {
  /** Journeys create activities only after a 7-day wait the demo has not reached: the test writes one as the step would. */
  async function arrangeCareTeamActivity(): Promise<Activity> {
    const { stack } = underTest.platform;
    const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
      marshallOptions: { removeUndefinedValues: true },
    });
    const executionId = `post-discharge-follow-up-v1-browser-test-${Date.now()}`;
    const activity: Activity = {
      activityId: activityIdOf(executionId, 'follow-up-call'),
      patientId: patient.id,
      journeyId: 'post-discharge-follow-up',
      journeyVersion: 1,
      executionId,
      stepId: 'follow-up-call',
      kind: 'follow-up-call',
      title: 'Call to arrange a post-discharge follow-up appointment',
      assignTo: 'care-team',
      status: 'open',
      createdAt: new Date().toISOString(),
    };
    await new DynamoActivityStore(client, stack.tables.patients).create(activity);
    return activity;
  }

  it('shows the team named in the address, as Home links it, or says it has nothing open', async () => {
    const { page, context, errors } = await signInAs('non-clinical-user');
    const frontDesk = await api<{ items: { title: string }[] }>('non-clinical-user', '/activities?team=front-desk');

    await page
      .getByRole('link', { name: /activities/ })
      .nth(1)
      .click();
    await page.getByRole('heading', { name: /^Open activities: Front desk/ }).waitFor();
    await settled(page);

    expect(new URL(page.url()).search).toBe('?team=front-desk');
    if (frontDesk.items[0]) await page.getByText(frontDesk.items[0].title).first().waitFor();
    else await page.getByText('No open activities').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("completes an open activity of a team's queue after confirmation, and the queue no longer lists it", async () => {
    const activity = await arrangeCareTeamActivity();
    const { page, context, errors } = await signInAs('non-clinical-user');
    await openFromNavigation(page, 'Activities');
    await page.getByRole('heading', { name: /^Open activities: Care team/ }).waitFor();
    await settled(page);
    const complete = page.getByRole('button', { name: `Complete ${activity.title} for ${activity.patientId}` });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'activities');

    await complete.click();
    await page.getByRole('dialog').getByText('will be marked done by you').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Complete', exact: true }).click();
    await page.getByText(`Completed "${activity.title}" for patient ${activity.patientId}.`).waitFor();
    await settled(page);

    expect(await complete.count()).toBe(0);
    const mine = await api<{ items: { activityId: string; status: string }[] }>(
      'non-clinical-user',
      `/patients/${activity.patientId}/activities`,
    );
    expect(mine.items.find((a) => a.activityId === activity.activityId)?.status).toBe('done');
    expect(errors).toEqual([]);
    await context.close();
  });
});
