import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { describeError } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';
import { ConfirmReplay, type Notice, type ReplayRequest } from './confirm-replay';
import { DeadLetterDetail } from './dead-letter-detail';

type DeadLetterStatus = 'open' | 'replayed';
type DeadLetterSummary = ResponseOf<'listDeadLetters'>['items'][number];
/** Dead letters by status, newest first, server-side pages; inspect one, replay one or every open one. */
export function DeadLettersTab() {
  const api = useApi();
  const [status, setStatus] = useState<DeadLetterStatus>('open');
  const [inspected, setInspected] = useState<string>();
  const [confirm, setConfirm] = useState<ReplayRequest>();
  const [notice, setNotice] = useState<Notice>();
  const list = useCursorPages(
    (cursor) =>
      dataOf(
        api.GET('/ingestion/dead-letters', {
          params: { query: { status, limit: '20', ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [api, status],
  );
  const replayed = (outcome: Notice) => {
    setConfirm(undefined);
    setNotice(outcome);
    list.reload();
  };

  return (
    <SpaceBetween size="m">
      {notice && (
        <Alert type={notice.type} header={notice.header} dismissible onDismiss={() => setNotice(undefined)}>
          {notice.content}
        </Alert>
      )}
      {list.error !== undefined && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<DeadLetterSummary>
        header={
          <Header
            counter={list.page ? `(${list.page.items.length}${list.page.cursor ? '+' : ''})` : undefined}
            description="Events the platform could not apply, with why. Replay them once the cause is fixed."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <SegmentedControl
                  label="Status"
                  selectedId={status}
                  options={[
                    { id: 'open', text: 'Open' },
                    { id: 'replayed', text: 'Replayed' },
                  ]}
                  onChange={({ detail }) => setStatus(detail.selectedId as DeadLetterStatus)}
                />
                <Button iconName="refresh" ariaLabel="Refresh dead letters" onClick={list.reload} />
                {status === 'open' && (
                  <Button
                    onClick={() => setConfirm({ kind: 'all' })}
                    disabled={!list.page || list.page.items.length === 0}
                  >
                    Replay all open
                  </Button>
                )}
              </SpaceBetween>
            }
          >
            Dead letters
          </Header>
        }
        variant="embedded"
        loading={list.loading}
        loadingText="Loading dead letters"
        items={list.page?.items ?? []}
        trackBy="id"
        empty={
          <Empty title={status === 'open' ? 'No open dead letters' : 'No replayed dead letters'}>
            {status === 'open' ? 'Every event was applied.' : 'Nothing was replayed yet.'}
          </Empty>
        }
        columnDefinitions={[
          { id: 'receivedAt', header: 'Received', cell: (item) => formatInstant(item.receivedAt) },
          { id: 'code', header: 'Rejection', cell: (item) => <code>{item.rejection.code}</code> },
          { id: 'message', header: 'Why', cell: (item) => item.rejection.message, maxWidth: 420 },
          {
            id: 'resource',
            header: 'Resource or event',
            cell: (item) =>
              item.resourceType ? `${item.resourceType}/${item.resourceId ?? '?'}` : (item.detailType ?? item.origin),
          },
          { id: 'origin', header: 'Origin', cell: (item) => item.origin },
          {
            id: 'status',
            header: 'Status',
            cell: (item) =>
              item.status === 'open' ? (
                <StatusIndicator type="warning">Open</StatusIndicator>
              ) : (
                <StatusIndicator type="success">Replayed {formatInstant(item.replayedAt)}</StatusIndicator>
              ),
          },
          {
            id: 'actions',
            header: 'Actions',
            cell: (item) => (
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="inline-link" ariaLabel={`Inspect ${item.id}`} onClick={() => setInspected(item.id)}>
                  Inspect
                </Button>
                {item.status === 'open' && (
                  <Button
                    variant="inline-link"
                    ariaLabel={`Replay ${item.id}`}
                    onClick={() => setConfirm({ kind: 'one', id: item.id })}
                  >
                    Replay
                  </Button>
                )}
              </SpaceBetween>
            ),
          },
        ]}
        pagination={<Pagination {...list.pagination} />}
      />
      {inspected && (
        <DeadLetterDetail
          id={inspected}
          onClose={() => setInspected(undefined)}
          onReplay={(id) => {
            setInspected(undefined);
            setConfirm({ kind: 'one', id });
          }}
        />
      )}
      {confirm && (
        <ConfirmReplay
          request={confirm}
          onCancel={() => setConfirm(undefined)}
          onDone={replayed}
          onFailed={(error) => replayed({ type: 'error', header: 'Not replayed', content: describeError(error) })}
        />
      )}
      <Box variant="small" color="text-body-secondary">
        A replay puts the event back on the bus under its original source and detail-type: every rule that matched it
        sees it again.
      </Box>
    </SpaceBetween>
  );
}
