import { chromium } from 'playwright-core';

const base = 'http://127.0.0.1:4730';
async function main() {
  const [role, route, shot, ...clicks] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${base}/`);
  await page.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  await page.evaluate((to) => {
    window.history.pushState(null, '', `/console${to}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, route);
  await page.waitForTimeout(1500);
  for (const c of clicks) {
    await page.getByRole('tab', { name: c }).click();
    await page.waitForTimeout(1200);
  }
  await page.screenshot({ path: `/tmp/cp/${shot}.png`, fullPage: true });
  await browser.close();
}
main();
