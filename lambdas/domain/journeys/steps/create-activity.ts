import type { Clock, Logger } from '../../ports';
import { type Activity, activityIdOf } from '../activities';
import { parseJourneyDuration } from '../journey-duration';
import type { ActivityPublisher, ActivityStore } from './ports';
import { InvalidStepPayloadError, parseCreateActivityPayload, stepIdsOf } from './step-input';

export interface CreateActivityDependencies {
  readonly activities: ActivityStore;
  readonly publisher: ActivityPublisher;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Creates the staff activity a journey step asks for and announces it. The id comes from (execution, step), so a
 * retried task finds the activity there; it announces again, because the first attempt may have failed between
 * the write and the publish, and consumers drop duplicates by activity id.
 */
export async function createActivity(
  input: unknown,
  deps: CreateActivityDependencies,
): Promise<{ activityId: string; outcome: 'created' | 'exists' }> {
  const payload = parseCreateActivityPayload(input);
  const { kind, title, assignTo, dueIn } = payload.activity;
  const createdAt = deps.clock.now();
  let dueAt: string | undefined;
  if (dueIn !== undefined) {
    const seconds = parseJourneyDuration(dueIn);
    if (seconds === undefined || seconds <= 0) {
      throw new InvalidStepPayloadError('createActivity', [`/activity/dueIn is not a duration: ${dueIn}`]);
    }
    dueAt = new Date(createdAt.getTime() + seconds * 1000).toISOString();
  }
  const ids = stepIdsOf(payload);
  const activity: Activity = {
    activityId: activityIdOf(payload.executionId, payload.stepId),
    ...ids,
    kind,
    title,
    ...(assignTo !== undefined ? { assignTo } : {}),
    status: 'open',
    createdAt: createdAt.toISOString(),
    ...(dueAt !== undefined ? { dueAt } : {}),
  };
  const outcome = await deps.activities.create(activity);
  await deps.publisher.publishActivityCreated([
    {
      activityId: activity.activityId,
      ...ids,
      kind,
      title,
      ...(assignTo !== undefined ? { assignTo } : {}),
      ...(dueAt !== undefined ? { dueAt } : {}),
      createdAt: activity.createdAt,
    },
  ]);
  deps.logger.info('journey activity written', { ...ids, activityId: activity.activityId, outcome });
  return { activityId: activity.activityId, outcome };
}
