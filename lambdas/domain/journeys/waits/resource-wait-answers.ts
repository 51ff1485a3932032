/** The errors a wait until a resource time ends with when it need not wait: its Catch routes them. */
export const RESOURCE_WAIT_DUE = 'JourneyWaitDue';
export const RESOURCE_MOMENT_PASSED = 'JourneyMomentPassed';
export type ResourceWaitError = typeof RESOURCE_WAIT_DUE | typeof RESOURCE_MOMENT_PASSED;

/** What a wait until a resource time does at once, without registering: nothing when it is to wait. */
export function immediateResourceWaitAnswer(moment: 'ahead' | 'due' | 'gone' | undefined): ResourceWaitError | null {
  if (moment === 'due') return RESOURCE_WAIT_DUE;
  if (moment === 'gone') return RESOURCE_MOMENT_PASSED;
  return null;
}
