import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import type { operations } from '../../api/openapi.generated';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';

type ResourceType = operations['getIngestedResource']['parameters']['path']['resourceType'];
type Trace = ResponseOf<'getIngestedResource'>;

/** Every type the route accepts: a record over the generated union, so a type added to the API fails to compile here. */
const TYPES: Record<ResourceType, true> = {
  Patient: true,
  Appointment: true,
  AllergyIntolerance: true,
  EpisodeOfCare: true,
  Observation: true,
  Condition: true,
  Procedure: true,
  ServiceRequest: true,
  Encounter: true,
  Immunization: true,
  MedicationRequest: true,
  Location: true,
  Consent: true,
};
const TYPE_OPTIONS = Object.keys(TYPES).map((type) => ({ value: type, label: type }));

/** What the platform holds of one resource, and the changes of it dropped as stale: why a correction "did not show". */
export function ResourceTraceTab() {
  const api = useApi();
  const [resourceType, setResourceType] = useState<ResourceType>('Patient');
  const [resourceId, setResourceId] = useState('');
  const [trace, setTrace] = useState<Trace>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);

  const look = async () => {
    setLoading(true);
    setError(undefined);
    setTrace(undefined);
    try {
      setTrace(
        await dataOf(
          api.GET('/ingestion/resources/{resourceType}/{resourceId}', {
            params: { path: { resourceType, resourceId: resourceId.trim() } },
          }),
        ),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };
  const idError = error instanceof ApiProblem ? error.fieldErrors('/resourceId').join(' ') || undefined : undefined;
  const notFound = error instanceof ApiProblem && error.status === 404;

  return (
    <SpaceBetween size="l">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void look();
        }}
      >
        <Form
          header={
            <Header
              variant="h2"
              description="The version the platform applied, and every change of it dropped as stale."
            >
              Trace a resource
            </Header>
          }
          actions={
            <Button variant="primary" formAction="submit" loading={loading} disabled={resourceId.trim() === ''}>
              Look up
            </Button>
          }
        >
          <Grid gridDefinition={[{ colspan: 4 }, { colspan: 8 }]}>
            <FormField label="Resource type">
              <Select
                selectedOption={{ value: resourceType, label: resourceType }}
                options={TYPE_OPTIONS}
                onChange={({ detail }) => setResourceType(detail.selectedOption.value as ResourceType)}
              />
            </FormField>
            <FormField label="Resource id" errorText={idError}>
              <Input value={resourceId} onChange={({ detail }) => setResourceId(detail.value)} />
            </FormField>
          </Grid>
        </Form>
      </form>
      {notFound && (
        <Container>
          <Empty title="Nothing was ingested for this resource">
            No version of {resourceType}/{resourceId.trim()} was applied or dropped.
          </Empty>
        </Container>
      )}
      {error !== undefined && !notFound && !idError && <ErrorAlert error={error} onRetry={() => void look()} />}
      {trace && (
        <Container header={<Header variant="h2">{`${trace.resourceType}/${trace.resourceId}`}</Header>}>
          <SpaceBetween size="l">
            {trace.applied ? (
              <KeyValuePairs
                columns={4}
                items={[
                  { label: 'Applied version', value: trace.applied.stamp.versionId ?? '—' },
                  { label: 'Last updated', value: formatInstant(trace.applied.stamp.lastUpdated) },
                  { label: 'Changed at', value: formatInstant(trace.applied.stamp.occurredAt) },
                  { label: 'Revision', value: String(trace.applied.revision) },
                  { label: 'Deleted', value: trace.applied.deleted ? 'Yes' : 'No' },
                  { label: 'Announced', value: trace.applied.announced ? 'Yes' : 'Not yet' },
                  { label: 'Patients concerned', value: String(trace.applied.patients) },
                ]}
              />
            ) : (
              <Box>No version of it was applied.</Box>
            )}
            <Table
              variant="embedded"
              header={<Header variant="h3">{`Dropped as stale (${trace.ignored.length})`}</Header>}
              items={trace.ignored}
              empty={<Empty title="No change was dropped" />}
              columnDefinitions={[
                { id: 'at', header: 'Dropped', cell: (c) => formatInstant(c.at) },
                { id: 'action', header: 'Action', cell: (c) => c.action },
                {
                  id: 'version',
                  header: 'Its version',
                  cell: (c) => c.stamp.versionId ?? formatInstant(c.stamp.occurredAt),
                },
                {
                  id: 'applied',
                  header: 'Newer version held',
                  cell: (c) => c.appliedStamp.versionId ?? formatInstant(c.appliedStamp.occurredAt),
                },
                {
                  id: 'source',
                  header: 'From',
                  cell: (c) => (c.importJobId ? `import ${c.importJobId}` : (c.eventId ?? '—')),
                },
              ]}
            />
          </SpaceBetween>
        </Container>
      )}
    </SpaceBetween>
  );
}
