import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi, useSession } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';
import { useLoad } from '../../app/use-load';
import { CHANNEL_NAMES, type Preference, PreferenceChangeForm, TOPIC_NAMES } from './preference-change-form';

const SOURCES: Record<Preference['source'], string> = {
  staff: 'staff',
  'patient-link': 'the patient (link)',
  'inbound-sms': 'the patient (SMS reply)',
  'fhir-consent': 'a FHIR Consent',
};

const preferenceColumns: TableProps.ColumnDefinition<Preference>[] = [
  { id: 'channel', header: 'Channel', cell: (p) => CHANNEL_NAMES[p.channel] },
  { id: 'topic', header: 'Topic', cell: (p) => TOPIC_NAMES[p.topic] },
  {
    id: 'status',
    header: 'Preference',
    cell: (p) => (
      <StatusIndicator type={p.status === 'opted-in' ? 'success' : 'stopped'}>
        {p.status === 'opted-in' ? 'opted in' : 'opted out'}
      </StatusIndicator>
    ),
  },
  { id: 'reason', header: 'Reason', cell: (p) => p.reason ?? '—' },
  { id: 'by', header: 'By', cell: (p) => (p.source === 'staff' ? p.actor : SOURCES[p.source]) },
  { id: 'at', header: 'When', cell: (p) => formatInstant(p.at) },
];

/** Current preferences, the FHIR Consents on record, the change history; staff with write access change one. */
export function PreferencesTab({ patientId }: { patientId: string }) {
  const api = useApi();
  const session = useSession();
  const [flash, setFlash] = useState<FlashbarProps.MessageDefinition[]>([]);
  const current = useLoad(
    () => dataOf(api.GET('/patients/{patientId}/preferences', { params: { path: { patientId } } })),
    [patientId],
  );
  const history = useCursorPages(
    (cursor) =>
      dataOf(
        api.GET('/patients/{patientId}/preferences/history', {
          params: { path: { patientId }, query: cursor ? { cursor } : {} },
        }),
      ),
    [patientId],
  );
  return (
    <SpaceBetween size="l">
      <Flashbar items={flash} />
      {current.error !== undefined && <ErrorAlert error={current.error} onRetry={current.reload} />}
      <Table
        header={
          <Header
            counter={current.data ? `(${current.data.preferences.length})` : undefined}
            description="The latest choice for each channel and topic set so far; a topic never set follows its default (care topics are sent unless opted out, marketing only when opted in)."
          >
            Current preferences
          </Header>
        }
        loading={current.loading}
        loadingText="Loading preferences"
        items={current.data?.preferences ?? []}
        trackBy="changeId"
        empty={<Empty title="No preference set">Every topic follows its default.</Empty>}
        columnDefinitions={preferenceColumns}
      />
      {session.can('preferences:write') && (
        <PreferenceChangeForm
          patientId={patientId}
          onChanged={(message) => {
            setFlash([
              {
                id: 'changed',
                type: 'success',
                content: message,
                dismissible: true,
                dismissLabel: 'Dismiss',
                onDismiss: () => setFlash([]),
              },
            ]);
            current.reload();
            history.reload();
          }}
        />
      )}
      <Table
        header={
          <Header
            counter={current.data ? `(${current.data.consents.length})` : undefined}
            description="FHIR Consent resources from the record system."
          >
            Consents
          </Header>
        }
        loading={current.loading}
        loadingText="Loading consents"
        items={current.data?.consents ?? []}
        trackBy="id"
        empty={<Empty title="No consents on record" />}
        columnDefinitions={[
          { id: 'provision', header: 'Provision', cell: (c) => c.provision ?? '—' },
          { id: 'status', header: 'Status', cell: (c) => c.status ?? '—' },
          { id: 'scope', header: 'Scope', cell: (c) => c.scope.join(', ') || '—' },
          { id: 'category', header: 'Category', cell: (c) => c.category.join(', ') || '—' },
          { id: 'date', header: 'Date', cell: (c) => c.date ?? '—' },
          { id: 'end', header: 'Ends', cell: (c) => c.end ?? '—' },
        ]}
      />
      {history.error !== undefined && <ErrorAlert error={history.error} onRetry={history.reload} />}
      <Table
        header={<Header description="Every change, newest first.">Preference history</Header>}
        loading={history.loading}
        loadingText="Loading the history"
        items={[...history.items]}
        trackBy="changeId"
        empty={<Empty title="No changes recorded" />}
        columnDefinitions={preferenceColumns}
        pagination={<Pagination {...history.pagination} />}
      />
    </SpaceBetween>
  );
}
