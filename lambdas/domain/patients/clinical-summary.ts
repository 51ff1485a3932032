import type { ClinicalFacts, QuantityFact } from '../fhir/facts';
import { compact } from './patient-summary';
import type { PatientResource } from './ports';

/**
 * The clinical part of the 360 view, only ever assembled for callers with `patients:read-clinical`.
 * Built from the projected facts, with display texts looked up in the raw resource. Each list is newest
 * first and holds at most `CLINICAL_LIST_LIMIT` items beside the total, so a patient with years of
 * history still gives a response of bounded size.
 */
export const CLINICAL_LIST_LIMIT = 50;

export interface CodeView {
  readonly system?: string;
  readonly code: string;
  readonly display?: string;
}

export interface ValueView {
  readonly quantity?: QuantityFact;
  readonly codes?: readonly CodeView[];
  readonly components?: readonly { readonly codes: readonly CodeView[]; readonly quantity?: QuantityFact }[];
}

export interface ClinicalItem {
  readonly id: string;
  readonly codes: readonly CodeView[];
  readonly categories: readonly CodeView[];
  readonly status?: string;
  readonly verification?: string;
  readonly date?: string;
  readonly end?: string;
  readonly classCode?: string;
  readonly value?: ValueView;
}

export interface ClinicalList {
  readonly total: number;
  readonly items: readonly ClinicalItem[];
}

export interface LatestObservation extends ClinicalItem {
  /** How many observations share this code. */
  readonly count: number;
}

export interface ClinicalSummary {
  readonly conditions: ClinicalList;
  readonly observations: ClinicalList & { readonly latest: readonly LatestObservation[] };
  readonly procedures: ClinicalList;
  readonly immunizations: ClinicalList;
  readonly medicationRequests: ClinicalList;
  readonly allergies: ClinicalList;
  readonly encounters: ClinicalList;
  readonly episodesOfCare: ClinicalList;
  readonly serviceRequests: ClinicalList;
  /** With their service types and categories; the scheduling-only view of appointments is not clinical. */
  readonly appointments: ClinicalList;
}

const LISTS = {
  conditions: 'Condition',
  procedures: 'Procedure',
  immunizations: 'Immunization',
  medicationRequests: 'MedicationRequest',
  allergies: 'AllergyIntolerance',
  encounters: 'Encounter',
  episodesOfCare: 'EpisodeOfCare',
  serviceRequests: 'ServiceRequest',
  appointments: 'Appointment',
} as const satisfies Partial<Record<keyof ClinicalSummary, PatientResource['resourceType']>>;

export function clinicalSummaryOf(resources: readonly PatientResource[]): ClinicalSummary {
  const byType = (type: PatientResource['resourceType']) =>
    newestFirst(resources.filter((r) => r.resourceType === type).map(clinicalItemOf));
  const lists = Object.fromEntries(
    Object.entries(LISTS).map(([name, type]) => [name, limited(byType(type))]),
  ) as Record<keyof typeof LISTS, ClinicalList>;
  const observations = byType('Observation');
  return { ...lists, observations: { ...limited(observations), latest: latestPerCode(observations) } };
}

function clinicalItemOf(resource: PatientResource): ClinicalItem {
  const facts: ClinicalFacts = resource.facts;
  const displays = displaysIn(resource.resource);
  const view = (codes: readonly string[]) => codes.map((c) => codeView(c, displays));
  const value =
    facts.quantity || facts.valueCodes || facts.components
      ? compact<ValueView>({
          quantity: facts.quantity,
          codes: facts.valueCodes ? view(facts.valueCodes) : undefined,
          components: facts.components?.map((c) => compact({ codes: view(c.codes), quantity: c.quantity })),
        })
      : undefined;
  return compact({
    id: resource.resourceId,
    codes: view(facts.codes),
    // AllergyIntolerance categories are bare codes (food, medication, …), the others `system|code`.
    categories: view(facts.categories),
    status: facts.status,
    verification: facts.verification,
    date: facts.date,
    end: facts.end,
    classCode: facts.classCode,
    value,
  });
}

function codeView(token: string, displays: ReadonlyMap<string, string>): CodeView {
  const separator = token.lastIndexOf('|');
  const system = separator < 0 ? undefined : token.slice(0, separator);
  const code = separator < 0 ? token : token.slice(separator + 1);
  return compact({ system: system || undefined, code, display: displays.get(token) });
}

/** `system|code` → display of every coding in a resource, wherever it sits. */
function displaysIn(resource: unknown): Map<string, string> {
  const displays = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === 'object') {
      const coding = node as { system?: unknown; code?: unknown; display?: unknown };
      if (typeof coding.code === 'string' && typeof coding.display === 'string') {
        displays.set(`${typeof coding.system === 'string' ? coding.system : ''}|${coding.code}`, coding.display);
      }
      for (const value of Object.values(node)) visit(value);
    }
  };
  visit(resource);
  return displays;
}

function newestFirst(items: ClinicalItem[]): ClinicalItem[] {
  return items.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}

function limited(items: readonly ClinicalItem[]): ClinicalList {
  return { total: items.length, items: items.slice(0, CLINICAL_LIST_LIMIT) };
}

/** The most recent observation of each primary code, with how many there are of it. */
function latestPerCode(newest: readonly ClinicalItem[]): LatestObservation[] {
  const latest = new Map<string, LatestObservation>();
  for (const item of newest) {
    const first = item.codes[0];
    const key = first ? `${first.system ?? ''}|${first.code}` : `#${item.id}`;
    const seen = latest.get(key);
    latest.set(key, seen ? { ...seen, count: seen.count + 1 } : { ...item, count: 1 });
  }
  return [...latest.values()];
}
