import type * as fhir4 from 'fhir/r4';
import { parseFactsChangedDetail } from '../events/parse-facts-changed';
import type { Logger } from '../ports';
import { preferenceChangesFromConsent } from './consent-preferences';
import type { PatientDirectory, PreferenceStore } from './ports';
import type { RecordOutcome } from './preferences';

/** The Consents of one patient that an event reports changed. */
export interface ConsentChanges {
  readonly patientId: string;
  /** Created or updated: read back from the projection and applied. */
  readonly upserted: readonly string[];
  /** Deleted: nothing is undone (see `applyConsentPreferences`). */
  readonly deleted: readonly string[];
  /** When the change happened upstream: the instant the Consents are read as of. */
  readonly occurredAt: string;
}

/** The Consent changes of a Patient Facts Changed detail; undefined when it reports none. Throws on a malformed detail. */
export function consentChangesOf(detail: unknown): ConsentChanges | undefined {
  const facts = parseFactsChangedDetail(detail);
  const consents = facts.changes.filter((c) => c.resourceType === 'Consent');
  if (consents.length === 0) return undefined;
  const ids = (deleted: boolean) => [
    ...new Set(consents.filter((c) => (c.action === 'delete') === deleted).map((c) => c.resourceId)),
  ];
  return { patientId: facts.patientId, upserted: ids(false), deleted: ids(true), occurredAt: facts.occurredAt };
}

export interface ConsentPreferenceDependencies {
  readonly patients: Pick<PatientDirectory, 'listResources'>;
  readonly preferences: Pick<PreferenceStore, 'record'>;
  readonly logger: Logger;
}

export type ConsentApplication = Readonly<Record<RecordOutcome, number>> & {
  /** Changed Consents no longer projected (deleted since), so not applied. */
  readonly missing: number;
  /** Deleted Consents, whose preferences stay as recorded. */
  readonly deletedKept: number;
};

/**
 * Records the preferences the changed Consents state, with source `fhir-consent` and actor `Consent/<id>`.
 * Change ids come from the Consent's id, content hash, channel and topic, and the Consent is read as of
 * the event's `occurredAt`, so a redelivered event records nothing twice (`duplicate`).
 *
 * A deleted Consent undoes nothing: its preferences stay as recorded, because removing a Consent does
 * not say the patient opted back in; a later change (staff, patient, another Consent) replaces them.
 */
export async function applyConsentPreferences(
  changes: ConsentChanges,
  deps: ConsentPreferenceDependencies,
): Promise<ConsentApplication> {
  const counts = { applied: 0, superseded: 0, duplicate: 0, missing: 0, deletedKept: changes.deleted.length };
  const projected = changes.upserted.length > 0 ? await deps.patients.listResources(changes.patientId, 'Consent') : [];
  const asOf = new Date(changes.occurredAt);
  for (const consentId of changes.upserted) {
    const consent = projected.find((r) => r.resourceId === consentId)?.resource as fhir4.Consent | undefined;
    if (!consent) {
      counts.missing++;
      continue;
    }
    for (const change of preferenceChangesFromConsent(consent, changes.patientId, asOf)) {
      counts[await deps.preferences.record(change)]++;
    }
  }
  deps.logger.info('consent preferences applied', {
    patientId: changes.patientId,
    consentIds: [...changes.upserted, ...changes.deleted],
    ...counts,
  });
  return counts;
}
