import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import type { Role } from '../lambdas/domain/access/roles';
import { CONSOLE_DIST, ensureConsoleBuilt } from '../scripts/console-build';

/** Issue 15's budgets. */
export const CONSOLE_BUDGETS = { signInJsGzipBytes: 400_000, pageInteractiveMs: 1_000, liveCountMs: 1_000 } as const;

export interface ConsoleFigures {
  /** What the sign-in route loads before it can be used: the entry script, its preloaded chunks and the CSS. */
  readonly signIn: { readonly jsGzipBytes: number; readonly jsBytes: number; readonly cssGzipBytes: number };
  /** Navigation click to the page's heading shown and no loading indicator left, per page (median of 3). */
  readonly pages: { readonly role: Role; readonly page: string; readonly ms: number }[];
  /** `POST /segments/preview` of each catalog segment over the demo population (the builder's live count). */
  readonly liveCount: {
    readonly patients: number;
    readonly samples: number;
    readonly p50Ms: number;
    readonly maxMs: number;
  };
}

/** The files `index.html` makes the browser fetch before the sign-in page renders. */
export function signInRouteWeight(dist = CONSOLE_DIST): ConsoleFigures['signIn'] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/console\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const weigh = (ext: string) =>
    refs
      .filter((ref) => ref.endsWith(ext))
      .map((ref) => readFileSync(join(dist, ref)))
      .reduce((sum, file) => ({ raw: sum.raw + file.length, gzip: sum.gzip + gzipSync(file).length }), {
        raw: 0,
        gzip: 0,
      });
  const js = weigh('.js');
  return { jsGzipBytes: js.gzip, jsBytes: js.raw, cssGzipBytes: weigh('.css').gzip };
}

const PAGES_BY_ROLE: Record<string, readonly string[]> = {
  'marketing-professional': ['Segments', 'Templates', 'Journeys', 'Settings'],
  'healthcare-user': ['Patients', 'Messages', 'Activities'],
  'fhir-sync-admin': ['Ingestion', 'Audit'],
};
const LABELS: Record<string, string> = {
  'marketing-professional': 'Marketing professional',
  'healthcare-user': 'Healthcare user',
  'fhir-sync-admin': 'FHIR sync admin',
};

async function timeToInteractive(page: Page, title: string): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    const started = Date.now();
    await page.getByRole('navigation').getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[role="status"]').length === 0);
    runs.push(Date.now() - started);
  }
  return runs.sort((a, b) => a - b)[1] as number;
}

/**
 * The console against `npm start`'s platform with the demo population (BENCH_CONSOLE_PATIENTS, default 200 as
 * `npm start`), in Debian's Chromium.
 */
export async function benchConsole(): Promise<ConsoleFigures> {
  ensureConsoleBuilt();
  const signIn = signInRouteWeight();
  const patients = Number(process.env.BENCH_CONSOLE_PATIENTS ?? 200);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-console-'));
  const { startPlatform } = await import('../local/start-platform');
  const platform = await startPlatform({ dataDir, demoPatients: patients });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const pages: ConsoleFigures['pages'] = [];
    for (const [role, titles] of Object.entries(PAGES_BY_ROLE)) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await page.goto(`${platform.stack.endpoints.api}/`);
      await page.getByRole('radio', { name: new RegExp(`^${LABELS[role]}`) }).check();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
      for (const title of titles)
        pages.push({ role: role as Role, page: title, ms: await timeToInteractive(page, title) });
      await page.close();
    }

    const token = platform.stack.identity.issueToken({ role: 'marketing-professional' });
    const catalog = (await (
      await fetch(`${platform.stack.endpoints.api}/segments/catalog`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { items: { definition: unknown }[] };
    const times: number[] = [];
    for (const entry of catalog.items) {
      const started = performance.now();
      const response = await fetch(`${platform.stack.endpoints.api}/segments/preview`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ definition: entry.definition }),
      });
      await response.text();
      if (response.ok) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return {
      signIn,
      pages,
      liveCount: {
        patients,
        samples: times.length,
        p50Ms: times[Math.floor(times.length / 2)] ?? Number.NaN,
        maxMs: times[times.length - 1] ?? Number.NaN,
      },
    };
  } finally {
    await browser.close();
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describeConsole(figures: ConsoleFigures): string[] {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;
  const slowest = Math.max(...figures.pages.map((p) => p.ms));
  return [
    `console sign-in route: ${kb(figures.signIn.jsGzipBytes)} JavaScript gzipped (${kb(figures.signIn.jsBytes)} minified; target ≤ ${kb(CONSOLE_BUDGETS.signInJsGzipBytes)}), CSS ${kb(figures.signIn.cssGzipBytes)} gzipped`,
    `console pages, click to interactive (median of 3; target ≤ ${CONSOLE_BUDGETS.pageInteractiveMs} ms): ${figures.pages.map((p) => `${p.page} ${p.ms} ms`).join(', ')}; slowest ${slowest} ms`,
    `segment builder live count (POST /segments/preview, ${figures.liveCount.patients} patients, ${figures.liveCount.samples} catalog segments): p50 ${figures.liveCount.p50Ms.toFixed(0)} ms, max ${figures.liveCount.maxMs.toFixed(0)} ms (target ≤ ${CONSOLE_BUDGETS.liveCountMs} ms)`,
  ];
}
