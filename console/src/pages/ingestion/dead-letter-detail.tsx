import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { Empty, ErrorAlert, Loading } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useLoad } from '../../app/use-load';

/** One dead letter: why it was rejected (code, message, each issue) and the event it kept. */
export function DeadLetterDetail(props: { id: string; onClose: () => void; onReplay: (id: string) => void }) {
  const api = useApi();
  const { data, error, loading, reload } = useLoad(
    () => dataOf(api.GET('/ingestion/dead-letters/{id}', { params: { path: { id: props.id } } })),
    [api, props.id],
  );
  return (
    <Modal
      visible
      size="large"
      onDismiss={props.onClose}
      header={`Dead letter ${props.id}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onClose}>
              Close
            </Button>
            {data?.status === 'open' && (
              <Button variant="primary" onClick={() => props.onReplay(props.id)}>
                Replay…
              </Button>
            )}
          </SpaceBetween>
        </Box>
      }
    >
      {loading && !data ? (
        <Loading what="the dead letter" />
      ) : error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : data ? (
        <SpaceBetween size="l">
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Rejection code', value: <code>{data.rejection.code}</code> },
              {
                label: 'Status',
                value: data.status === 'open' ? 'Open' : `Replayed ${formatInstant(data.replayedAt)}`,
              },
              { label: 'Received', value: formatInstant(data.receivedAt) },
              { label: 'Why', value: data.rejection.message },
              { label: 'Origin', value: data.origin },
              { label: 'Failed at', value: data.consumer ?? '—' },
              {
                label: 'Resource',
                value: data.resourceType ? `${data.resourceType}/${data.resourceId ?? '?'}` : '—',
              },
              { label: 'Event', value: data.detailType ? `${data.source ?? '?'} · ${data.detailType}` : '—' },
              { label: 'Correlation id', value: data.correlationId ?? '—' },
            ]}
          />
          <Table
            variant="embedded"
            header={<Box variant="h3">Issues ({data.rejection.issues.length})</Box>}
            items={data.rejection.issues}
            empty={<Empty title="No issues listed">The rejection message says why.</Empty>}
            columnDefinitions={[
              { id: 'path', header: 'Path', cell: (issue) => <code>{issue.path || '/'}</code> },
              { id: 'message', header: 'Problem', cell: (issue) => issue.message },
            ]}
          />
          <ExpandableSection headerText="The kept event (may contain patient data)">
            <Box variant="pre">{JSON.stringify(data.payload, null, 2)}</Box>
          </ExpandableSection>
        </SpaceBetween>
      ) : null}
    </Modal>
  );
}
