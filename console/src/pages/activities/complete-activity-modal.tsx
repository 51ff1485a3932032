import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';

export type Activity = ResponseOf<'listOpenActivities'>['items'][number];
export type Team = NonNullable<Activity['assignTo']>;

/** The teams an activity is assigned to, as people name them (a `Record`, so a new team cannot be missed). */
export const TEAM_NAMES: Record<Team, string> = {
  'care-team': 'Care team',
  'front-desk': 'Front desk',
  'outreach-team': 'Outreach team',
};

export const KIND_NAMES: Record<Activity['kind'], string> = {
  'follow-up-call': 'Follow-up call',
  review: 'Review',
  outreach: 'Outreach',
  other: 'Other',
};

/**
 * Asks before marking an activity done (it leaves the team's queue for everyone), then completes it as the caller.
 * Someone else completing it first answers 409, shown here.
 */
export function CompleteActivityModal(props: {
  activity: Activity | undefined;
  onDismiss: () => void;
  onCompleted: (activity: Activity) => void;
}) {
  const api = useApi();
  const [error, setError] = useState<unknown>();
  const [completing, setCompleting] = useState(false);
  const { activity } = props;
  const dismiss = () => {
    setError(undefined);
    props.onDismiss();
  };
  const complete = async () => {
    if (!activity) return;
    setCompleting(true);
    setError(undefined);
    try {
      const done = await dataOf(
        api.POST('/patients/{patientId}/activities/{activityId}/complete', {
          params: { path: { patientId: activity.patientId, activityId: activity.activityId } },
        }),
      );
      props.onCompleted(done.activity);
    } catch (failure) {
      setError(failure);
    } finally {
      setCompleting(false);
    }
  };
  return (
    <Modal
      visible={activity !== undefined}
      onDismiss={dismiss}
      header="Complete this activity?"
      closeAriaLabel="Close"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={dismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={completing} onClick={() => void complete()}>
              Complete
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {activity && (
        <SpaceBetween size="m">
          <Box variant="p">
            <b>{activity.title}</b> for patient <code>{activity.patientId}</code> will be marked done by you and leave
            the {activity.assignTo ? TEAM_NAMES[activity.assignTo] : 'unassigned'} queue.
          </Box>
          {error !== undefined && <ErrorAlert error={error} />}
        </SpaceBetween>
      )}
    </Modal>
  );
}
