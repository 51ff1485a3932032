/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Role } from '../../../lambdas/domain/access/roles';
import type { RunningPlatform } from '../../../local/start-platform';
import { ensureConsoleBuilt } from '../../../scripts/console-build';

/** Debian's Chromium (`.ci/run` installs the `chromium` package); `npx playwright install` cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'console');

export interface ConsoleUnderTest {
  readonly platform: RunningPlatform;
  readonly browser: Browser;
  /** The platform's address, where the console is served (`/` redirects to `/console/`). */
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The platform as `npm start` runs it (catalog installed, a generated demo population bulk-imported, demo messages
 * sent) with a smaller population, the console built, and Chromium with a fresh profile.
 */
export async function startConsoleUnderTest(options: { demoPatients?: number } = {}): Promise<ConsoleUnderTest> {
  ensureConsoleBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'console-test-'));
  const { startPlatform } = require('../../../local/start-platform') as typeof import('../../../local/start-platform');
  const platform = await startPlatform({ dataDir, demoPatients: options.demoPatients ?? 40 });
  let browser: Browser;
  try {
    // launch() gives every browser a fresh temporary profile (its own user-data dir), removed on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  } catch (error) {
    await platform.stop();
    throw error;
  }
  return {
    platform,
    browser,
    baseUrl: platform.stack.endpoints.api,
    async stop() {
      await browser.close();
      await platform.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface SignedIn {
  readonly context: BrowserContext;
  readonly page: Page;
  /** What the page logged as errors and uncaught exceptions: a test can assert there were none. */
  readonly errors: string[];
}

/** Opens the console in a fresh context, picks the role on the local sign-in page and waits for Home. */
export async function signIn(console: ConsoleUnderTest, role: Role, name?: string): Promise<SignedIn> {
  const context = await console.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A 401/403/404 the page handles shows as a failed resource load; the page's own errors are what count.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  await page.goto(`${console.baseUrl}/`);
  await page.getByRole('radio', { name: new RegExp(`^${ROLE_LABELS[role]}`) }).check();
  if (name) await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  return { context, page, errors };
}

export const ROLE_LABELS: Record<Role, string> = {
  'marketing-professional': 'Marketing professional',
  'event-planner': 'Event planner',
  'healthcare-user': 'Healthcare user',
  'non-clinical-user': 'Non-clinical user',
  'fhir-sync-admin': 'FHIR sync admin',
};

/** Follows a side-navigation link (a client-side route change: the session lives in memory, a reload ends it). */
export async function openFromNavigation(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Goes to a console route inside the app, as a link in the page would (no reload). */
export async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', `/console${to.startsWith('/') ? to : `/${to}`}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, route);
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules). */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the console's CSP (rightly) refuses an injected inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as axe.AxeResults;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
}

/**
 * Saves a screenshot of the page as `docs/console/<name>.png` when `CONSOLE_SCREENSHOTS=1` (the docs' pictures
 * are refreshed on purpose, not by every test run).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.CONSOLE_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
