import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';

/** Who read or changed this patient's data in the last 30 days (the API's default window), newest first. */
export function PatientAuditTab({ patientId }: { patientId: string }) {
  const api = useApi();
  const trail = useCursorPages(
    (cursor) =>
      dataOf(
        api.GET('/audit/patients/{patientId}', { params: { path: { patientId }, query: cursor ? { cursor } : {} } }),
      ),
    [patientId],
  );
  return (
    <SpaceBetween size="m">
      {trail.error !== undefined && <ErrorAlert error={trail.error} onRetry={trail.reload} />}
      <Table
        header={<Header description="Every access in the last 30 days, newest first.">Who saw this patient</Header>}
        loading={trail.loading}
        loadingText="Loading the audit trail"
        items={[...trail.items]}
        trackBy="id"
        empty={<Empty title="No access recorded in the last 30 days" />}
        columnDefinitions={[
          { id: 'at', header: 'When', cell: (e) => formatInstant(e.at) },
          { id: 'actor', header: 'Who', cell: (e) => e.actor },
          { id: 'roles', header: 'Roles', cell: (e) => e.roles.join(', ') },
          { id: 'action', header: 'Action', cell: (e) => e.action },
          { id: 'resource', header: 'Resource', cell: (e) => <code>{e.resource}</code> },
          {
            id: 'outcome',
            header: 'Outcome',
            cell: (e) => (
              <StatusIndicator
                type={e.outcome === 'allowed' ? 'success' : e.outcome === 'attempted' ? 'info' : 'error'}
              >
                {`${e.outcome} (${e.status})`}
              </StatusIndicator>
            ),
          },
        ]}
        pagination={<Pagination {...trail.pagination} />}
      />
    </SpaceBetween>
  );
}
