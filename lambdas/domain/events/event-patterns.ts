import { DetailType, PLATFORM_EVENT_SOURCE } from './event-names';

/**
 * An EventBridge event pattern. Defined once here, used by the CDK rules (`lib/`) and by the local bus,
 * so that what runs on a laptop is routed exactly as it is on AWS.
 */
export type EventPattern = { readonly [field: string]: EventPatternValue };
export type EventPatternValue = readonly unknown[] | EventPattern;

/** Upstream FHIR changes from the configured source. */
export function fhirResourceChangedPattern(upstreamSource: string): EventPattern {
  return { source: [upstreamSource], 'detail-type': [DetailType.FhirResourceChanged] };
}

/** Platform facts-changed events: segment evaluation re-evaluates the patient. */
export function patientFactsChangedPattern(): EventPattern {
  return { source: [PLATFORM_EVENT_SOURCE], 'detail-type': [DetailType.PatientFactsChanged] };
}

/** Facts-changed events whose changes include the Patient resource itself (search indexing). */
export function patientResourceChangedPattern(): EventPattern {
  return {
    source: [PLATFORM_EVENT_SOURCE],
    'detail-type': [DetailType.PatientFactsChanged],
    detail: { changedTypes: ['Patient'] },
  };
}

/** Facts-changed events whose changes include a Consent (communication preferences from FHIR). */
export function consentChangedPattern(): EventPattern {
  return {
    source: [PLATFORM_EVENT_SOURCE],
    'detail-type': [DetailType.PatientFactsChanged],
    detail: { changedTypes: ['Consent'] },
  };
}

/** Engagement facts recorded by messaging and events: segment evaluation re-evaluates the patient. */
export function patientEngagementRecordedPattern(): EventPattern {
  return { source: [PLATFORM_EVENT_SOURCE], 'detail-type': [DetailType.PatientEngagementRecorded] };
}

/** Segment entries and exits (journeys enrol and exit on them). */
export function segmentMembershipChangedPattern(): EventPattern {
  return { source: [PLATFORM_EVENT_SOURCE], 'detail-type': [DetailType.SegmentMembershipChanged] };
}
