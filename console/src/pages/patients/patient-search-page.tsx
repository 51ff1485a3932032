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
import type { ResponseOf } from '../../api/types';
import { displayName } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';

type Criteria = { family?: string; given?: string; identifier?: string; birthDate?: string };
type Results = ResponseOf<'searchPatients'>;

/** Patient search: by family or given name prefix, identifier or birth date; server-side pages. */
export default function PatientSearchPage() {
  const api = useApi();
  const follow = useFollow();
  const [form, setForm] = useState<Criteria>({});
  const [pages, setPages] = useState<Results[]>([]);
  const [pageIndex, setPageIndex] = useState(0);
  const [criteria, setCriteria] = useState<Criteria>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();

  const run = async (query: Criteria, cursor?: string) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await dataOf(
        api.GET('/patients', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } }),
      );
      return page;
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      setLoading(false);
    }
  };
  const search = async () => {
    const query = Object.fromEntries(Object.entries(form).filter(([, v]) => v && v.trim() !== '')) as Criteria;
    setCriteria(query);
    const first = await run(query);
    setPages(first ? [first] : []);
    setPageIndex(0);
  };
  const fieldError = (name: string) =>
    error instanceof ApiProblem ? error.fieldErrors(`/${name}`).join(' ') || undefined : undefined;
  const current = pages[pageIndex];
  const last = pages[pages.length - 1];
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
            void search();
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
          <ErrorAlert error={error} onRetry={() => void search()} />
        )}
        {criteria && (
          <Table
            header={
              <Header counter={current ? `(${current.items.length}${last?.cursor ? '+' : ''})` : undefined}>
                Results
              </Header>
            }
            loading={loading}
            loadingText="Searching patients"
            items={current?.items ?? []}
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
            pagination={
              <Pagination
                currentPageIndex={pageIndex + 1}
                pagesCount={pages.length}
                openEnd={Boolean(last?.cursor)}
                ariaLabels={{
                  nextPageLabel: 'Next page',
                  previousPageLabel: 'Previous page',
                  pageLabel: (n) => `Page ${n}`,
                }}
                onChange={async ({ detail }) => {
                  const wanted = detail.currentPageIndex - 1;
                  if (wanted < pages.length) return setPageIndex(wanted);
                  const next = last?.cursor && criteria ? await run(criteria, last.cursor) : undefined;
                  if (next) {
                    setPages([...pages, next]);
                    setPageIndex(pages.length);
                  }
                }}
              />
            }
          />
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
