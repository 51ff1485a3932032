import type { PatientFactsChangedDetail } from '../events/event-schemas';
import type { AcceptedResourceType } from '../fhir/resource-types';
import type { Rejection } from './rejection';
import type { ValidChange } from './validate-change';
import type { AppliedVersion } from './version-stamp';

export interface ResourceKey {
  readonly resourceType: AcceptedResourceType;
  readonly resourceId: string;
}

/** `Type/id`: how a batch keys the resources it touches. */
export const resourceKeyString = (key: ResourceKey): string => `${key.resourceType}/${key.resourceId}`;

/** The patient store as ingestion sees it: version records plus the projected resources. */
export interface IngestionStore {
  getAppliedVersion(key: ResourceKey): Promise<AppliedVersion | undefined>;
  /** The version records of many resources in one strongly consistent read, keyed by `resourceKeyString`. */
  getAppliedVersions(keys: readonly ResourceKey[]): Promise<ReadonlyMap<string, AppliedVersion>>;
  /**
   * Writes the change atomically — version record, projected items under each patient, removal from
   * patients no longer referenced — on condition that the version record is still `expected`.
   */
  applyChange(
    change: ValidChange,
    expected: AppliedVersion | undefined,
    pendingPatientIds: readonly string[],
    appliedAt: Date,
  ): Promise<'applied' | 'conflict'>;
  markAnnounced(key: ResourceKey, revision: number): Promise<void>;
}

export interface FactsChangedPublisher {
  publishFactsChanged(details: readonly PatientFactsChangedDetail[]): Promise<void>;
}

export interface DeadLetterEntry {
  /** Deterministic: the same rejected event is recorded once however often it is delivered. */
  readonly id: string;
  readonly receivedAt: string;
  /** `provider-feedback`: an SES or SMS event that breaks the provider's documented shape (not replayable). */
  readonly origin: 'event' | 'bulk-import' | 'delivery-failure' | 'provider-feedback';
  readonly rejection: Rejection;
  readonly resourceType?: string;
  readonly resourceId?: string;
  readonly correlationId?: string;
  /** The original event (or import line), kept encrypted at rest so that it can be replayed after a fix. */
  readonly payload: unknown;
}

export interface DeadLetterStore {
  record(entry: DeadLetterEntry): Promise<void>;
}
