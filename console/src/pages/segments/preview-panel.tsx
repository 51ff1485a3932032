import Alert from '@cloudscape-design/components/alert';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { ErrorAlert } from '../../app/page-states';
import { useSession } from '../../app/session';
import type { ExplainedCriterion } from './builder-context';
import type { Preview, PreviewState } from './use-preview';

type Explanation = NonNullable<Preview['patient']>['explanation'];

/** One patient's explanation by criterion pointer, for the builder to show next to each criterion. */
export function explainedByPointer(explanation: Explanation | undefined): Map<string, ExplainedCriterion> {
  const byPointer = new Map<string, ExplainedCriterion>();
  const visit = (node: Explanation) => {
    byPointer.set(node.path, { matched: node.matched, ...(node.reason ? { reason: node.reason } : {}) });
    for (const child of (node.children ?? []) as unknown as Explanation[]) visit(child);
  };
  if (explanation) visit(explanation);
  return byPointer;
}

const isInvalid = (error: unknown) => error instanceof ApiProblem && error.status === 400 && error.errors.length > 0;

function PatientLink({ patientId }: { readonly patientId: string }) {
  const follow = useFollow();
  return useSession().can('patients:read-contact') ? (
    <Link href={href(`/patients/${encodeURIComponent(patientId)}`)} onFollow={follow}>
      {patientId}
    </Link>
  ) : (
    <code>{patientId}</code>
  );
}

/** The live member count and sample of the definition being edited. */
export function LiveCount({ preview }: { readonly preview: PreviewState }) {
  const { result, error, loading, elapsedMs } = preview;
  return (
    <Container header={<Header variant="h2">Live preview</Header>}>
      <SpaceBetween size="s">
        <div aria-live="polite" data-testid="live-count">
          {loading && !result && <StatusIndicator type="loading">Counting…</StatusIndicator>}
          {error !== undefined && isInvalid(error) && (
            <StatusIndicator type="warning">Fix the criteria marked in the builder to see a count.</StatusIndicator>
          )}
          {result && error === undefined && (
            <SpaceBetween size="xxs">
              <Box variant="awsui-value-large">
                <span data-testid="matched">{result.matched}</span>
              </Box>
              <Box>
                of <span data-testid="evaluated">{result.evaluated}</span>{' '}
                {result.complete ? 'patients match' : 'patients evaluated match (partial count)'}
              </Box>
              {loading && <StatusIndicator type="loading">Updating…</StatusIndicator>}
            </SpaceBetween>
          )}
        </div>
        {error !== undefined && !isInvalid(error) && <ErrorAlert error={error} header="The count failed" />}
        {result && (
          <SpaceBetween size="xs">
            {result.readsClinicalData && (
              <div>
                <Badge color="blue">Reads clinical data</Badge>
              </div>
            )}
            {result.sample === undefined ? (
              <Box color="text-body-secondary">
                These criteria read clinical data: who matches is shown only to clinical roles.
              </Box>
            ) : result.sample.length === 0 ? (
              <Box color="text-body-secondary">No patient matches, so there is no sample.</Box>
            ) : (
              <FormField label={`Sample (first ${result.sample.length})`}>
                <ul data-testid="sample">
                  {result.sample.map((patientId) => (
                    <li key={patientId}>
                      <PatientLink patientId={patientId} />
                    </li>
                  ))}
                </ul>
              </FormField>
            )}
            {elapsedMs !== undefined && (
              <Box variant="small" color="text-body-secondary">
                Answered in <span data-testid="elapsed">{Math.round(elapsedMs)}</span> ms
              </Box>
            )}
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Container>
  );
}

function ExplanationTree({ node }: { readonly node: Explanation }) {
  const children = (node.children ?? []) as unknown as Explanation[];
  return (
    <li>
      <StatusIndicator type={node.matched ? 'success' : 'error'}>
        <b>{node.criterion}</b> {node.matched ? 'matches' : 'does not match'}
      </StatusIndicator>
      {node.reason && <Box variant="span"> — {node.reason}</Box>}
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <ExplanationTree key={child.path} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Why one patient is in or out, criterion by criterion: asked for a patient id, then kept live. */
export function ExplainPatient({
  explanation,
  patientId,
  onExplain,
  suggestions,
}: {
  readonly explanation: PreviewState;
  readonly patientId: string | undefined;
  readonly onExplain: (patientId: string | undefined) => void;
  readonly suggestions: readonly string[];
}) {
  const [text, setText] = useState(patientId ?? '');
  const { result, error, loading } = explanation;
  const patient = result?.patient;
  const refused = error instanceof ApiProblem && error.status === 403;
  const missing = error instanceof ApiProblem && error.status === 404;
  return (
    <Container header={<Header variant="h2">Explain one patient</Header>}>
      <SpaceBetween size="s">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onExplain(text.trim() || undefined);
          }}
        >
          <SpaceBetween size="xs">
            <FormField label="Patient id" description="from the sample, or any patient's id">
              <Autosuggest
                value={text}
                options={suggestions.map((id) => ({ value: id }))}
                enteredTextLabel={(value) => `Use "${value}"`}
                empty="No sample yet"
                onChange={({ detail }) => setText(detail.value)}
              />
            </FormField>
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="submit" loading={loading && patientId !== undefined}>
                Explain
              </Button>
              {patientId !== undefined && (
                <Button
                  variant="link"
                  formAction="none"
                  onClick={() => {
                    setText('');
                    onExplain(undefined);
                  }}
                >
                  Clear
                </Button>
              )}
            </SpaceBetween>
          </SpaceBetween>
        </form>
        {patientId !== undefined && refused && (
          <Alert type="warning" header="Not allowed">
            These criteria read clinical data: explaining one patient would show their clinical record, which your role
            may not read.
          </Alert>
        )}
        {patientId !== undefined && missing && <Alert type="warning">No patient has the id {patientId}.</Alert>}
        {patientId !== undefined && error !== undefined && !refused && !missing && !isInvalid(error) && (
          <ErrorAlert error={error} />
        )}
        {patientId !== undefined && patient && error === undefined && (
          <div data-testid="explanation">
            <SpaceBetween size="xs">
              <StatusIndicator type={patient.member ? 'success' : 'stopped'}>
                <PatientLink patientId={patient.patientId} /> {patient.member ? 'is a member' : 'is not a member'}
              </StatusIndicator>
              <Box variant="small">
                {patient.nextChangeUnknown
                  ? 'When time alone changes this answer cannot be known (FHIRPath).'
                  : patient.nextChange
                    ? `Time alone changes this answer on ${formatInstant(patient.nextChange)}.`
                    : 'Time alone does not change this answer.'}
              </Box>
              <ul>
                <ExplanationTree node={patient.explanation} />
              </ul>
            </SpaceBetween>
          </div>
        )}
      </SpaceBetween>
    </Container>
  );
}
