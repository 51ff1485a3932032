import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { BulkImportTab } from './bulk-import-tab';
import { DeadLettersTab } from './dead-letters-tab';
import { ResourceTraceTab } from './resource-trace-tab';

/** Ingestion operations for the sync admin: dead letters, bulk imports, and what became of one resource. */
export default function IngestionPage() {
  const [tab, setTab] = useState('dead-letters');
  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Events the platform could not apply, bulk imports, and resource traces.">
          Ingestion
        </Header>
      }
    >
      <Container>
        <Tabs
          activeTabId={tab}
          onChange={({ detail }) => setTab(detail.activeTabId)}
          tabs={[
            { id: 'dead-letters', label: 'Dead letters', content: <DeadLettersTab /> },
            { id: 'imports', label: 'Bulk imports', content: <BulkImportTab /> },
            { id: 'trace', label: 'Resource trace', content: <ResourceTraceTab /> },
          ]}
        />
      </Container>
    </ContentLayout>
  );
}
