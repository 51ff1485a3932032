import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';
import { type Activity, CompleteActivityModal, KIND_NAMES, TEAM_NAMES, type Team } from './complete-activity-modal';

const UNASSIGNED = 'unassigned';
const TEAM_OPTIONS = [
  ...Object.entries(TEAM_NAMES).map(([value, label]) => ({ value, label })),
  { value: UNASSIGNED, label: 'Unassigned' },
];

/** The team in the address (`?team=care-team`, as Home links it), else the first team. */
function teamOf(query: string | null): Team | typeof UNASSIGNED {
  if (query === UNASSIGNED) return UNASSIGNED;
  return query && query in TEAM_NAMES ? (query as Team) : 'care-team';
}

/** A team's queue of open activities (the follow-up calls journeys create), newest first; complete one. */
export default function ActivitiesPage() {
  const api = useApi();
  const follow = useFollow();
  const [search, setSearch] = useSearchParams();
  const team = teamOf(search.get('team'));
  const [completing, setCompleting] = useState<Activity>();
  const [flash, setFlash] = useState<FlashbarProps.MessageDefinition[]>([]);
  const queue = useCursorPages(
    (cursor) =>
      dataOf(
        api.GET('/activities', {
          params: { query: { ...(team === UNASSIGNED ? {} : { team }), ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [team],
  );
  const teamName = team === UNASSIGNED ? 'Unassigned' : TEAM_NAMES[team];

  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Open activities journeys created for a team, newest first.">
          Activities
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Flashbar items={flash} />
        <Grid gridDefinition={[{ colspan: { default: 12, s: 4 } }]}>
          <FormField label="Team">
            <Select
              selectedOption={TEAM_OPTIONS.find((option) => option.value === team) ?? null}
              options={TEAM_OPTIONS}
              onChange={({ detail }) => {
                setFlash([]);
                setSearch({ team: detail.selectedOption.value ?? 'care-team' });
              }}
            />
          </FormField>
        </Grid>
        {queue.error !== undefined && <ErrorAlert error={queue.error} onRetry={queue.reload} />}
        <Table
          header={
            <Header
              counter={queue.loading ? undefined : `(${queue.items.length}${queue.pagination.openEnd ? '+' : ''})`}
              actions={
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh the queue"
                  onClick={queue.reload}
                  loading={queue.loading}
                />
              }
            >
              {`Open activities: ${teamName}`}
            </Header>
          }
          loading={queue.loading}
          loadingText="Loading open activities"
          wrapLines
          items={[...queue.items]}
          trackBy="activityId"
          empty={
            <Empty title="No open activities">
              Nothing waits for {teamName.toLowerCase()} now. Journeys add activities here when a step asks staff to
              act.
            </Empty>
          }
          columnDefinitions={[
            { id: 'title', header: 'Activity', cell: (item) => item.title },
            { id: 'kind', header: 'Kind', cell: (item) => KIND_NAMES[item.kind] },
            {
              id: 'patient',
              header: 'Patient',
              cell: (item) => (
                <Link href={href(`/patients/${encodeURIComponent(item.patientId)}?tab=activities`)} onFollow={follow}>
                  {item.patientId}
                </Link>
              ),
            },
            { id: 'due', header: 'Due', cell: (item) => formatInstant(item.dueAt) },
            { id: 'created', header: 'Created', cell: (item) => formatInstant(item.createdAt) },
            { id: 'journey', header: 'Journey', cell: (item) => item.journeyId },
            {
              id: 'actions',
              header: 'Actions',
              cell: (item) => (
                <Button onClick={() => setCompleting(item)} ariaLabel={`Complete ${item.title} for ${item.patientId}`}>
                  Complete
                </Button>
              ),
            },
          ]}
          pagination={<Pagination {...queue.pagination} />}
        />
      </SpaceBetween>
      <CompleteActivityModal
        activity={completing}
        onDismiss={() => setCompleting(undefined)}
        onCompleted={(done) => {
          setCompleting(undefined);
          setFlash([
            {
              id: done.activityId,
              type: 'success',
              content: `Completed "${done.title}" for patient ${done.patientId}.`,
              dismissible: true,
              dismissLabel: 'Dismiss',
              onDismiss: () => setFlash([]),
            },
          ]);
          queue.reload();
        }}
      />
    </ContentLayout>
  );
}
