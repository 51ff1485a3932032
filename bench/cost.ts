import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monthlyCost } from './cost/clinic-model';
import { describeCost } from './cost/describe-cost';
import { runCost } from './cost/run-cost';

/**
 * `npm run cost`: what each unit of reference work makes AWS bill, counted at the local stack's wire, and
 * dollars per 1,000 patients per month for the reference clinic (docs/cost.md). COST_EVENT_PATIENTS and
 * COST_IMPORT_PATIENTS size the population.
 */
async function main(): Promise<void> {
  const units = await runCost({
    // 10:00 in New York: outside every quiet period.
    now: new Date('2026-11-25T15:00:00Z'),
    eventPatients: Number(process.env.COST_EVENT_PATIENTS ?? 30),
    importPatients: Number(process.env.COST_IMPORT_PATIENTS ?? 30),
  });
  for (const line of describeCost(units)) console.log(line);
  const folder = join(__dirname, 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'cost.json'), `${JSON.stringify({ units, month: monthlyCost(units) }, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
