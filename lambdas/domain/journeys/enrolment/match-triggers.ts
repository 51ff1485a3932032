import type { JourneyDefinition, JourneyEntry } from '../definition-schema';
import type { EnrolmentRequest, FhirChange, TriggerConditions } from './ports';

export type FhirTrigger = NonNullable<JourneyEntry['fhirTrigger']>;

/** An active journey and the entry of its published version: what the trigger matchers look at. */
export interface ActiveJourney {
  readonly journeyId: string;
  readonly definition: Pick<JourneyDefinition, 'entry'>;
}

/**
 * Whether a FHIR change fires a trigger: the resource type, one of its actions (every action when it lists
 * none), and, when it has a condition, `conditionMatches` (evaluated by the caller; absent counts as false).
 */
export function fhirTriggerMatches(
  trigger: Pick<FhirTrigger, 'resourceType' | 'condition'> & { readonly actions?: readonly FhirChange['action'][] },
  change: Pick<FhirChange, 'resourceType' | 'action'>,
  conditionMatches?: boolean,
): boolean {
  if (trigger.resourceType !== change.resourceType) return false;
  if (trigger.actions !== undefined && !trigger.actions.includes(change.action)) return false;
  return trigger.condition === undefined || conditionMatches === true;
}

/** `Appointment/123`: the entry key of a trigger keyed by resource. */
export const resourceEntryKey = (change: Pick<FhirChange, 'resourceType' | 'id'>): string =>
  `${change.resourceType}/${change.id}`;

/**
 * The enrolments a FHIR change of a patient asks for: one per active journey whose trigger it fires. A
 * trigger keyed by resource gets the resource as its entry key (one run per appointment). The condition is
 * evaluated only for journeys whose type and action match, through the `conditions` port.
 */
export async function enrolmentRequestsFor(
  activeJourneys: readonly ActiveJourney[],
  event: { readonly patientId: string; readonly change: FhirChange },
  conditions: TriggerConditions,
): Promise<EnrolmentRequest[]> {
  const { patientId, change } = event;
  const requests: EnrolmentRequest[] = [];
  for (const journey of activeJourneys) {
    const trigger = journey.definition.entry.fhirTrigger;
    // Type and action first (the condition taken as met), so the condition is evaluated only when it decides.
    if (trigger === undefined || !fhirTriggerMatches(trigger, change, true)) continue;
    if (trigger.condition !== undefined && !(await conditions.matches(trigger.condition, patientId, change))) continue;
    requests.push({
      journeyId: journey.journeyId,
      patientId,
      cause: 'fhir-trigger',
      triggeringResource: { resourceType: change.resourceType, id: change.id },
      ...(trigger.keyedBy === 'resource' ? { entryKey: resourceEntryKey(change) } : {}),
      ...occurrenceOf(change),
    });
  }
  return requests;
}

/** The enrolments a patient's segment entries ask for: one per active journey entered by one of the segments. */
export function segmentEntryRequests(
  activeJourneys: readonly ActiveJourney[],
  event: { readonly patientId: string; readonly entered: readonly string[] },
): EnrolmentRequest[] {
  const entered = new Set(event.entered);
  return activeJourneys
    .filter((journey) => {
      const segmentId = journey.definition.entry.segmentEntered;
      return segmentId !== undefined && entered.has(segmentId);
    })
    .map((journey) => ({ journeyId: journey.journeyId, patientId: event.patientId, cause: 'segment-entry' }));
}

/** What identifies one change: the applied revision, else the upstream version id. */
function occurrenceOf(change: FhirChange): { occurrence?: string } {
  if (change.revision !== undefined)
    return { occurrence: `${change.action}:${resourceEntryKey(change)}@${change.revision}` };
  if (change.versionId !== undefined) {
    return { occurrence: `${change.action}:${resourceEntryKey(change)}/_history/${change.versionId}` };
  }
  return {};
}
