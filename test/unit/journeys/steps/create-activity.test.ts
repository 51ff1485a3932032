import { journeyActivityCreatedDetailSchema } from '../../../../lambdas/domain/events/journey-event-schemas';
import { type Activity, activityIdOf } from '../../../../lambdas/domain/journeys/activities';
import { createActivity } from '../../../../lambdas/domain/journeys/steps/create-activity';
import type {
  ActivityCreatedAnnouncement,
  ActivityPage,
  ActivityStore,
} from '../../../../lambdas/domain/journeys/steps/ports';
import { InvalidStepPayloadError } from '../../../../lambdas/domain/journeys/steps/step-input';
import { createAjv } from '../../../../lambdas/domain/validation/ajv';
import { ids, recordingLogger } from './fakes';

const NOW = new Date('2026-03-01T12:00:00.000Z');

class InMemoryActivities implements ActivityStore {
  readonly byId = new Map<string, Activity>();
  async create(activity: Activity) {
    if (this.byId.has(activity.activityId)) return 'exists' as const;
    this.byId.set(activity.activityId, activity);
    return 'created' as const;
  }
  async listOpen(): Promise<ActivityPage> {
    return { items: [...this.byId.values()].filter((a) => a.status === 'open') };
  }
  async byPatient(patientId: string): Promise<ActivityPage> {
    return { items: [...this.byId.values()].filter((a) => a.patientId === patientId) };
  }
  async complete() {
    return 'completed' as const;
  }
}

function deps() {
  const published: ActivityCreatedAnnouncement[] = [];
  return {
    activities: new InMemoryActivities(),
    publisher: {
      publishActivityCreated: async (details: readonly ActivityCreatedAnnouncement[]) =>
        void published.push(...details),
    },
    published,
    clock: { now: () => NOW },
    logger: recordingLogger(),
  };
}

const payload = {
  ...ids,
  stepId: 'call-patient',
  activity: { kind: 'follow-up-call', title: 'Call to book a follow-up', assignTo: 'care-team', dueIn: 'P2D' },
};

it('writes an open activity named after its execution and step, due after dueIn', async () => {
  const d = deps();

  const result = await createActivity(payload, d);

  const activityId = activityIdOf(ids.executionId, 'call-patient');
  expect(result).toEqual({ activityId, outcome: 'created' });
  expect(d.activities.byId.get(activityId)).toEqual({
    activityId,
    ...ids,
    stepId: 'call-patient',
    kind: 'follow-up-call',
    title: 'Call to book a follow-up',
    assignTo: 'care-team',
    status: 'open',
    createdAt: '2026-03-01T12:00:00.000Z',
    dueAt: '2026-03-03T12:00:00.000Z',
  });
});

it('writes one activity when the task is retried', async () => {
  const d = deps();

  await createActivity(payload, d);
  const retried = await createActivity(payload, d);

  expect(retried.outcome).toBe('exists');
  expect(d.activities.byId.size).toBe(1);
});

it('names different activities for different steps or executions', () => {
  const a = activityIdOf('exec-1', 'step-a');

  expect(activityIdOf('exec-1', 'step-b')).not.toBe(a);
  expect(activityIdOf('exec-2', 'step-a')).not.toBe(a);
  expect(a).toMatch(/^act-[0-9a-f]{32}$/);
});

it('announces the activity with a detail its published schema accepts', async () => {
  const d = deps();
  const ajv = createAjv();

  await createActivity(payload, d);

  expect(d.published).toEqual([
    {
      activityId: activityIdOf(ids.executionId, 'call-patient'),
      ...ids,
      stepId: 'call-patient',
      kind: 'follow-up-call',
      title: 'Call to book a follow-up',
      assignTo: 'care-team',
      dueAt: '2026-03-03T12:00:00.000Z',
      createdAt: '2026-03-01T12:00:00.000Z',
    },
  ]);
  expect(ajv.validate(journeyActivityCreatedDetailSchema, d.published[0])).toBe(true);
});

it('leaves out the team and due time when the step has none', async () => {
  const d = deps();

  await createActivity({ ...payload, activity: { kind: 'review', title: 'Review' } }, d);

  const [activity] = [...d.activities.byId.values()];
  expect(activity).not.toHaveProperty('assignTo');
  expect(activity).not.toHaveProperty('dueAt');
  expect(d.published[0]).not.toHaveProperty('dueAt');
});

it.each([
  ['an unknown kind', { ...payload, activity: { ...payload.activity, kind: 'surgery' } }],
  ['a bad due duration', { ...payload, activity: { ...payload.activity, dueIn: 'soon' } }],
  ['no execution id', { ...payload, executionId: undefined }],
])('refuses %s', async (_, bad) => {
  const d = deps();

  await expect(createActivity(bad, d)).rejects.toBeInstanceOf(InvalidStepPayloadError);
  expect(d.activities.byId.size).toBe(0);
});
