import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';
import { useLoad } from '../../app/use-load';
import { describeEntry, type JourneyDefinition } from './journey-model';

type JourneyList = ResponseOf<'listJourneys'>;

const STATUS_TYPES: Record<JourneyList['items'][number]['status'], StatusIndicatorProps.Type> = {
  draft: 'pending',
  active: 'success',
  paused: 'stopped',
  archived: 'stopped',
};

const designer = (journeyId: string) => href(`/journeys/${encodeURIComponent(journeyId)}`);

/** Journeys: the installed ones with their status and versions, and the catalog to open or copy one from. */
export default function JourneysPage() {
  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Design, simulate and publish patient journeys.">
          Journeys
        </Header>
      }
    >
      <Tabs
        ariaLabel="Journeys and catalog"
        tabs={[
          { id: 'journeys', label: 'Journeys', content: <JourneyTable /> },
          { id: 'catalog', label: 'Catalog', content: <CatalogTable /> },
        ]}
      />
    </ContentLayout>
  );
}

function JourneyTable() {
  const api = useApi();
  const follow = useFollow();
  const page = useCursorPages(
    (cursor) => dataOf(api.GET('/journeys', { params: { query: cursor ? { cursor } : {} } })),
    [api],
  );
  return (
    <Table
      header={
        <Header counter={page.page ? `(${page.page.items.length}${page.page.cursor ? '+' : ''})` : undefined}>
          Installed journeys
        </Header>
      }
      ariaLabels={{ tableLabel: 'Installed journeys' }}
      loading={page.loading}
      loadingText="Loading journeys"
      items={[...page.items]}
      trackBy="journeyId"
      empty={
        page.error ? (
          <ErrorAlert error={page.error} onRetry={page.reload} />
        ) : (
          <Empty title="No journeys yet">Open one from the catalog to start.</Empty>
        )
      }
      columnDefinitions={[
        {
          id: 'name',
          header: 'Name',
          cell: (item) => (
            <Link href={designer(item.journeyId)} onFollow={follow}>
              {item.name}
            </Link>
          ),
        },
        { id: 'id', header: 'Id', cell: (item) => <code>{item.journeyId}</code> },
        {
          id: 'status',
          header: 'Status',
          cell: (item) => <StatusIndicator type={STATUS_TYPES[item.status]}>{item.status}</StatusIndicator>,
        },
        { id: 'latest', header: 'Latest version', cell: (item) => item.latestVersion },
        { id: 'published', header: 'Live version', cell: (item) => item.publishedVersion ?? '—' },
        { id: 'updated', header: 'Updated', cell: (item) => formatInstant(item.updatedAt) },
      ]}
      pagination={<Pagination {...page.pagination} />}
    />
  );
}

function CatalogTable() {
  const api = useApi();
  const follow = useFollow();
  const catalog = useLoad(() => dataOf(api.GET('/journeys/catalog')), []);
  const [copying, setCopying] = useState<JourneyDefinition>();
  return (
    <>
      <Table
        header={
          <Header
            counter={catalog.data ? `(${catalog.data.items.length})` : undefined}
            description="Journeys shipped with the platform: open one in the designer, or copy it to start your own."
          >
            Catalog
          </Header>
        }
        ariaLabels={{ tableLabel: 'Journey catalog' }}
        loading={catalog.loading}
        loadingText="Loading the catalog"
        items={catalog.data?.items ?? []}
        trackBy="id"
        wrapLines
        empty={
          catalog.error ? (
            <ErrorAlert error={catalog.error} onRetry={catalog.reload} />
          ) : (
            <Empty title="The catalog is empty" />
          )
        }
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (item) => <b>{item.name}</b> },
          { id: 'description', header: 'What it does', cell: (item) => item.description ?? '—' },
          { id: 'entry', header: 'Entry', cell: (item) => describeEntry(item) },
          {
            id: 'actions',
            header: 'Actions',
            cell: (item) => (
              <SpaceBetween direction="horizontal" size="xs">
                <Link href={designer(item.id)} onFollow={follow} ariaLabel={`Open in designer: ${item.name}`}>
                  Open in designer
                </Link>
                <Button
                  variant="inline-link"
                  ariaLabel={`Copy to start: ${item.name}`}
                  onClick={() => setCopying(item)}
                >
                  Copy to start
                </Button>
              </SpaceBetween>
            ),
          },
        ]}
      />
      {copying && <CopyModal source={copying} onClose={() => setCopying(undefined)} />}
    </>
  );
}

/** Copies a catalog journey under a new id and name as a draft, and opens it in the designer. */
function CopyModal({ source, onClose }: { source: JourneyDefinition; onClose: () => void }) {
  const api = useApi();
  const navigate = useNavigate();
  const [id, setId] = useState(`${source.id}-copy`);
  const [name, setName] = useState(`${source.name} (copy)`);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const fieldError = (pointer: string) =>
    error instanceof ApiProblem ? error.fieldErrors(pointer).join(' ') || undefined : undefined;
  const copy = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const body = { ...source, id, name } as unknown as Record<string, never>;
      const created = await dataOf(api.POST('/journeys', { body }));
      navigate(`/journeys/${encodeURIComponent(created.journey.journeyId)}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      visible
      onDismiss={onClose}
      header={`Copy "${source.name}"`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={() => void copy()}>
              Create draft
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField
          label="Journey id"
          description="Lower-case letters, digits and hyphens"
          errorText={fieldError('/id')}
        >
          <Input value={id} onChange={({ detail }) => setId(detail.value)} />
        </FormField>
        <FormField label="Name" errorText={fieldError('/name')}>
          <Input value={name} onChange={({ detail }) => setName(detail.value)} />
        </FormField>
        {error !== undefined && !(error instanceof ApiProblem && (fieldError('/id') || fieldError('/name'))) && (
          <ErrorAlert error={error} />
        )}
      </SpaceBetween>
    </Modal>
  );
}
