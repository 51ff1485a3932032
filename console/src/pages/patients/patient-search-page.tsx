import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import DatePicker from '@cloudscape-design/components/date-picker';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { displayName } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';

type Criteria = { family?: string; given?: string; identifier?: string; birthDate?: string };

/** Patient search: by family or given name prefix, identifier or birth date; server-side pages. */
export default function PatientSearchPage() {
  const api = useApi();
  const follow = useFollow();
  const [form, setForm] = useState<Criteria>({});
  const [criteria, setCriteria] = useState<Criteria>();
  // A new criteria object on every search, so searching again for the same asks the server again.
  const results = useCursorPages(
    (cursor) => dataOf(api.GET('/patients', { params: { query: { ...criteria, ...(cursor ? { cursor } : {}) } } })),
    [api, criteria],
    criteria !== undefined,
  );
  const { loading, error } = results;
  const search = () =>
    setCriteria(Object.fromEntries(Object.entries(form).filter(([, v]) => v && v.trim() !== '')) as Criteria);
  const fieldError = (name: string) =>
    error instanceof ApiProblem ? error.fieldErrors(`/${name}`).join(' ') || undefined : undefined;
  const field = (name: keyof Criteria) => ({
    value: form[name] ?? '',
    onChange: ({ detail }: { detail: { value: string } }) => setForm({ ...form, [name]: detail.value }),
  });

  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Find a patient by name, identifier or birth date.">
          Patients
        </Header>
      }
    >
      <SpaceBetween size="l">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            search();
          }}
        >
          <Form
            actions={
              <Button variant="primary" formAction="submit" loading={loading}>
                Search
              </Button>
            }
          >
            <Grid gridDefinition={[{ colspan: 3 }, { colspan: 3 }, { colspan: 3 }, { colspan: 3 }]}>
              <FormField label="Family name" errorText={fieldError('family')}>
                <Input {...field('family')} placeholder="starts with…" />
              </FormField>
              <FormField label="Given name" errorText={fieldError('given')}>
                <Input {...field('given')} placeholder="starts with…" />
              </FormField>
              <FormField label="Identifier" description="system|value or value" errorText={fieldError('identifier')}>
                <Input {...field('identifier')} />
              </FormField>
              <FormField label="Birth date" errorText={fieldError('birthDate')}>
                <DatePicker
                  {...field('birthDate')}
                  placeholder="YYYY/MM/DD"
                  openCalendarAriaLabel={(selected) => `Choose birth date${selected ? `, selected ${selected}` : ''}`}
                />
              </FormField>
            </Grid>
          </Form>
        </form>
        {error !== undefined && !(error instanceof ApiProblem && error.errors.length > 0) && (
          <ErrorAlert error={error} onRetry={results.reload} />
        )}
        {criteria && (
          <Table
            header={
              <Header
                counter={results.page ? `(${results.page.items.length}${results.page.cursor ? '+' : ''})` : undefined}
              >
                Results
              </Header>
            }
            loading={loading}
            loadingText="Searching patients"
            items={[...results.items]}
            trackBy="id"
            empty={<Empty title="No patients match">Try fewer letters or another criterion.</Empty>}
            columnDefinitions={[
              {
                id: 'name',
                header: 'Name',
                cell: (item) => (
                  <Link href={href(`/patients/${encodeURIComponent(item.id)}`)} onFollow={follow}>
                    {displayName(item.name)}
                  </Link>
                ),
              },
              { id: 'birthDate', header: 'Birth date', cell: (item) => item.birthDate ?? '—' },
              { id: 'gender', header: 'Gender', cell: (item) => item.gender ?? '—' },
              { id: 'id', header: 'Patient id', cell: (item) => <code>{item.id}</code> },
            ]}
            pagination={<Pagination {...results.pagination} />}
          />
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
