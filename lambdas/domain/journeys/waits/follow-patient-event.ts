import { type JourneyTriggerEvent, type MessageCauses, patientEventsOf, withJourneyRun } from '../journey-events';
import type { WaitDependencies } from './ports';
import { resumeWaitingForEvents } from './resume-waiting';
import { type StopOnExitDependencies, stopOnExitEvents } from './stop-on-exit';

export interface PatientEventFollowingDependencies {
  readonly waits: WaitDependencies;
  readonly exits: StopOnExitDependencies;
  /** Which journey run sent a message: a reply to it resumes that run. */
  readonly causes: MessageCauses;
}

/**
 * What journeys do with one thing that happened to a patient (facts changed, a segment entered or left, a reply,
 * an engagement): the runs they are an exit criterion of stop, then the changes it lists are logged (ids only) and
 * matched together and the executions waiting for them resume. Safe to repeat: the log write is idempotent.
 */
export async function followPatientEvent(
  trigger: JourneyTriggerEvent,
  deps: PatientEventFollowingDependencies,
): Promise<{ readonly logged: number; readonly resumed: number; readonly stopped: number }> {
  const parsed = patientEventsOf(trigger);
  const events = await Promise.all(parsed.map((patientEvent) => withJourneyRun(patientEvent, deps.causes)));
  // The runs the events end are stopped first: a wait that follows a resource (a cancelled appointment) is not resumed
  // into a step of a run that is over.
  const stopped = await stopOnExitEvents(events, deps.exits);
  const { resumed } = await resumeWaitingForEvents(events, deps.waits);
  return { logged: events.length, resumed, stopped };
}
