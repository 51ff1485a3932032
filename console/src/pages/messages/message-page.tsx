import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useParams } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert, Loading } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { TIME_ZONE_SOURCES } from '../patients/patient-profile-tabs';
import { causeOf, MessageStatusIndicator, type MessageView } from './message-parts';

/** One message: what was decided and why (every policy check), what happened since (every delivery event). */
export default function MessagePage() {
  const { messageId = '' } = useParams();
  const api = useApi();
  const { data, error, loading, reload } = useLoad(
    () => dataOf(api.GET('/messages/{messageId}', { params: { path: { messageId } } })),
    [messageId],
  );
  return (
    <ContentLayout
      header={
        <Header variant="h1" description={<code>{messageId}</code>}>
          Message
        </Header>
      }
    >
      {loading && !data ? (
        <Loading what="the message" />
      ) : error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : data ? (
        <MessageDetail message={data} />
      ) : null}
    </ContentLayout>
  );
}

function MessageDetail({ message }: { message: MessageView }) {
  const follow = useFollow();
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Summary</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Status', value: <MessageStatusIndicator status={message.status} reason={message.reason} /> },
            { label: 'Channel', value: message.channel ?? 'none chosen' },
            {
              label: 'Patient',
              value: (
                <Link href={href(`/patients/${encodeURIComponent(message.patientId)}?tab=messages`)} onFollow={follow}>
                  {message.patientId}
                </Link>
              ),
            },
            {
              label: 'Template',
              value: `${message.templateId}${message.templateVersion ? ` v${message.templateVersion}` : ''}`,
            },
            { label: 'Topic', value: message.topic },
            { label: 'Language', value: message.language ?? '—' },
            { label: 'Cause', value: causeOf(message.cause) },
            { label: 'Created', value: formatInstant(message.createdAt) },
            { label: 'Last updated', value: formatInstant(message.updatedAt) },
            ...(message.deferredUntil
              ? [{ label: 'Deferred until', value: formatInstant(message.deferredUntil) }]
              : []),
            {
              label: 'Patient time zone',
              value: message.timeZone
                ? `${message.timeZone}${message.timeZoneSource ? ` (from ${TIME_ZONE_SOURCES[message.timeZoneSource]})` : ''}`
                : '—',
            },
            { label: 'Provider message id', value: message.providerMessageId ?? '—' },
          ]}
        />
      </Container>
      <Table
        header={
          <Header counter={`(${message.checks.length})`} description="Each rule policy ran, per channel, in order.">
            Policy checks
          </Header>
        }
        items={message.checks}
        empty={<Empty title="No policy checks recorded" />}
        columnDefinitions={[
          { id: 'channel', header: 'Channel', cell: (check) => check.channel },
          { id: 'rule', header: 'Rule', cell: (check) => check.rule },
          {
            id: 'verdict',
            header: 'Verdict',
            cell: (check) => (
              <StatusIndicator type={check.passed ? 'success' : 'error'}>
                {check.passed ? 'passed' : 'failed'}
              </StatusIndicator>
            ),
          },
          { id: 'reason', header: 'Reason', cell: (check) => check.reason ?? '—' },
          { id: 'detail', header: 'Detail', cell: (check) => check.detail ?? '—' },
        ]}
      />
      <Table
        header={
          <Header counter={`(${message.events.length})`} description="What the provider reported since, oldest first.">
            Delivery events
          </Header>
        }
        items={message.events}
        empty={
          <Empty title="No delivery events">
            {message.status === 'skipped' || message.status === 'deferred'
              ? 'Nothing was sent, so the provider has nothing to report.'
              : 'The provider has reported nothing yet.'}
          </Empty>
        }
        columnDefinitions={[
          { id: 'at', header: 'At', cell: (event) => formatInstant(event.at) },
          { id: 'status', header: 'Status', cell: (event) => <MessageStatusIndicator status={event.status} /> },
          { id: 'detail', header: 'Detail', cell: (event) => event.detail ?? '—' },
        ]}
      />
      <Box variant="small">The message log shows no message content and no addresses.</Box>
    </SpaceBetween>
  );
}
