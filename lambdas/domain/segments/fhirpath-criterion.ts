import { fhirpathEngine } from '../fhir/fhirpath-engine';
import { type CompiledCriterion, decided, leaf, UNKNOWN } from './explanation';
import type { PatientSnapshot } from './snapshot';

function bundleOf(snapshot: PatientSnapshot): { resourceType: 'Bundle'; entry: { resource: unknown }[] } {
  const entry: { resource: unknown }[] = [];
  if (snapshot.patientResource !== undefined) entry.push({ resource: snapshot.patientResource });
  for (const { resource } of snapshot.resources) if (resource !== undefined) entry.push({ resource });
  return { resourceType: 'Bundle', entry };
}

/**
 * The escape hatch: a FHIRPath expression over a Bundle of the patient's raw resources, Patient first.
 * The injected clock is available as `%now` (date-time) and `%today` (date), as strings. When the answer
 * will change cannot be known, so its next change is UNKNOWN.
 */
export function compileFhirPath(expression: string, path: string): CompiledCriterion {
  const { fhirpath, r4Model } = fhirpathEngine();
  const evaluate = fhirpath.compile(expression, r4Model);
  return (snapshot, now, explain) => {
    const iso = new Date(now).toISOString();
    let result: unknown;
    try {
      result = evaluate(bundleOf(snapshot), { now: iso, today: iso.slice(0, 10) });
    } catch {
      return explain ? leaf('fhirpath', path, false, 'FHIRPath evaluation failed', UNKNOWN) : decided(false, UNKNOWN);
    }
    const values = Array.isArray(result) ? result : [];
    const matched = values.length > 0 && values.some((value) => value !== false);
    if (!explain) return decided(matched, UNKNOWN);
    const outcome = matched ? 'true' : values.length === 0 ? 'empty' : 'false';
    return leaf('fhirpath', path, matched, `FHIRPath result is ${outcome}`, UNKNOWN);
  };
}
