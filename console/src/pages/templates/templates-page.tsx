import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
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
import { useLoad } from '../../app/use-load';
import { CHANNEL_LABELS, CHANNELS, type TemplateDefinition } from './template-draft';

const channelsIn = (definition: TemplateDefinition) =>
  CHANNELS.filter((c) => Object.values(definition.content).some((content) => content[c]))
    .map((c) => CHANNEL_LABELS[c])
    .join(', ');

/** The organisation's templates (server-side pages) and the shipped catalog, each copyable into a new template. */
export default function TemplatesPage() {
  const api = useApi();
  const follow = useFollow();
  const list = useCursorPages(
    (cursor) => dataOf(api.GET('/templates', { params: { query: cursor ? { cursor } : {} } })),
    [api],
  );
  const catalog = useLoad(() => dataOf(api.GET('/templates/catalog')), [api]);
  const next = list.page?.cursor;

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Messages journeys and staff send, per channel and language, written in Liquid."
          actions={
            <Button variant="primary" href={href('/templates/new')} onFollow={follow}>
              Create template
            </Button>
          }
        >
          Templates
        </Header>
      }
    >
      <SpaceBetween size="l">
        {list.error !== undefined && <ErrorAlert error={list.error} onRetry={list.reload} />}
        <Table
          header={
            <Header counter={list.page ? `(${list.page.items.length}${next ? '+' : ''})` : undefined}>
              Your templates
            </Header>
          }
          variant="container"
          loading={list.loading}
          loadingText="Loading templates"
          items={list.error === undefined ? [...list.items] : []}
          trackBy="templateId"
          empty={
            <Empty title="No templates yet">
              Create one, or copy one from the catalog below to start from something that works.
            </Empty>
          }
          columnDefinitions={[
            {
              id: 'name',
              header: 'Name',
              cell: (item) => (
                <Link href={href(`/templates/${encodeURIComponent(item.templateId)}`)} onFollow={follow}>
                  {item.name}
                </Link>
              ),
            },
            { id: 'id', header: 'Template id', cell: (item) => <code>{item.templateId}</code> },
            { id: 'version', header: 'Latest version', cell: (item) => item.latestVersion },
            { id: 'updatedAt', header: 'Updated', cell: (item) => formatInstant(item.updatedAt) },
          ]}
          pagination={<Pagination {...list.pagination} />}
        />
        {catalog.error !== undefined && <ErrorAlert error={catalog.error} onRetry={catalog.reload} />}
        <Table
          header={
            <Header
              counter={catalog.data ? `(${catalog.data.items.length})` : undefined}
              description="Shipped with the platform. Copy one to start a template of your own."
            >
              Catalog
            </Header>
          }
          variant="container"
          loading={catalog.loading}
          loadingText="Loading the catalog"
          items={catalog.error === undefined ? (catalog.data?.items ?? []) : []}
          trackBy="templateId"
          empty={<Empty title="The catalog is empty" />}
          columnDefinitions={[
            {
              id: 'name',
              header: 'Name',
              cell: (item) => (
                <SpaceBetween size="xxs">
                  <Box fontWeight="bold">{item.definition.name}</Box>
                  {item.definition.description && <Box variant="small">{item.definition.description}</Box>}
                </SpaceBetween>
              ),
            },
            { id: 'topic', header: 'Topic', cell: (item) => item.definition.topic },
            { id: 'channels', header: 'Channels', cell: (item) => channelsIn(item.definition) },
            {
              id: 'languages',
              header: 'Languages',
              cell: (item) => Object.keys(item.definition.content).join(', '),
            },
            {
              id: 'copy',
              header: 'Start from it',
              cell: (item) => (
                <Button
                  href={href(`/templates/new?copy=${encodeURIComponent(item.templateId)}`)}
                  onFollow={follow}
                  ariaLabel={`Copy ${item.definition.name}`}
                >
                  Copy
                </Button>
              ),
            },
          ]}
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
