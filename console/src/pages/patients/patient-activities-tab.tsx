import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';
import { type Activity, CompleteActivityModal, KIND_NAMES, TEAM_NAMES } from '../activities/complete-activity-modal';

/** The patient's activities of any status, newest first; an open one can be completed here too. */
export function PatientActivitiesTab({ patientId }: { patientId: string }) {
  const api = useApi();
  const [completing, setCompleting] = useState<Activity>();
  const activities = useCursorPages(
    (cursor) =>
      dataOf(
        api.GET('/patients/{patientId}/activities', {
          params: { path: { patientId }, query: cursor ? { cursor } : {} },
        }),
      ),
    [patientId],
  );
  return (
    <SpaceBetween size="m">
      {activities.error !== undefined && <ErrorAlert error={activities.error} onRetry={activities.reload} />}
      <Table
        header={<Header description="Tasks journeys created for staff about this patient.">Activities</Header>}
        loading={activities.loading}
        loadingText="Loading activities"
        items={[...activities.items]}
        trackBy="activityId"
        empty={<Empty title="No activities">No journey has asked staff to act for this patient.</Empty>}
        columnDefinitions={[
          { id: 'title', header: 'Activity', cell: (a) => a.title },
          { id: 'kind', header: 'Kind', cell: (a) => KIND_NAMES[a.kind] },
          { id: 'team', header: 'Team', cell: (a) => (a.assignTo ? TEAM_NAMES[a.assignTo] : 'unassigned') },
          {
            id: 'status',
            header: 'Status',
            cell: (a) =>
              a.status === 'open' ? (
                <StatusIndicator type="pending">open</StatusIndicator>
              ) : (
                <StatusIndicator type="success">
                  done{a.completedBy ? ` by ${a.completedBy}` : ''}
                  {a.completedAt ? `, ${formatInstant(a.completedAt)}` : ''}
                </StatusIndicator>
              ),
          },
          { id: 'due', header: 'Due', cell: (a) => formatInstant(a.dueAt) },
          { id: 'created', header: 'Created', cell: (a) => formatInstant(a.createdAt) },
          {
            id: 'actions',
            header: 'Actions',
            cell: (a) =>
              a.status === 'open' ? (
                <Button onClick={() => setCompleting(a)} ariaLabel={`Complete ${a.title}`}>
                  Complete
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
        pagination={<Pagination {...activities.pagination} />}
      />
      <CompleteActivityModal
        activity={completing}
        onDismiss={() => setCompleting(undefined)}
        onCompleted={() => {
          setCompleting(undefined);
          activities.reload();
        }}
      />
    </SpaceBetween>
  );
}
