import { patientReferencesOf } from '../fhir/references';
import { isAcceptedResourceType } from '../fhir/resource-types';
import type { Clock } from '../ports';
import type { ImportJobSummary } from './import-job';
import type { DeadLetterEntry } from './ports';
import type { RejectionCode } from './rejection';
import { type ReplayableEvent, replayPlan, type UnreplayableReason } from './replay';

/**
 * What `fhir-sync-admin` operates on: the dead-letter store (inspect, replay after a fix) and the
 * bulk-import workflow (start, follow). The ports are structural, so `DynamoDeadLetterStore`,
 * `EventBridgePublisher` and `DynamoImportJobStore` satisfy them as they are.
 */
export type DeadLetterStatus = 'open' | 'replayed';

export interface StoredDeadLetter extends DeadLetterEntry {
  readonly status: DeadLetterStatus;
  readonly replayedAt?: string;
}

export interface DeadLetterPage {
  readonly items: readonly StoredDeadLetter[];
  /** Opaque to the domain; handed back to `list` for the next page. */
  readonly cursor?: string;
}

export interface DeadLetterInbox {
  get(id: string): Promise<StoredDeadLetter | undefined>;
  /** Newest first. */
  list(status: DeadLetterStatus, limit: number, cursor?: string): Promise<DeadLetterPage>;
  markReplayed(id: string, at: Date): Promise<void>;
}

/** One event as the platform bus takes it (the fields of a `PutEvents` entry). */
export interface BusEntry {
  readonly EventBusName: string;
  readonly Source: string;
  readonly DetailType: string;
  readonly Detail: string;
}

export interface EventBus {
  put(entries: readonly BusEntry[]): Promise<void>;
}

export interface BulkImportRequest {
  /** Also the workflow's execution name, so starting the same job twice starts it once. */
  readonly jobId: string;
  /** Where the files are, relative to the import root (the import bucket on AWS, a folder locally). */
  readonly prefix: string;
  readonly asOf?: string;
}

export interface BulkImportStarter {
  start(request: BulkImportRequest): Promise<void>;
}

export interface ImportJobReader {
  get(jobId: string): Promise<ImportJobSummary | undefined>;
}

export interface IngestionOperationsServices {
  readonly deadLetters: DeadLetterInbox;
  readonly bus: EventBus;
  readonly busName: string;
  /** The source bulk-import rejections replay under (they kept only the detail of a FHIR change). */
  readonly upstreamEventSource: string;
  readonly importJobs: ImportJobReader;
  readonly importStarter: BulkImportStarter;
  readonly clock: Clock;
  readonly newId: () => string;
}

/** A dead letter without its payload: what a list shows (the payload may hold PHI). */
export type DeadLetterSummary = Omit<StoredDeadLetter, 'payload'>;

export function summarizeDeadLetter(entry: StoredDeadLetter): DeadLetterSummary {
  const { payload: _payload, ...summary } = entry;
  return summary;
}

/**
 * The patient a dead letter's payload is about, for the audit trail: reading or replaying it shows
 * that patient's data. A FHIR change names the patient in its resource (the first when it names
 * several); a platform event by its `patientId`. Undefined when the payload names no patient.
 */
export function patientOfDeadLetter(entry: Pick<DeadLetterEntry, 'origin' | 'payload'>): string | undefined {
  const plan = replayPlan(entry, '');
  if (!plan.replayable) return undefined;
  const { detail } = plan.event;
  const resource = detail.resource as Record<string, unknown> | undefined;
  if (!resource) return typeof detail.patientId === 'string' ? detail.patientId : undefined;
  if (!isAcceptedResourceType(resource.resourceType)) return undefined;
  const references = patientReferencesOf(resource as Parameters<typeof patientReferencesOf>[0]);
  return references.kind === 'patients' ? references.patientIds[0] : undefined;
}

export type ReplayOutcome =
  | { readonly outcome: 'replayed'; readonly id: string; readonly replayedAt: string }
  | { readonly outcome: 'not-found' }
  | { readonly outcome: 'already-replayed'; readonly replayedAt?: string }
  | { readonly outcome: 'unreplayable'; readonly reason: UnreplayableReason };

export type ReplayServices = Pick<
  IngestionOperationsServices,
  'deadLetters' | 'bus' | 'busName' | 'upstreamEventSource' | 'clock'
>;

/**
 * Puts a dead letter's event back on the bus with its original source and detail-type, and marks it
 * replayed. Every rule that matched it matches it again, not only the consumer that failed: the
 * consumers are idempotent (docs/audit-and-operations.md), so the others absorb it. The bus put comes
 * first: a crash in between replays it again next time, whereas the other order could lose the event.
 */
