import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert } from '../../app/page-states';
import { useApi, useSession } from '../../app/session';
import { useCursorPages } from '../../app/use-cursor-pages';

type Upload = ResponseOf<'replaceSegmentMembers'>;

/** A segment's members, a page at a time from the server (the cursor of each page leads to the next). */
export function SegmentMembers({ segmentId, generation }: { readonly segmentId: string; readonly generation: number }) {
  const api = useApi();
  const follow = useFollow();
  const mayOpen = useSession().can('patients:read-contact');
  const members = useCursorPages(
    (cursor) =>
      dataOf(
        api.GET('/segments/{segmentId}/members', {
          params: { path: { segmentId }, query: { limit: '25', ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [api, segmentId, generation],
  );
  const next = members.page?.cursor;
  if (members.error instanceof ApiProblem && members.error.status === 403) {
    return (
      <Alert type="info" header="Members are shown only to clinical roles">
        This segment reads clinical data (conditions, observations, FHIRPath or a clinical segment): who is in it would
        say something about their health. Your role may manage the segment but not see its members.
      </Alert>
    );
  }
  return (
    <Table
      header={
        <Header counter={members.page ? `(${members.page.items.length}${next ? '+' : ''})` : undefined}>Members</Header>
      }
      loading={members.loading}
      loadingText="Loading members"
      items={[...members.items]}
      trackBy="patientId"
      empty={
        members.error !== undefined ? (
          <ErrorAlert error={members.error} onRetry={members.reload} />
        ) : (
          <Empty title="No members">Nobody matches yet, or the segment is not active.</Empty>
        )
      }
      columnDefinitions={[
        {
          id: 'patient',
          header: 'Patient id',
          cell: (member) =>
            mayOpen ? (
              <Link href={href(`/patients/${encodeURIComponent(member.patientId)}`)} onFollow={follow}>
                {member.patientId}
              </Link>
            ) : (
              <code>{member.patientId}</code>
            ),
        },
        { id: 'since', header: 'Member since', cell: (member) => formatInstant(member.since) },
        { id: 'version', header: 'Version', cell: (member) => member.version },
        { id: 'kind', header: 'Kind', cell: (member) => member.kind },
      ]}
      pagination={<Pagination {...members.pagination} />}
    />
  );
}

const REASONS: Record<string, string> = {
  unknown: 'no patient has this id or identifier',
  ambiguous: 'the identifier names more than one patient',
  empty: 'the line has no value',
  malformed: 'not an id or a system|value identifier',
};

/** A static segment's members from a CSV list (a `patientId` or `identifier` column), with what each line did. */
export function StaticUpload({
  segmentId,
  onUploaded,
}: {
  readonly segmentId: string;
  readonly onUploaded: () => void;
}) {
  const api = useApi();
  const [files, setFiles] = useState<File[]>([]);
  const [csv, setCsv] = useState('');
  const [uploading, setUploading] = useState(false);
  const [result, setResult] = useState<Upload>();
  const [error, setError] = useState<unknown>();
  const csvErrors = error instanceof ApiProblem ? error.fieldErrors('/csv') : [];

  const upload = async () => {
    setUploading(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(
        await dataOf(api.PUT('/segments/{segmentId}/members', { params: { path: { segmentId } }, body: { csv } })),
      );
      onUploaded();
    } catch (failure) {
      setError(failure);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Container
      header={
        <Header variant="h2" description="Replaces every member with the patients the list names.">
          Upload members
        </Header>
      }
    >
      <SpaceBetween size="m">
        <FormField label="CSV file" description="A header row with a patientId or identifier (system|value) column.">
          <FileUpload
            value={files}
            accept=".csv,text/csv,text/plain"
            onChange={async ({ detail }) => {
              setFiles(detail.value);
              const [file] = detail.value;
              if (file) setCsv(await file.text());
            }}
            i18nStrings={{
              uploadButtonText: () => 'Choose file',
              dropzoneText: () => 'Drop the file to upload',
              removeFileAriaLabel: (index) => `Remove file ${index + 1}`,
              limitShowFewer: 'Show fewer files',
              limitShowMore: 'Show more files',
              errorIconAriaLabel: 'Error',
              warningIconAriaLabel: 'Warning',
            }}
          />
        </FormField>
        <FormField
          label="List"
          description="the file's text, or paste it here"
          errorText={csvErrors.join('; ') || undefined}
          stretch
        >
          <Textarea
            value={csv}
            rows={6}
            spellcheck={false}
            placeholder={'patientId\np-1\np-2'}
            onChange={({ detail }) => setCsv(detail.value)}
          />
        </FormField>
        <Button variant="primary" onClick={() => void upload()} loading={uploading} disabled={csv.trim() === ''}>
          Upload list
        </Button>
        {error !== undefined && csvErrors.length === 0 && (
          <ErrorAlert error={error} header="The list was not uploaded" />
        )}
        {result && (
          <SpaceBetween size="s">
            <Alert type={result.unresolved.length > 0 ? 'warning' : 'success'} header="List uploaded">
              <KeyValuePairs
                columns={4}
                items={[
                  { label: 'Rows read', value: result.rows },
                  { label: 'Members now', value: result.members },
                  { label: 'Entered', value: result.entered },
                  { label: 'Left', value: result.exited },
                ]}
              />
            </Alert>
            {result.unresolved.length > 0 && (
              <Table
                header={<Header counter={`(${result.unresolved.length})`}>Lines left out</Header>}
                items={result.unresolved}
                trackBy="line"
                columnDefinitions={[
                  { id: 'line', header: 'Line', cell: (row) => row.line },
                  { id: 'value', header: 'Value', cell: (row) => (row.value ? <code>{row.value}</code> : '—') },
                  { id: 'reason', header: 'Why', cell: (row) => REASONS[row.reason] ?? row.reason },
                ]}
              />
            )}
          </SpaceBetween>
        )}
        {!result && error === undefined && <Box color="text-body-secondary">At most 10,000 lines.</Box>}
      </SpaceBetween>
    </Container>
  );
}
