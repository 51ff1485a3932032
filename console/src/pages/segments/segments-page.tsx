import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';
import { useLoad } from '../../app/use-load';
import { StatusOf } from './segment-status';

type Status = 'draft' | 'active' | 'archived';

const STATUSES = [
  { value: '', label: 'Any status' },
  { value: 'draft', label: 'Draft' },
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

/** Segments: the organisation's segments a page at a time from the server, and the catalog to start from. */
export default function SegmentsPage() {
  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Who outreach is for: segments by criteria or uploaded lists.">
          Segments
        </Header>
      }
    >
      <SpaceBetween size="l">
        <SegmentTable />
        <CatalogTable />
      </SpaceBetween>
    </ContentLayout>
  );
}

function SegmentTable() {
  const api = useApi();
  const follow = useFollow();
  const [status, setStatus] = useState('');
  const page = useCursorPages(
    (cursor) =>
      dataOf(
        api.GET('/segments', {
          params: { query: { ...(status ? { status: status as Status } : {}), ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [api, status],
  );
  const next = page.page?.cursor;
  return (
    <Table
      header={
        <Header
          variant="h2"
          counter={page.page ? `(${page.page.items.length}${next ? '+' : ''})` : undefined}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button href={href('/segments/new?kind=static')} onFollow={follow}>
                Create static segment
              </Button>
              <Button variant="primary" href={href('/segments/new')} onFollow={follow}>
                Create segment
              </Button>
            </SpaceBetween>
          }
        >
          Your segments
        </Header>
      }
      filter={
        <FormField label="Status">
          <Select
            selectedOption={STATUSES.find((option) => option.value === status) ?? null}
            options={STATUSES}
            onChange={({ detail }) => {
              setStatus(detail.selectedOption.value ?? '');
            }}
          />
        </FormField>
      }
      loading={page.loading}
      loadingText="Loading segments"
      items={[...page.items]}
      trackBy="segmentId"
      empty={
        page.error !== undefined ? (
          <ErrorAlert error={page.error} onRetry={page.reload} />
        ) : (
          <Empty title="No segments">
            {status ? 'None in this status.' : 'Create one, or copy one from the catalog below.'}
          </Empty>
        )
      }
      columnDefinitions={[
        {
          id: 'name',
          header: 'Name',
          cell: (segment) => (
            <Link href={href(`/segments/${encodeURIComponent(segment.segmentId)}`)} onFollow={follow}>
              {segment.name}
            </Link>
          ),
        },
        { id: 'id', header: 'Id', cell: (segment) => <code>{segment.segmentId}</code> },
        { id: 'kind', header: 'Kind', cell: (segment) => (segment.kind === 'static' ? 'static list' : 'dynamic') },
        { id: 'status', header: 'Status', cell: (segment) => <StatusOf status={segment.status} /> },
        {
          id: 'version',
          header: 'Version',
          cell: (segment) =>
            segment.activeVersion !== undefined && segment.activeVersion !== segment.latestVersion
              ? `${segment.latestVersion} (active: ${segment.activeVersion})`
              : segment.latestVersion,
        },
        { id: 'updated', header: 'Updated', cell: (segment) => formatInstant(segment.updatedAt) },
      ]}
      pagination={<Pagination {...page.pagination} />}
    />
  );
}

interface CatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

function CatalogTable() {
  const api = useApi();
  const follow = useFollow();
  const catalog = useLoad(() => dataOf(api.GET('/segments/catalog')), [api]);
  const items = (catalog.data?.items ?? []) as unknown as CatalogEntry[];
  return (
    <Table
      header={
        <Header
          variant="h2"
          counter={catalog.data ? `(${items.length})` : undefined}
          description="Predefined segments, with their sources: copy one to start."
        >
          Catalog
        </Header>
      }
      loading={catalog.loading}
      loadingText="Loading the catalog"
      items={items}
      trackBy="id"
      wrapLines
      empty={
        catalog.error !== undefined ? (
          <ErrorAlert error={catalog.error} onRetry={catalog.reload} />
        ) : (
          <Empty title="The catalog is empty" />
        )
      }
      columnDefinitions={[
        { id: 'name', header: 'Name', cell: (entry) => <b>{entry.name}</b>, width: 260 },
        {
          id: 'description',
          header: 'Description',
          cell: (entry) => (
            <Box variant="small">
              {entry.description.length > 220 ? `${entry.description.slice(0, 220)}…` : entry.description}
            </Box>
          ),
        },
        {
          id: 'copy',
          header: 'Start from it',
          cell: (entry) => (
            <Button
              ariaLabel={`Copy to start: ${entry.name}`}
              href={href(`/segments/new?from=${encodeURIComponent(entry.id)}`)}
              onFollow={follow}
            >
              Copy to start
            </Button>
          ),
          width: 170,
        },
      ]}
    />
  );
}
