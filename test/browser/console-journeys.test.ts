/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  type ConsoleUnderTest,
  goTo,
  openFromNavigation,
  type SignedIn,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  startConsoleUnderTest,
} from './support/console-browser';

jest.setTimeout(120_000);

let underTest: ConsoleUnderTest;
let session: SignedIn;

beforeAll(async () => {
  underTest = await startConsoleUnderTest();
}, 180_000);

beforeEach(async () => {
  session = await signIn(underTest, 'marketing-professional');
});

afterEach(async () => {
  await session?.context.close();
});

afterAll(async () => {
  await underTest?.stop();
}, 60_000);

const DAY_MS = 86_400_000;

/** A step's node on the canvas (xyflow's wrapper: focusable, selected with Enter). */
const node = (page: Page, stepId: string) => page.locator(`.react-flow__node[data-id="${stepId}"]`);
const panel = (page: Page) => page.getByRole('form', { name: /^Edit step / });

async function openDesigner(page: Page, journeyId: string, name: string | RegExp) {
  await goTo(page, `/journeys/${journeyId}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await node(page, '__entry').waitFor();
}

/** Presses Tab until the focused element matches, as a keyboard-only user would move through the page. */
async function tabUntil(page: Page, matches: (element: Element) => boolean, most = 80): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('the element was not reached with Tab');
}

describe('the journeys page', () => {
  it('lists the installed journeys with status and versions, and the catalog to open or copy from', async () => {
    const { page } = session;

    await openFromNavigation(page, 'Journeys');
    const installed = page.getByRole('table', { name: 'Installed journeys' });
    const row = installed.getByRole('row').filter({ hasText: 'Diabetes care gap: HbA1c' });
    await row.waitFor();

    expect(await row.getByRole('cell').allInnerTexts()).toEqual(
      expect.arrayContaining(['diabetes-care-gap', 'active', '1']),
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'journeys');

    await page.getByRole('tab', { name: 'Catalog' }).click();
    await page.getByRole('link', { name: 'Open in designer: Appointment reminders' }).waitFor();

    expect(await page.getByRole('table', { name: 'Journey catalog' }).getByRole('row').count()).toBe(1 + 8);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('copies a catalog journey to a new draft and opens it in the designer', async () => {
    const { page } = session;
    await openFromNavigation(page, 'Journeys');
    await page.getByRole('tab', { name: 'Catalog' }).click();

    await page.getByRole('button', { name: 'Copy to start: New patient welcome' }).click();
    await page.getByLabel('Journey id').fill('welcome-copy');
    await page.getByLabel('Name').fill('Welcome, our way');
    await page.getByRole('button', { name: 'Create draft' }).click();

    await page.getByRole('heading', { level: 1, name: 'Welcome, our way' }).waitFor();
    expect(await page.getByText('draft', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('welcome-copy · editing version 1').count()).toBe(1);
  });
});

describe('the journey designer', () => {
  // KNOWN FAILING since the merge of the console branches with the API split (2026-12-07); skipped until fixed, see the issue 15 note.
  it.skip('opens a catalog journey, changes a wait, validates, saves, simulates and publishes the new version', async () => {
    const { page } = session;
    await openFromNavigation(page, 'Journeys');
    await page.getByRole('tab', { name: 'Catalog' }).click();
    await page.getByRole('link', { name: 'Open in designer: Diabetes care gap: HbA1c' }).click();
    await page.getByRole('heading', { level: 1, name: 'Diabetes care gap: HbA1c' }).waitFor();

    // The graph: entry, every step by type, the branch's arms labelled.
    for (const stepId of ['__entry', 'ask-to-book-test', 'wait-14-days', 'still-due', 'letter', 'done'])
      await node(page, stepId).waitFor();
    expect(await page.locator('.react-flow__edge-text').allTextContents()).toEqual(
      expect.arrayContaining(['yes', 'no']),
    );

    await node(page, 'wait-14-days').click();
    await panel(page).getByLabel('Duration').fill('P10D');
    expect(await node(page, 'wait-14-days').textContent()).toContain('10 days');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'journey-designer');

    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByText('The journey is valid.').waitFor();
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByText('Saved as version 2.').waitFor();
    await page.getByText('diabetes-care-gap · editing version 2 · live: version 1').waitFor();

    await page.getByRole('tab', { name: 'Simulation' }).click();
    const answered = page.waitForResponse((response) =>
      response.url().endsWith('/journeys/diabetes-care-gap/simulate'),
    );
    await page.getByRole('button', { name: 'Run simulation' }).click();
    const simulation = (await (await answered).json()) as {
      version: number;
      timeline: { at: string; step?: string; kind: string; until?: string }[];
    };
    const timeline = page.getByRole('table', { name: 'Simulation timeline' });
    await timeline.waitFor();
    const rows = timeline.locator('tbody tr');

    expect(simulation.version).toBe(2);
    const wait = simulation.timeline.find((entry) => entry.kind === 'wait' && entry.step === 'wait-14-days');
    expect(Date.parse(wait?.until ?? '') - Date.parse(wait?.at ?? '')).toBe(10 * DAY_MS);
    expect(await rows.count()).toBe(simulation.timeline.length);
    const shownSteps = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent));
    expect(shownSteps).toEqual(simulation.timeline.map((entry) => entry.step || '—'));
    expect(await rows.filter({ hasText: 'wait-14-days' }).textContent()).toContain('Waits until');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'journey-simulation');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText('The journey is active at version 2.').waitFor();
    await page.getByText('diabetes-care-gap · editing version 2 · live: version 2').waitFor();
    expect(session.errors).toEqual([]);
  });

  it('pins a validation error to the node of the step it is about, and lists it', async () => {
    const { page } = session;
    await openDesigner(page, 'colorectal-screening', /colorectal/i);

    await node(page, 'wait-21-days').click();
    await panel(page).getByLabel('Duration').fill('three weeks');
    const answered = page.waitForResponse((response) => response.url().endsWith('/journeys/validate'));
    await page.getByRole('button', { name: 'Validate' }).click();
    const validation = (await (await answered).json()) as { errors: { pointer: string; message: string }[] };
    const error = validation.errors.find((e) => e.pointer === '/steps/wait-21-days/duration');
    await page.getByText(/validation problem/).waitFor();

    expect(error).toBeDefined();
    expect(await node(page, 'wait-21-days').textContent()).toContain(error?.message);
    expect(await node(page, 'letter').textContent()).not.toContain(error?.message);
    expect(await page.getByRole('list', { name: 'Validation problems' }).textContent()).toContain(
      '/steps/wait-21-days/duration',
    );
    expect(await panel(page).textContent()).toContain(error?.message);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('selects a step and edits it with the keyboard alone, on the canvas and from the step list', async () => {
    const { page } = session;
    await openDesigner(page, 'influenza-vaccination', /influenza/i);
    await page.getByRole('heading', { level: 1 }).click();

    await tabUntil(page, (element) => element.getAttribute('data-id') === 'wait-14-days');
    await page.keyboard.press('Enter');
    await panel(page).getByText('Duration').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Step wait-14-days' }).count()).toBe(1);

    await tabUntil(
      page,
      (element) =>
        element.tagName === 'INPUT' && element.closest('form')?.getAttribute('aria-label') === 'Edit step wait-14-days',
    );
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('P7D');
    expect(await node(page, 'wait-14-days').textContent()).toContain('7 days');

    await page.getByRole('tab', { name: 'Step list' }).focus();
    await tabUntil(page, (element) => element.getAttribute('aria-label') === 'Edit step reminder');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Step reminder' }).waitFor();
    expect(await node(page, 'reminder').getAttribute('class')).toContain('selected');
    expect(session.errors).toEqual([]);
  });
});
