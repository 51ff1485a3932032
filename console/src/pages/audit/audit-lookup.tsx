import Button from '@cloudscape-design/components/button';
import DatePicker from '@cloudscape-design/components/date-picker';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi, useSession } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';

type AuditPage = ResponseOf<'getPatientAuditTrail'>;
type AuditEntry = AuditPage['items'][number];
export type AuditSubject = 'patient' | 'actor';

interface Lookup {
  readonly id: string;
  /** Canonical instants, fixed when asked: the cursor is only valid with the same window. */
  readonly from?: string;
  readonly to?: string;
}

const PAGE_SIZE = '25';
const startOfDay = (date: string) => new Date(`${date}T00:00:00`).toISOString();
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999`).toISOString();

/** One audit question (by patient or by staff member) over a date range, newest first, server-side pages. */
export function AuditLookup({ subject }: { subject: AuditSubject }) {
  const api = useApi();
  const session = useSession();
  const follow = useFollow();
  const [id, setId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [lookup, setLookup] = useState<Lookup>();
  const pages = useCursorPages<AuditPage>(
    (cursor) => {
      const asked = lookup as Lookup;
      const query = {
        limit: PAGE_SIZE,
        ...(asked.from ? { from: asked.from } : {}),
        ...(asked.to ? { to: asked.to } : {}),
        ...(cursor ? { cursor } : {}),
      };
      return subject === 'patient'
        ? dataOf(api.GET('/audit/patients/{patientId}', { params: { path: { patientId: asked.id }, query } }))
        : dataOf(api.GET('/audit/actors/{actor}', { params: { path: { actor: asked.id }, query } }));
    },
    [api, subject, lookup],
    lookup !== undefined,
  );
  const problem = pages.error instanceof ApiProblem ? pages.error : undefined;
  const fieldError = (pointer: string) => problem?.fieldErrors(pointer).join(' ') || undefined;
  const idPointer = subject === 'patient' ? '/patientId' : '/actor';
  const showsFields = problem !== undefined && problem.errors.length > 0;
  const ask = (value = id) =>
    setLookup({
      id: value.trim(),
      ...(from ? { from: startOfDay(from) } : {}),
      ...(to ? { to: endOfDay(to) } : {}),
    });

  const patientCell = (entry: AuditEntry) =>
    entry.patientId === undefined ? (
      '—'
    ) : session.can('patients:read-contact') ? (
      <Link href={href(`/patients/${encodeURIComponent(entry.patientId)}`)} onFollow={follow}>
        {entry.patientId}
      </Link>
    ) : (
      <code>{entry.patientId}</code>
    );
  const columns: TableProps.ColumnDefinition<AuditEntry>[] = [
    { id: 'at', header: 'When', cell: (entry) => formatInstant(entry.at) },
    subject === 'patient'
      ? { id: 'actor', header: 'Who', cell: (entry) => <code>{entry.actor}</code> }
      : { id: 'patient', header: 'Patient', cell: patientCell },
    { id: 'roles', header: 'Roles', cell: (entry) => entry.roles.join(', ') },
    { id: 'action', header: 'Action', cell: (entry) => entry.action },
    { id: 'resource', header: 'Resource', cell: (entry) => <code>{entry.resource}</code> },
    {
      id: 'outcome',
      header: 'Outcome',
      cell: (entry) => (
        <StatusIndicator
          type={entry.outcome === 'allowed' ? 'success' : entry.outcome === 'attempted' ? 'pending' : 'error'}
        >
          {`${entry.outcome} (${entry.status})`}
        </StatusIndicator>
      ),
    },
  ];

  return (
    <SpaceBetween size="l">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {subject === 'actor' && (
                <Button
                  formAction="none"
                  onClick={() => {
                    setId(session.caller.subject);
                    ask(session.caller.subject);
                  }}
                >
                  What did I do
                </Button>
              )}
              <Button variant="primary" formAction="submit" loading={pages.loading} disabled={id.trim() === ''}>
                Look up
              </Button>
            </SpaceBetween>
          }
        >
          <Grid gridDefinition={[{ colspan: 6 }, { colspan: 3 }, { colspan: 3 }]}>
            <FormField
              label={subject === 'patient' ? 'Patient id' : 'Staff member'}
              description={subject === 'patient' ? undefined : 'Their user id (the token subject)'}
              errorText={fieldError(idPointer)}
            >
              <Input value={id} onChange={({ detail }) => setId(detail.value)} />
            </FormField>
            <FormField label="From" description="Default: 30 days before To" errorText={fieldError('/from')}>
              <DatePicker
                value={from}
                onChange={({ detail }) => setFrom(detail.value)}
                placeholder="YYYY/MM/DD"
                openCalendarAriaLabel={(selected) => `Choose the first day${selected ? `, selected ${selected}` : ''}`}
              />
            </FormField>
            <FormField label="To" description="Default: now" errorText={fieldError('/to')}>
              <DatePicker
                value={to}
                onChange={({ detail }) => setTo(detail.value)}
                placeholder="YYYY/MM/DD"
                openCalendarAriaLabel={(selected) => `Choose the last day${selected ? `, selected ${selected}` : ''}`}
              />
            </FormField>
          </Grid>
        </Form>
      </form>
      {pages.error !== undefined && !showsFields && <ErrorAlert error={pages.error} onRetry={pages.reload} />}
      {lookup && !showsFields && (
        <Table<AuditEntry>
          header={
            <Header
              counter={pages.page ? `(${pages.page.items.length}${pages.page.cursor ? '+' : ''})` : undefined}
              description={
                pages.page ? `From ${formatInstant(pages.page.from)} to ${formatInstant(pages.page.to)}` : undefined
              }
            >
              {subject === 'patient' ? `Who accessed ${lookup.id}` : `What ${lookup.id} did`}
            </Header>
          }
          loading={pages.loading}
          loadingText="Reading the audit trail"
          items={pages.page?.items ?? []}
          trackBy="id"
          wrapLines
          empty={<Empty title="No audit entries">Nothing was recorded in this window. Try a wider date range.</Empty>}
          columnDefinitions={columns}
          pagination={<Pagination {...pages.pagination} />}
        />
      )}
    </SpaceBetween>
  );
}
