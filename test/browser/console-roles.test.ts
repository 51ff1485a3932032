/// <reference lib="dom" />
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../lambdas/domain/access/roles';
import {
  type ConsoleUnderTest,
  goTo,
  openFromNavigation,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  startConsoleUnderTest,
} from './support/console-browser';

/** The side-navigation pages and the permission each needs (the console's own page table says the same). */
const NAV_PAGES = [
  { title: 'Patients', route: '/patients', permission: 'patients:search' },
  { title: 'Messages', route: '/messages', permission: 'patients:read-engagement' },
  { title: 'Activities', route: '/activities', permission: 'activities:work' },
  { title: 'Segments', route: '/segments', permission: 'segments:manage' },
  { title: 'Templates', route: '/templates', permission: 'templates:manage' },
  { title: 'Journeys', route: '/journeys', permission: 'journeys:manage' },
  { title: 'Ingestion', route: '/ingestion', permission: 'ingestion:operate' },
  { title: 'Audit', route: '/audit', permission: 'audit:read' },
  { title: 'Settings', route: '/settings', permission: 'messaging:configure' },
] as const;

const allowed = (role: Role, permission: string) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission);

jest.setTimeout(120_000);

let underTest: ConsoleUnderTest;

beforeAll(async () => {
  underTest = await startConsoleUnderTest();
}, 180_000);

afterAll(async () => {
  await underTest?.stop();
}, 60_000);

describe('the console at the platform address', () => {
  it('shows the sign-in page, served with the security headers and no inline script', async () => {
    const response = await fetch(`${underTest.baseUrl}/console/`);
    const csp = response.headers.get('content-security-policy') ?? '';

    expect(response.status).toBe(200);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const context = await underTest.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${underTest.baseUrl}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    expect(new URL(page.url()).pathname).toBe('/console/');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    await context.close();
  });
});

describe.each(ROLES)('signed in as %s', (role) => {
  it('reaches every page its permissions allow, each accessible, and no other', async () => {
    const { page, context, errors } = await signIn(underTest, role);
    const navigation = page.getByRole('navigation');

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    for (const entry of NAV_PAGES) {
      const link = navigation.getByRole('link', { name: entry.title, exact: true });
      if (allowed(role, entry.permission)) {
        await openFromNavigation(page, entry.title);
        await page
          .getByRole('status')
          .waitFor({ state: 'detached' })
          .catch(() => undefined);
        expect([entry.title, await seriousAccessibilityViolations(page)]).toEqual([entry.title, []]);
        await screenshot(page, `${entry.route.slice(1)}-${role}`);
      } else {
        expect([entry.title, await link.count()]).toEqual([entry.title, 0]);
        await goTo(page, entry.route);
        await page.getByText('You do not have access to this page').waitFor();
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the session', () => {
  it('ends when the token expires, back on the sign-in page that says so', async () => {
    const context = await underTest.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${underTest.baseUrl}/`);
    await page.getByRole('radio', { name: /^Healthcare user/ }).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();

    await page.clock.fastForward('59:00');
    expect(await page.getByRole('heading', { level: 1, name: 'Home' }).isVisible()).toBe(true);
    await page.clock.fastForward('01:01');
    await page.getByText('Your session ended when its token expired').waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Home' }).count()).toBe(0);
    await context.close();
  });

  it('ends on sign-out, back on the sign-in page with nothing of the session left', async () => {
    const { page, context } = await signIn(underTest, 'non-clinical-user', 'Sam Lee');

    await page.getByRole('button', { name: /Sam Lee/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();

    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage, ...window.sessionStorage }));
    expect(stored).not.toMatch(/eyJ/); // no JWT kept anywhere in web storage
    await context.close();
  });
});