export async function replayDeadLetter(
  entry: StoredDeadLetter | undefined,
  services: ReplayServices,
): Promise<ReplayOutcome> {
  if (!entry) return { outcome: 'not-found' };
  if (entry.status === 'replayed') return { outcome: 'already-replayed', replayedAt: entry.replayedAt };
  const plan = replayPlan(entry, services.upstreamEventSource);
  if (!plan.replayable) return { outcome: 'unreplayable', reason: plan.reason };
  const at = services.clock.now();
  await services.bus.put([redelivery(plan.event, services.busName)]);
  await services.deadLetters.markReplayed(entry.id, at);
  return { outcome: 'replayed', id: entry.id, replayedAt: at.toISOString() };
}

const REJECTION_CODE_SET: Readonly<Record<RejectionCode, true>> = {
  'malformed-event': true,
  'unsupported-resource-type': true,
  'resource-too-large': true,
  'stamp-in-future': true,
  'invalid-resource': true,
  'unresolvable-patient-reference': true,
  'processing-failed': true,
};

/** Every rejection code, for request validation (the record above fails to compile when one is missing). */
export const REJECTION_CODES = Object.keys(REJECTION_CODE_SET) as RejectionCode[];

export interface ReplayFilter {
  readonly code?: RejectionCode;
  readonly resourceType?: string;
  /** Only events of this detail-type: after a consumer's outage, the events it failed. */
  readonly detailType?: string;
}

export interface BulkReplayResult {
  /** Open entries looked at in this call. */
  readonly examined: number;
  readonly replayed: number;
  /** Open entries the filter left alone. */
  readonly skipped: number;
  /** Open entries that hold no event to replay (left open). */
  readonly unreplayable: number;
  /** Present while open entries remain past the ones examined; pass it to the next call. */
  readonly cursor?: string;
}

/** How many open entries one call looks at: enough for a sizeable outage, small enough for an API request. */
export const MAX_REPLAY_PER_CALL = 500;
const REPLAY_PAGE_SIZE = 100;

/**
 * Replays the open dead letters that match the filter, newest first, looking at no more than `budget`
 * entries. Replayed entries leave the open list; the cursor steps past those left open.
 */
export async function replayOpenDeadLetters(
  filter: ReplayFilter,
  cursor: string | undefined,
  services: IngestionOperationsServices,
  budget = MAX_REPLAY_PER_CALL,
): Promise<BulkReplayResult> {
  let examined = 0;
  let replayed = 0;
  let skipped = 0;
  let unreplayable = 0;
  let next = cursor;
  do {
    const page = await services.deadLetters.list('open', Math.min(REPLAY_PAGE_SIZE, budget - examined), next);
    next = page.cursor;
    examined += page.items.length;
    const due: { entry: StoredDeadLetter; event: ReplayableEvent }[] = [];
    for (const entry of page.items) {
      if (!matches(entry, filter)) {
        skipped++;
        continue;
      }
      const plan = replayPlan(entry, services.upstreamEventSource);
      if (plan.replayable) due.push({ entry, event: plan.event });
      else unreplayable++;
    }
    if (due.length > 0) {
      const at = services.clock.now();
      await services.bus.put(due.map(({ event }) => redelivery(event, services.busName)));
      await Promise.all(due.map(({ entry }) => services.deadLetters.markReplayed(entry.id, at)));
      replayed += due.length;
    }
  } while (next !== undefined && examined < budget);
  return { examined, replayed, skipped, unreplayable, ...(next === undefined ? {} : { cursor: next }) };
}

/** Starts a bulk import under a new job id; the workflow records the job once it has listed the files. */
export async function startBulkImport(
  request: Omit<BulkImportRequest, 'jobId'>,
  services: Pick<IngestionOperationsServices, 'importStarter' | 'newId'>,
): Promise<{ jobId: string }> {
  const jobId = services.newId();
  await services.importStarter.start({ ...request, jobId });
  return { jobId };
}

function matches(entry: StoredDeadLetter, filter: ReplayFilter): boolean {
  return (
    (filter.code === undefined || entry.rejection.code === filter.code) &&
    (filter.resourceType === undefined || entry.resourceType === filter.resourceType) &&
    (filter.detailType === undefined || entry.detailType === filter.detailType)
  );
}

function redelivery(event: ReplayableEvent, busName: string): BusEntry {
  return {
    EventBusName: busName,
    Source: event.source,
    DetailType: event.detailType,
    Detail: JSON.stringify(event.detail),
  };
}
