import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect, useState } from 'react';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';

type ImportJob = ResponseOf<'getBulkImport'>;

const POLL_MS = 1000;

/** Start a bulk import of a prefix of the import bucket, then follow it until its totals are in. */
export function BulkImportTab() {
  const api = useApi();
  const [prefix, setPrefix] = useState('');
  const [asOf, setAsOf] = useState('');
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>();
  const [jobId, setJobId] = useState<string>();

  const start = async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      const started = await dataOf(
        api.POST('/ingestion/imports', {
          body: { prefix: prefix.trim(), ...(asOf.trim() ? { asOf: asOf.trim() } : {}) },
        }),
      );
      setJobId(started.jobId);
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  };
  const fieldError = (name: string) =>
    startError instanceof ApiProblem ? startError.fieldErrors(`/${name}`).join(' ') || undefined : undefined;
  const fieldsExplain = startError instanceof ApiProblem && startError.errors.length > 0;

  return (
    <SpaceBetween size="l">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <Form
          header={
            <Header
              variant="h2"
              description="Imports the FHIR Bulk Data NDJSON files and Bundles under a prefix of the import bucket."
            >
              Start a bulk import
            </Header>
          }
          actions={
            <Button variant="primary" formAction="submit" loading={starting} disabled={prefix.trim() === ''}>
              Start import
            </Button>
          }
        >
          <SpaceBetween size="m">
            <FormField
              label="Prefix"
              description="A key prefix in the import bucket (locally, a folder), e.g. exports/2026-11-25/"
              errorText={fieldError('prefix')}
            >
              <Input value={prefix} onChange={({ detail }) => setPrefix(detail.value)} placeholder="exports/…" />
            </FormField>
            <FormField
              label={
                <>
                  Export time <i>- optional</i>
                </>
              }
              description="The export's transaction time (ISO instant): stands in for resources without meta.lastUpdated."
              errorText={fieldError('asOf')}
            >
              <Input value={asOf} onChange={({ detail }) => setAsOf(detail.value)} placeholder="2026-11-25T00:00:00Z" />
            </FormField>
          </SpaceBetween>
        </Form>
      </form>
      {startError !== undefined && !fieldsExplain && (
        <ErrorAlert error={startError} header="The import did not start" />
      )}
      {jobId && <ImportProgress key={jobId} jobId={jobId} />}
    </SpaceBetween>
  );
}

/** Polls the job until it is done; 404 means the workflow has not listed the files yet. */
function ImportProgress({ jobId }: { jobId: string }) {
  const api = useApi();
  const [job, setJob] = useState<ImportJob>();
  const [error, setError] = useState<unknown>();
  const [round, setRound] = useState(0);
  const done = job !== undefined && job.status !== 'running';

  useEffect(() => {
    if (done || error !== undefined) return;
    let current = true;
    const timer = setTimeout(
      async () => {
        try {
          const answer = await dataOf(api.GET('/ingestion/imports/{jobId}', { params: { path: { jobId } } }));
          if (current) setJob(answer);
        } catch (failure) {
          if (current && !(failure instanceof ApiProblem && failure.status === 404)) setError(failure);
        }
        if (current) setRound((n) => n + 1);
      },
      round === 0 ? 0 : POLL_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, jobId, round, done, error]);

  const handled = job ? (job.filesImported ?? 0) + (job.filesSkipped ?? 0) + (job.filesFailed?.length ?? 0) : 0;
  return (
    <Container
      header={
        <Header variant="h2" description={<code>{jobId}</code>}>
          Import progress
        </Header>
      }
    >
      {error !== undefined ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            setError(undefined);
            setRound((n) => n + 1);
          }}
        />
      ) : !job ? (
        <StatusIndicator type="loading">Waiting for the workflow to list the files…</StatusIndicator>
      ) : (
        <SpaceBetween size="l">
          <ProgressBar
            label="Files"
            value={job.files === 0 ? 100 : Math.round((handled / job.files) * 100)}
            additionalInfo={`${handled} of ${job.files} files`}
            status={done ? (job.status === 'completed' ? 'success' : 'error') : 'in-progress'}
            resultText={job.status === 'completed' ? 'Import completed' : 'Import completed with failures'}
          />
          <KeyValuePairs
            columns={4}
            items={[
              { label: 'Status', value: <ImportStatus status={job.status} /> },
              { label: 'Started', value: formatInstant(job.startedAt) },
              { label: 'Completed', value: formatInstant(job.completedAt) },
              {
                label: 'Files',
                value: `${job.files} (${job.filesImported ?? 0} imported, ${job.filesSkipped ?? 0} skipped)`,
              },
              { label: 'Accepted', value: String(job.accepted) },
              { label: 'Applied', value: String(job.applied) },
              { label: 'Unchanged', value: String(job.unchanged) },
              { label: 'Rejected', value: String(job.rejected) },
            ]}
          />
          <Counts title="Rejections by code" counts={job.rejectionsByCode} />
          <Counts title="Unsupported resource types" counts={job.unsupportedTypes} />
          {(job.filesFailed?.length ?? 0) > 0 && (
            <Box>
              <b>Files that failed:</b> {job.filesFailed?.join(', ')}
            </Box>
          )}
        </SpaceBetween>
      )}
    </Container>
  );
}

function ImportStatus({ status }: { status: ImportJob['status'] }) {
  if (status === 'running') return <StatusIndicator type="in-progress">Running</StatusIndicator>;
  if (status === 'completed') return <StatusIndicator type="success">Completed</StatusIndicator>;
  return <StatusIndicator type="warning">Completed with failures</StatusIndicator>;
}

function Counts({ title, counts }: { title: string; counts: Readonly<Record<string, number>> | undefined }) {
  const entries = Object.entries(counts ?? {});
  if (entries.length === 0) return null;
  return (
    <Box>
      <b>{title}:</b>{' '}
      {entries.map(([name, count]) => (
        <span key={name}>
          <code>{name}</code> {count}{' '}
        </span>
      ))}
    </Box>
  );
}
