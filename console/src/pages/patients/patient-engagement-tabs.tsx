import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { dataOf } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi, useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';

type JourneyRun = ResponseOf<'listPatientJourneys'>['items'][number];

/** The patient's memberships of active segments (clinical ones only when the caller may read clinical data). */
export function SegmentsTab({ patientId }: { patientId: string }) {
  const api = useApi();
  const session = useSession();
  const follow = useFollow();
  const { data, error, loading, reload } = useLoad(
    () => dataOf(api.GET('/patients/{patientId}/segments', { params: { path: { patientId } } })),
    [patientId],
  );
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  return (
    <Table
      header={
        <Header counter={data ? `(${data.items.length})` : undefined} description="Memberships of active segments.">
          Segments
        </Header>
      }
      loading={loading}
      loadingText="Loading segments"
      items={data?.items ?? []}
      trackBy="segmentId"
      empty={<Empty title="In no active segment" />}
      columnDefinitions={[
        {
          id: 'name',
          header: 'Segment',
          cell: (s) =>
            session.can('segments:manage') ? (
              <Link href={href(`/segments/${encodeURIComponent(s.segmentId)}`)} onFollow={follow}>
                {s.name}
              </Link>
            ) : (
              s.name
            ),
        },
        { id: 'kind', header: 'Kind', cell: (s) => s.kind },
        { id: 'version', header: 'Version', cell: (s) => s.version },
        { id: 'clinical', header: 'Reads clinical data', cell: (s) => (s.readsClinicalData ? 'yes' : 'no') },
        { id: 'since', header: 'Member since', cell: (s) => formatInstant(s.since) },
      ]}
    />
  );
}

const RUN_LOOK: Record<NonNullable<JourneyRun['status']>, StatusIndicatorProps.Type> = {
  RUNNING: 'in-progress',
  SUCCEEDED: 'success',
  FAILED: 'error',
  TIMED_OUT: 'error',
  ABORTED: 'stopped',
  PENDING_REDRIVE: 'pending',
};

/** The patient's journey runs, running ones first, each with the step its execution is in. */
export function JourneysTab({ patientId }: { patientId: string }) {
  const api = useApi();
  const session = useSession();
  const follow = useFollow();
  const { data, error, loading, reload } = useLoad(
    () => dataOf(api.GET('/patients/{patientId}/journeys', { params: { path: { patientId } } })),
    [patientId],
  );
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  const runs = [...(data?.items ?? [])].sort((a, b) => Number(b.status === 'RUNNING') - Number(a.status === 'RUNNING'));
  const running = runs.filter((run) => run.status === 'RUNNING').length;
  return (
    <Table
      header={
        <Header
          counter={data ? `(${runs.length})` : undefined}
          description={data ? `${running} running now; running runs first.` : undefined}
        >
          Journeys
        </Header>
      }
      loading={loading}
      loadingText="Loading journeys"
      wrapLines
      items={runs}
      trackBy="executionName"
      empty={<Empty title="In no journey" />}
      columnDefinitions={[
        {
          id: 'journey',
          header: 'Journey',
          cell: (run) =>
            session.can('journeys:manage') ? (
              <Link href={href(`/journeys/${encodeURIComponent(run.journeyId)}`)} onFollow={follow}>
                {`${run.journeyId} v${run.journeyVersion}`}
              </Link>
            ) : (
              `${run.journeyId} v${run.journeyVersion}`
            ),
        },
        {
          id: 'status',
          header: 'Status',
          cell: (run) =>
            run.status ? (
              <StatusIndicator type={RUN_LOOK[run.status]}>
                {run.status.toLowerCase().replace('_', ' ')}
              </StatusIndicator>
            ) : (
              'starting'
            ),
        },
        {
          id: 'step',
          header: 'Current step',
          cell: (run) => run.currentStep ?? (run.status === 'RUNNING' ? (run.currentState ?? '—') : 'finished'),
        },
        { id: 'entry', header: 'Entered for', cell: (run) => run.entryKey },
        { id: 'entered', header: 'Entered', cell: (run) => formatInstant(run.enteredAt) },
        { id: 'stopped', header: 'Stopped', cell: (run) => formatInstant(run.stoppedAt) },
        { id: 'goal', header: 'Goal reached', cell: (run) => formatInstant(run.goalReachedAt) },
      ]}
    />
  );
}
