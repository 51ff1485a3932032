import type * as fhir4 from 'fhir/r4';
import { type Coding, SYSTEMS } from './code-systems';
import { type ClinicClock, HOUR, iso, YEAR } from './time';

/** The resource types the generator emits, as a closed union so callers can narrow on `resourceType`. */
export type SyntheticResource =
  | fhir4.Patient
  | fhir4.Condition
  | fhir4.Observation
  | fhir4.Encounter
  | fhir4.Immunization
  | fhir4.Procedure
  | fhir4.Appointment
  | fhir4.MedicationRequest;
export type SyntheticResourceType = SyntheticResource['resourceType'];
export type AdministrativeGender = NonNullable<fhir4.Patient['gender']>;

/** What every part of one patient's record is built against, and the resources built so far. */
export interface RecordContext {
  readonly idPrefix: string;
  readonly subject: { readonly reference: string };
  readonly now: number;
  /** The moment the record stops: now, or the moment of death. */
  readonly asOf: number;
  readonly birth: number;
  readonly sex: AdministrativeGender;
  readonly clock: ClinicClock;
  readonly resources: SyntheticResource[];
  readonly counters: Map<string, number>;
}

export function nextId(ctx: RecordContext, kind: string): string {
  const n = (ctx.counters.get(kind) ?? 0) + 1;
  ctx.counters.set(kind, n);
  return `${ctx.idPrefix}-${kind}-${n}`;
}

/** Records are written shortly after the event they describe, and never after now. */
export function metaAt(ctx: RecordContext, eventMs: number): fhir4.Meta {
  return { versionId: '1', lastUpdated: iso(Math.min(ctx.now, eventMs + HOUR)) };
}

export function ageAt(ctx: RecordContext, ms: number): number {
  return (ms - ctx.birth) / YEAR;
}

/** Fresh objects each time, so no two resources share (and can mutate) a nested value. */
export function concept(coding: Coding): fhir4.CodeableConcept {
  return {
    coding: [{ ...coding }],
    text: coding.display.replace(/ \((disorder|finding|procedure|qualifier value)\)$/, ''),
  };
}

export function quantity(value: number, unit: { unit: string; code: string }): fhir4.Quantity {
  return { value, unit: unit.unit, system: SYSTEMS.ucum, code: unit.code };
}
