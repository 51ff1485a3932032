/**
 * Every event source and detail-type the platform publishes or consumes.
 * The CDK rules, the schema registry, the handlers and the local bus all read these names from here.
 */

/** The `source` of events the platform itself puts on its bus. */
export const PLATFORM_EVENT_SOURCE = 'patient-outreach';

/** The `source` upstream systems use for FHIR changes unless the deployment sets `upstreamEventSource`. */
export const DEFAULT_UPSTREAM_EVENT_SOURCE = 'fhir.upstream';

export const DetailType = {
  FhirResourceChanged: 'FHIR Resource Changed',
  PatientFactsChanged: 'Patient Facts Changed',
  FhirEventRejected: 'FHIR Event Rejected',
  BulkImportCompleted: 'Bulk Import Completed',
  SegmentMembershipChanged: 'Segment Membership Changed',
  PatientEngagementRecorded: 'Patient Engagement Recorded',
  MessageRequested: 'Message Requested',
  PatientReplied: 'Patient Replied',
  JourneyActivityCreated: 'Journey Activity Created',
} as const;

export type DetailTypeName = (typeof DetailType)[keyof typeof DetailType];

/**
 * The upstream contract: the only detail-types upstream systems may put (with the configured upstream
 * source). The ingress bus forwards exactly these to the platform bus; every other detail-type comes only
 * from the platform's own functions. A later documented upstream detail-type is added here, and nowhere else.
 */
export const UPSTREAM_DETAIL_TYPES: readonly DetailTypeName[] = [DetailType.FhirResourceChanged];
