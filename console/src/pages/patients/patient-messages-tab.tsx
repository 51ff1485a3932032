import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';
import { MessageStatusIndicator, PolicyChecks } from '../messages/message-parts';

/** The patient's messages, newest first: status, channel, template, and every policy check; each opens its page. */
export function MessagesTab({ patientId }: { patientId: string }) {
  const api = useApi();
  const follow = useFollow();
  const messages = useCursorPages(
    (cursor) =>
      dataOf(
        api.GET('/patients/{patientId}/messages', {
          params: { path: { patientId }, query: cursor ? { cursor } : {} },
        }),
      ),
    [patientId],
  );
  return (
    <SpaceBetween size="m">
      {messages.error !== undefined && <ErrorAlert error={messages.error} onRetry={messages.reload} />}
      <Table
        header={<Header description="Newest first. Open a message for its delivery events.">Messages</Header>}
        loading={messages.loading}
        loadingText="Loading messages"
        wrapLines
        items={[...messages.items]}
        trackBy="messageId"
        empty={<Empty title="No messages">Nothing was sent to this patient, and policy stopped nothing.</Empty>}
        columnDefinitions={[
          {
            id: 'created',
            header: 'Created',
            cell: (m) => (
              <Link href={href(`/messages/${m.messageId}`)} onFollow={follow}>
                {formatInstant(m.createdAt)}
              </Link>
            ),
          },
          { id: 'template', header: 'Template', cell: (m) => m.templateId },
          { id: 'topic', header: 'Topic', cell: (m) => m.topic },
          { id: 'channel', header: 'Channel', cell: (m) => m.channel ?? '—' },
          {
            id: 'status',
            header: 'Status',
            cell: (m) => <MessageStatusIndicator status={m.status} reason={m.reason} />,
          },
          { id: 'checks', header: 'Policy checks', cell: (m) => <PolicyChecks checks={m.checks} /> },
        ]}
        pagination={<Pagination {...messages.pagination} />}
      />
    </SpaceBetween>
  );
}
