import { startDynamoDbLocal, createPlatformTables, localDynamoClient } from '../local/dynamodb/dynamodb-local';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoIngestionStore } from '../lambdas/adapters/dynamodb/ingestion-store';
import { validateFhirChange } from '../lambdas/domain/ingestion/validate-change';
import { applyValidChange } from '../lambdas/domain/ingestion/ingest';
import { generatePopulation } from '../local/synthetic/population';
(async () => {
  const mode = process.argv[2]; const conc = Number(process.argv[3]);
  const d = await startDynamoDbLocal(mode === 'disk' ? { dataDir: '/tmp/probe/ddb-' + Date.now() } : {});
  const t = await createPlatformTables(d.endpoint, 'p');
  const store = new DynamoIngestionStore(DynamoDBDocumentClient.from(localDynamoClient(d.endpoint), { marshallOptions: { removeUndefinedValues: true } }), t.Patients!);
  const changes: any[] = [];
  for (const p of generatePopulation({ count: 60, seed: 1, now: new Date() })) for (const r of [p.patient, ...p.resources]) { const v = validateFhirChange({ action: 'update', resource: r, occurredAt: '2026-01-01T00:00:00Z' }, { maxResourceBytes: 200000 }); if (v.ok) changes.push(v.change); }
  const clock = { now: () => new Date() };
  const t0 = Date.now();
  for (let i = 0; i < changes.length; i += conc) await Promise.all(changes.slice(i, i + conc).map((c) => applyValidChange(c, store, clock)));
  const s = (Date.now() - t0) / 1000;
  console.log(mode, conc, changes.length, 'resources', (changes.length / s).toFixed(0), '/s');
  await d.stop(); process.exit(0);
})();
