import type * as fhir4 from 'fhir/r4';
import type { FhirResourceChangedDetail } from '../events/event-schemas';
import { projectFacts, type ResourceFacts } from '../fhir/facts';
import { validateR4Resource } from '../fhir/r4-schema-validator';
import { patientReferencesOf } from '../fhir/references';
import { ACCEPTED_RESOURCE_TYPES, type AcceptedResourceType, isAcceptedResourceType } from '../fhir/resource-types';
import type { Clock } from '../ports';
import { validateFhirResourceChanged } from '../validation/generated/validators';
import { nestingMessage, nestsDeeperThan } from '../validation/nesting';
import { typedValidator } from '../validation/validator';
import { canonicalJson, hashOfCanonical } from './content-hash';
import { type Rejection, rejection } from './rejection';
import type { VersionStamp } from './version-stamp';

/** A change that passed every check and is ready to be applied to the patient store. */
export interface ValidChange {
  readonly action: 'create' | 'update' | 'delete';
  readonly resourceType: AcceptedResourceType;
  readonly resourceId: string;
  readonly stamp: VersionStamp;
  readonly contentHash: string;
  readonly deleted: boolean;
  /** Empty for reference data (Location) and for deletes, whose patients come from the stored version. */
  readonly patientIds: readonly string[];
  readonly resource?: fhir4.FhirResource;
  readonly facts?: ResourceFacts;
}

export type ValidationResult =
  | { readonly ok: true; readonly change: ValidChange }
  | { readonly ok: false; readonly rejection: Rejection };

export interface ValidationLimits {
  /** Largest accepted resource, in UTF-8 bytes of its JSON. */
  readonly maxResourceBytes: number;
  /**
   * Refuse version stamps (`meta.lastUpdated`, `occurredAt`) later than the clock allows by more than the
   * tolerance: a resource stamped in 2999 would make every later correction, even its delete, look stale.
   */
  readonly futureStamps?: { readonly clock: Clock; readonly toleranceSeconds: number };
}

const DELETED_HASH = 'deleted';

const validateDetail = typedValidator<FhirResourceChangedDetail>(validateFhirResourceChanged);

/** Validates one `FHIR Resource Changed` detail: envelope, type, size, R4 shape, patient reference. */
export function validateFhirChange(detail: unknown, limits: ValidationLimits): ValidationResult {
  if (nestsDeeperThan(detail)) return reject('invalid-resource', nestingMessage('the event detail'));
  const type = resourceTypeOf(detail);
  if (typeof type === 'string' && !isAcceptedResourceType(type)) {
    return reject(
      'unsupported-resource-type',
      `resourceType '${type.slice(0, 64)}' is not accepted; accepted types are ${ACCEPTED_RESOURCE_TYPES.join(', ')}`,
    );
  }
  if (!validateDetail(detail)) {
    return reject(
      'malformed-event',
      'the event detail does not match the FHIR Resource Changed contract',
      (validateDetail.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword })),
    );
  }
  const resource = detail.resource as unknown as fhir4.FhirResource & { meta?: fhir4.Meta };
  const stamp = stampOf(resource.meta, detail.occurredAt);
  const future = futureField(stamp, limits);
  if (future) {
    return reject(
      'stamp-in-future',
      `${future} is later than the platform's clock by more than ${limits.futureStamps?.toleranceSeconds} seconds; correct the source system's clock or the stamp and send the change again`,
      [{ path: future === 'occurredAt' ? '/occurredAt' : '/resource/meta/lastUpdated', message: 'in the future' }],
    );
  }
  if (detail.action === 'delete') {
    return accept({
      action: 'delete',
      resourceType: resource.resourceType as AcceptedResourceType,
      resourceId: resource.id as string,
      stamp,
      contentHash: DELETED_HASH,
      deleted: true,
      patientIds: [],
    });
  }
  // One serialisation serves the size limit and the content hash (same length as JSON.stringify's).
  const canonical = canonicalJson(resource);
  const bytes = Buffer.byteLength(canonical, 'utf8');
  if (bytes > limits.maxResourceBytes) {
    return reject('resource-too-large', `the resource is ${bytes} bytes; the limit is ${limits.maxResourceBytes}`);
  }
  const issues = validateR4Resource(resource);
  if (issues.length > 0) {
    return reject('invalid-resource', `the ${resource.resourceType} is not valid FHIR R4`, issues);
  }
  const references = patientReferencesOf(resource as never);
  if (references.kind === 'unresolvable') {
    return reject(
      'unresolvable-patient-reference',
      `${resource.resourceType}.${references.field} must reference a Patient as Patient/<id>`,
      [{ path: `/${references.field.replace('.', '/')}`, message: 'no literal reference to a Patient' }],
    );
  }
  return accept({
    action: detail.action,
    resourceType: resource.resourceType as AcceptedResourceType,
    resourceId: resource.id as string,
    stamp,
    contentHash: hashOfCanonical(canonical),
    deleted: false,
    patientIds: references.kind === 'patients' ? references.patientIds : [],
    resource,
    facts: projectFacts(resource),
  });
}

function resourceTypeOf(detail: unknown): unknown {
  if (detail === null || typeof detail !== 'object') return undefined;
  const resource = (detail as { resource?: unknown }).resource;
  if (resource === null || typeof resource !== 'object') return undefined;
  return (resource as { resourceType?: unknown }).resourceType;
}

/** The stamp field beyond the clock's tolerance, if any. */
function futureField(stamp: VersionStamp, limits: ValidationLimits): 'occurredAt' | 'meta.lastUpdated' | undefined {
  if (!limits.futureStamps) return undefined;
  const latest = limits.futureStamps.clock.now().getTime() + limits.futureStamps.toleranceSeconds * 1000;
  if (stamp.lastUpdated !== undefined && Date.parse(stamp.lastUpdated) > latest) return 'meta.lastUpdated';
  if (Date.parse(stamp.occurredAt) > latest) return 'occurredAt';
  return undefined;
}

function stampOf(meta: fhir4.Meta | undefined, occurredAt: string): VersionStamp {
  const stamp: { versionId?: string; lastUpdated?: string; occurredAt: string } = { occurredAt };
  if (meta?.versionId) stamp.versionId = meta.versionId;
  if (meta?.lastUpdated) stamp.lastUpdated = meta.lastUpdated;
  return stamp;
}

function accept(change: ValidChange): ValidationResult {
  return { ok: true, change };
}

function reject(code: Rejection['code'], message: string, issues: Rejection['issues'] = []): ValidationResult {
  return { ok: false, rejection: rejection(code, message, issues) };
}
