import { costOf, monthlyCost, REFERENCE_CLINIC } from './clinic-model';
import { callsByOperation, totalsOf, unitsByTable } from './meter';
import { LAMBDA_ASSUMPTION, PRICES } from './prices';
import type { MeasuredUnit } from './reference-work';

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const dollars = (n: number) => `$${n < 0.01 ? n.toExponential(2) : n.toFixed(4)}`;

/** The per-unit table, the details of each unit, and the reference clinic's month. */
export function describeCost(units: readonly MeasuredUnit[]): string[] {
  const header = `  ${'unit of work'.padEnd(74)} ${'per'.padEnd(8)} ${'ddb calls'.padStart(9)} ${'RCU'.padStart(7)} ${'WCU'.padStart(7)} ${'events'.padStart(6)} ${'lambda'.padStart(6)} ${'transit.'.padStart(8)} ${'email'.padStart(5)} ${'sms'.padStart(4)} ${'push'.padStart(4)} ${'platform $'.padStart(10)} ${'sending $'.padStart(10)}`;
  const rows = units.map((unit) => {
    const t = totalsOf(unit.usage);
    const per = (n: number) => n / unit.count;
    const cost = costOf(t);
    return `  ${unit.name.padEnd(74)} ${unit.per.padEnd(8)} ${fixed(per(t.dynamoCalls)).padStart(9)} ${fixed(per(t.readUnits)).padStart(7)} ${fixed(per(t.writeUnits)).padStart(7)} ${fixed(per(t.eventChunks)).padStart(6)} ${fixed(per(t.invocations)).padStart(6)} ${fixed(per(t.transitions)).padStart(8)} ${fixed(per(t.emails), 1).padStart(5)} ${fixed(per(t.sms), 1).padStart(4)} ${fixed(per(t.push), 1).padStart(4)} ${dollars(per(cost.platform)).padStart(10)} ${dollars(per(cost.sending)).padStart(10)}`;
  });
  const details = units.flatMap((unit) => {
    const t = totalsOf(unit.usage);
    return [
      `  ${unit.name} — ${unit.count} ${unit.per}(s); totals: ${t.dynamoCalls} DynamoDB calls, ${fixed(t.readUnits, 1)} RCU, ${fixed(t.writeUnits, 1)} WCU, ${t.eventEntries} PutEvents entries (${t.eventChunks} chunks), ${t.invocations} invocations, ${t.transitions} transitions`,
      `    DynamoDB calls by operation: ${Object.entries(callsByOperation(unit.usage))
        .map(([op, n]) => `${op} ${n}`)
        .join(' · ')}`,
      `    units by table: ${Object.entries(unitsByTable(unit.usage))
        .map(([table, u]) => `${table} ${fixed(u.readUnits, 1)} RCU / ${fixed(u.writeUnits, 1)} WCU`)
        .join(' · ')}`,
      `    events: ${Object.entries(unit.usage.events)
        .map(([type, e]) => `${type} ${e.entries}`)
        .join(' · ')}`,
      `    invocations: ${Object.entries(unit.usage.invocations)
        .map(([fn, n]) => `${fn} ${n}`)
        .join(' · ')}`,
      ...(Object.keys(unit.usage.transitions).length
        ? [
            `    transitions: ${Object.entries(unit.usage.transitions)
              .map(([machine, n]) => `${machine} ${n}`)
              .join(' · ')}`,
          ]
        : []),
    ];
  });
  const month = monthlyCost(units);
  const c = REFERENCE_CLINIC;
  return [
    `cost, per unit of work, counted at the local stack's wire (prices: ${PRICES.region} on-demand, checked ${PRICES.checkedOn}; Lambda at ${LAMBDA_ASSUMPTION.memoryGb * 1024} MB × ${LAMBDA_ASSUMPTION.billedSeconds * 1000} ms assumed):`,
    header,
    ...rows,
    'cost, details:',
    ...details,
    `reference clinic, per ${month.patients} patients per month (${c.resourcesChangedPerPatient} resources changed, ${c.appointmentRemindersPerPatient} appointment reminders of which ${c.confirmingShare * 100}% confirmed, ${c.careGapsPerPatient} care-gap runs and ${c.staffSendsPerPatient} staff sends per patient):`,
    ...month.lines.map(
      (line) =>
        `  ${line.work.padEnd(38)} ${fixed(line.perMonth, 0).padStart(6)} × → platform ${dollars(line.platform).padStart(10)}, sending ${dollars(line.sending).padStart(10)}`,
    ),
    `  platform cost: $${fixed(month.platform, 4)} per ${month.patients} patients per month; sending fees on top: $${fixed(month.sending, 2)}`,
    `  Amazon Pinpoint targeting alone would have been $${fixed(month.pinpointTargeting.journeyAudience, 2)} (patients reached, email + SMS endpoints) to $${fixed(month.pinpointTargeting.wholePanel, 2)} (whole panel) per ${month.patients} patients per month beyond its 5,000 free endpoints`,
  ];
}
