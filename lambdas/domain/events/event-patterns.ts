import { SES_EVENT_SOURCE, SES_FEEDBACK_DETAIL_TYPES } from '../messaging/feedback/ses-events';
import { DetailType, PLATFORM_EVENT_SOURCE, UPSTREAM_DETAIL_TYPES } from './event-names';

/**
 * An EventBridge event pattern. Defined once here, used by the CDK rules (`lib/`) and by the local bus,
 * so that what runs on a laptop is routed exactly as it is on AWS.
 */
export type EventPattern = { readonly [field: string]: EventPatternValue };
export type EventPatternValue = readonly unknown[] | EventPattern;

/** The upstream contract (`UPSTREAM_DETAIL_TYPES` from the configured source): what the ingress bus forwards to the platform bus. */
export function upstreamContractPattern(upstreamSource: string): EventPattern {
  return { source: [upstreamSource], 'detail-type': [...UPSTREAM_DETAIL_TYPES] };
}

/** What an upstream put on the ingress bus outside the upstream contract: it is forwarded nowhere, only counted. */
export function outsideUpstreamContractPattern(upstreamSource: string): EventPattern {
  return {
    $or: [
      { source: [{ 'anything-but': [upstreamSource] }] },
      { 'detail-type': [{ 'anything-but': [...UPSTREAM_DETAIL_TYPES] }] },
    ],
  };
}

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

/** SES events of the configuration set's EventBridge destination (on the account's default bus) that can change a message. */
export function sesFeedbackPattern(): EventPattern {
  return { source: [SES_EVENT_SOURCE], 'detail-type': [...SES_FEEDBACK_DETAIL_TYPES] };
}

/** Staff one-off sends: the send function sends them through policy. */
export function messageRequestedPattern(): EventPattern {
  return { source: [PLATFORM_EVENT_SOURCE], 'detail-type': [DetailType.MessageRequested] };
}

/** Keyword replies (journeys waiting for a confirmation resume on them). */
export function patientRepliedPattern(): EventPattern {
  return { source: [PLATFORM_EVENT_SOURCE], 'detail-type': [DetailType.PatientReplied] };
}
