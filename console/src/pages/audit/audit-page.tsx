import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { AuditLookup } from './audit-lookup';

/** The audit trail: who saw a patient, and what a staff member did. Each query is itself audited. */
export default function AuditPage() {
  const [tab, setTab] = useState('patient');
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Who saw a patient's data, and what a staff member did. Your lookups are audited too."
        >
          Audit
        </Header>
      }
    >
      <Container>
        <Tabs
          activeTabId={tab}
          onChange={({ detail }) => setTab(detail.activeTabId)}
          tabs={[
            { id: 'patient', label: 'Who saw a patient', content: <AuditLookup key="patient" subject="patient" /> },
            { id: 'actor', label: 'What a staff member did', content: <AuditLookup key="actor" subject="actor" /> },
          ]}
        />
      </Container>
    </ContentLayout>
  );
}
