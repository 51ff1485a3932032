/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
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
let page: Page;

beforeAll(async () => {
  underTest = await startConsoleUnderTest();
  session = await signIn(underTest, 'marketing-professional');
  page = session.page;
}, 180_000);

afterAll(async () => {
  await session?.context.close();
  await underTest?.stop();
}, 60_000);

/** The text of the messages a control is described by: Cloudscape links a field's error and warning to it. */
const descriptionOf = (control: Locator) =>
  control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

const smsText = () => page.getByRole('textbox', { name: 'Text', exact: true });
const counter = () => page.getByTestId('sms-counter');

async function openTemplate(templateId: string, name: string) {
  await goTo(page, `/templates/${templateId}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('the templates list', () => {
  it("shows the organisation's templates and the catalog to copy from, accessibly", async () => {
    await openFromNavigation(page, 'Templates');
    await page.getByRole('link', { name: 'Appointment reminder (SMS, 24 hours and 2 hours)', exact: true }).waitFor();

    expect(await page.getByRole('link', { name: /^Copy / }).count()).toBeGreaterThan(5);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'templates');
  });

  it('copies a catalog template into a new draft with its own id', async () => {
    await page.getByRole('link', { name: 'Copy Appointment reminder (SMS, 24 hours and 2 hours)' }).click();
    await page.getByRole('heading', { level: 1, name: 'New template' }).waitFor();

    expect(await page.getByRole('textbox', { name: 'Template id' }).inputValue()).toBe('appointment-reminder-sms-copy');
    expect(await smsText().inputValue()).toContain('Reply C to confirm');
  });
});

describe('the template editor', () => {
  beforeAll(() => openTemplate('appointment-reminder-sms', 'Appointment reminder (SMS, 24 hours and 2 hours)'));

  it('renders the draft with sample data as it is edited', async () => {
    await counter().waitFor();
    await smsText().fill('Hi {{ patient.givenName }}, the flu clinic is open on Saturday.');

    await page.getByText('Hi Alexandra, the flu clinic is open on Saturday.', { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('counts GSM-7 until a character outside it is typed, then UCS-2', async () => {
    await page.getByText('Hi Alexandra, the flu clinic is open on Saturday.', { exact: true }).waitFor();
    expect(await counter().textContent()).toMatch(/Encoding\s*GSM-7/);

    await smsText().fill('Hi {{ patient.givenName }}, the flu clinic is open on Saturday ✓');

    await page.getByText('Hi Alexandra, the flu clinic is open on Saturday ✓', { exact: true }).waitFor();
    const text = await counter().textContent();
    expect(text).toMatch(/Encoding\s*UCS-2/);
    expect(text).not.toContain('GSM-7');
  });

  it('shows an invalid Liquid expression as an error on the field it is in', async () => {
    await smsText().fill('Hi {{ patient.givenName | shout }}');

    await page
      .getByText(/undefined filter: shout/)
      .first()
      .waitFor();
    expect(await descriptionOf(smsText())).toMatch(/undefined filter: shout/);
    expect(await page.getByRole('tab', { name: /SMS \(1 error\)/ }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('saves the draft as a new version', async () => {
    await smsText().fill(
      '{{ organisation.name }}: Hi {{ patient.givenName }}, your appointment is {{ appointment.startDate }}.',
    );
    await page.getByText(/^.+: Hi Alexandra, your appointment is .+\.$/).waitFor();
    expect(await descriptionOf(smsText())).not.toMatch(/undefined filter/);

    await page.getByRole('button', { name: 'Save as new version' }).click();

    await page.getByText('Saved as version 2.').waitFor();
    const versions = page.getByRole('table').filter({ hasText: 'Created' });
    expect(await versions.getByRole('row').count()).toBe(3); // the header and two versions
    expect(await versions.textContent()).toContain('2 (latest)');
    expect(await smsText().inputValue()).toContain('your appointment is');
  });

  it('previews an email at phone and desktop widths in a frame that runs no script', async () => {
    await openTemplate('appointment-reminder-email', 'Appointment reminder (email, 72 hours)');
    const frame = page.locator('iframe[title^="Email preview"]');
    await frame.waitFor();
    await page.frameLocator('iframe[title^="Email preview"]').getByText('Hi Alexandra,').waitFor();

    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.evaluate((element) => element.getBoundingClientRect().width)).toBe(375);
    await page.getByRole('button', { name: /^Desktop \(/ }).click();
    expect(await frame.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(375);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Phone \(/ }).click();
    await screenshot(page, 'template-editor');
  });

  it('logged no errors in the page', () => {
    expect(session.errors).toEqual([]);
  });
});
