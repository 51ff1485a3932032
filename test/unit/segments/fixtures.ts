import type { ClinicalFacts, PatientFacts } from '../../../lambdas/domain/fhir/facts';
import { compilesLocally } from '../../../lambdas/domain/fhir/local-fhirpath';
import { compileSegment } from '../../../lambdas/domain/segments/compile-segment';
import type { CriteriaNode } from '../../../lambdas/domain/segments/definition-schema';
import type { EngagementFact, PatientSnapshot, SnapshotResource } from '../../../lambdas/domain/segments/snapshot';
import { validateSegment } from '../../../lambdas/domain/segments/validate-segment';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';

export function patientFacts(overrides: Partial<PatientFacts> = {}): PatientFacts {
  return { kind: 'Patient', active: true, languages: [], deceased: false, ...overrides };
}

export function resource(facts: Partial<ClinicalFacts> & Pick<ClinicalFacts, 'kind'>, raw?: unknown): SnapshotResource {
  return {
    resourceType: facts.kind,
    resourceId: `r-${Math.random().toString(36).slice(2, 8)}`,
    facts: { codes: [], categories: [], ...facts },
    resource: raw,
  };
}

export function snapshot(parts: Partial<Omit<PatientSnapshot, 'patientId'>> = {}): PatientSnapshot {
  return { patientId: 'p1', resources: [], engagement: [], memberships: new Set(), ...parts };
}

export function engagement(fact: EngagementFact): EngagementFact {
  return fact;
}

/** Validates then compiles, failing loudly: tests must only ever evaluate definitions that validate. */
export function segmentOf(criteria: CriteriaNode) {
  const result = validateSegment(
    { schemaVersion: 1, id: 'test-segment', name: 'Test', description: '', criteria },
    compilesLocally,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return compileSegment(result.definition);
}
