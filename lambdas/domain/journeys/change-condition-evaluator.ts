import type { ConditionResult, ResourceChange, ResourceChangeReader } from './conditions';
import type { FhirChange, TriggerConditions } from './enrolment/ports';
import type { JourneyPatientReader } from './steps/ports';
import type { ChangeConditions } from './waits/ports';

/**
 * Trigger, wait and exit conditions over the change records: at the revision a change names. Without a
 * revision, or once its records have expired (an exit check weeks after the change), over the resource as
 * projected now, with no `%previous`: an exit on "the appointment is cancelled" still holds then, a condition
 * on what changed no longer can.
 */
export class ChangeConditionEvaluator {
  constructor(
    private readonly patients: Pick<JourneyPatientReader, 'getResource'>,
    private readonly changes: ResourceChangeReader,
    /** `evaluateChangeCondition` in process, or through the FHIRPath function (`FhirPathService`). */
    private readonly evaluate: (condition: string, change: ResourceChange) => Promise<ConditionResult>,
  ) {}

  async holds(
    condition: string,
    patientId: string,
    resource: { readonly resourceType: string; readonly id: string; readonly revision?: number },
  ): Promise<boolean> {
    const recorded =
      resource.revision === undefined
        ? undefined
        : await this.changes.change(resource.resourceType, resource.id, resource.revision);
    const change = recorded ?? {
      current: await this.patients.getResource(patientId, resource.resourceType, resource.id),
    };
    return (await this.evaluate(condition, change)) === true;
  }

  /** As the trigger matcher asks. */
  get triggers(): TriggerConditions {
    return { matches: (condition, patientId, change: FhirChange) => this.holds(condition, patientId, change) };
  }

  /** As waits and exit checks ask. */
  get changeConditions(): ChangeConditions {
    return {
      matches: (condition, patientId, resourceType, id, revision) =>
        this.holds(condition, patientId, { resourceType, id, ...(revision !== undefined ? { revision } : {}) }),
    };
  }
}
