import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventBridgeEvent } from 'aws-lambda';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../lambdas/domain/events/event-names';
import { installCatalogSegments } from '../local/demo/install-segments';
import { writePopulationFiles } from '../local/demo/population-files';
import { localLambdaContext } from '../local/lambda-context';
import type { LocalStack } from '../local/local-stack';
import { generatePopulation } from '../local/synthetic/population';

export interface ReevaluationLatency {
  readonly segments: number;
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

type Handler = (event: EventBridgeEvent<string, unknown>, context: unknown) => Promise<unknown>;

/**
 * One incremental re-evaluation through the local stack, as the Patient Facts Changed rule runs it: the
 * evaluation handler reads the patient's partition from DynamoDB Local, evaluates every active catalog
 * segment, writes the differences and puts the announcement on the bus. Timed per invocation.
 */
export async function benchSegmentReevaluation(
  stack: LocalStack,
  options: { readonly patients?: number; readonly samples?: number; readonly warmUp?: number; readonly now: Date },
): Promise<ReevaluationLatency> {
  // A population of its own, imported before the segments are live; their activation computes everyone, so
  // the timed re-evaluations are those of a patient whose facts changed (mostly without a membership change).
  const count = options.patients ?? 200;
  const folder = mkdtempSync(join(tmpdir(), 'outreach-bench-segments-'));
  writePopulationFiles({ folder, count, seed: 11, now: options.now });
  await stack.bulkImport(folder);
  rmSync(folder, { recursive: true, force: true });
  const patientIds = [...generatePopulation({ count, seed: 11, now: options.now })].map((p) => p.patient.id as string);
  const segments = await installCatalogSegments(stack, 'bench');
  // The module the local stack already loaded: the same instance, configured for this stack.
  const { handler } = require('../lambdas/handlers/evaluate-patient-segments') as { handler: Handler };
  const samples = options.samples ?? 500;
  const warmUp = options.warmUp ?? 30;
  const timings: number[] = [];
  for (let i = 0; i < warmUp + samples; i++) {
    const patientId = patientIds[i % patientIds.length] as string;
    const event: EventBridgeEvent<string, unknown> = {
      version: '0',
      id: `bench-${i}`,
      'detail-type': DetailType.PatientFactsChanged,
      source: PLATFORM_EVENT_SOURCE,
      account: '000000000000',
      time: stack.clock.now().toISOString(),
      region: 'us-east-1',
      resources: [],
      detail: {
        patientId,
        changedTypes: ['Observation'],
        changes: [{ resourceType: 'Observation', resourceId: `bench-${i}`, action: 'update' }],
        occurredAt: stack.clock.now().toISOString(),
      },
    };
    const started = process.hrtime.bigint();
    await handler(event, localLambdaContext('EvaluatePatientSegments'));
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (i >= warmUp) timings.push(elapsed);
  }
  await stack.bus.drain();
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] as number;
  return { segments, samples, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: timings.at(-1) as number };
}
