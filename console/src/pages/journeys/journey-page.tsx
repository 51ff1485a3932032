import Alert from '@cloudscape-design/components/alert';
import Badge from '@cloudscape-design/components/badge';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { href, useFollow } from '../../app/links';
import { Empty, ErrorAlert, Loading } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { type StatusAction, StatusButtons } from './journey-actions';
import { JourneyCanvas } from './journey-canvas';
import { layoutJourney, waitingByStep } from './journey-layout';
import {
  ENTRY_NODE,
  type JourneyDefinition,
  nodeOfPointer,
  STEP_TYPE_LABELS,
  summaryOf,
  type ValidationError,
  withStep,
} from './journey-model';
import { JourneySimulation } from './journey-simulation';
import { StepPanel } from './step-panel';

type Detail = ResponseOf<'getJourney'>;
type Enrolments = ResponseOf<'listJourneyEnrolments'>;

/** The stored journey, or a catalog journey not installed yet (saving it creates it). */
type Opened =
  | { readonly detail: Detail; readonly catalog?: undefined }
  | { readonly detail?: undefined; readonly catalog: JourneyDefinition };

/** The journey designer: the graph, the side panel, validation, versions, status, enrolments and simulation. */
export default function JourneyPage() {
  const { journeyId = '' } = useParams();
  const api = useApi();
  const opened = useLoad(async (): Promise<Opened> => {
    try {
      return { detail: await dataOf(api.GET('/journeys/{journeyId}', { params: { path: { journeyId } } })) };
    } catch (failure) {
      if (!(failure instanceof ApiProblem && failure.status === 404)) throw failure;
      const catalog = await dataOf(api.GET('/journeys/catalog'));
      const found = catalog.items.find((item) => item.id === journeyId);
      if (!found) throw failure;
      return { catalog: found };
    }
  }, [journeyId]);
  if (opened.loading && !opened.data) return <Loading what="the journey" />;
  if (opened.error || !opened.data)
    return (
      <ContentLayout header={<Header variant="h1">Journey</Header>}>
        <ErrorAlert error={opened.error} onRetry={opened.reload} />
      </ContentLayout>
    );
  const key = opened.data.detail ? `${opened.data.detail.journey.revision}` : 'catalog';
  return <Designer key={key} journeyId={journeyId} opened={opened.data} reload={opened.reload} />;
}

function Designer({ journeyId, opened, reload }: { journeyId: string; opened: Opened; reload: () => void }) {
  const api = useApi();
  const follow = useFollow();
  const navigate = useNavigate();
  const journey = opened.detail?.journey;
  const latest = opened.detail?.versions.find((version) => version.version === journey?.latestVersion);
  const saved = (latest?.definition ?? opened.catalog) as JourneyDefinition;
  const [definition, setDefinition] = useState<JourneyDefinition>(saved);
  const [dirty, setDirty] = useState(!journey);
  const [selected, setSelected] = useState<string>();
  const [errors, setErrors] = useState<readonly ValidationError[]>();
  const [busy, setBusy] = useState<'validate' | 'save'>();
  const [failure, setFailure] = useState<unknown>();
  const [flash, setFlash] = useState<FlashbarProps.MessageDefinition[]>([]);
  const enrolments = useLoad(
    async (): Promise<Enrolments | undefined> =>
      journey
        ? dataOf(
            api.GET('/journeys/{journeyId}/enrolments', { params: { path: { journeyId }, query: { limit: '100' } } }),
          )
        : undefined,
    [journeyId, journey?.revision],
  );

  const errorsByNode = useMemo(() => {
    const byNode = new Map<string, ValidationError[]>();
    for (const error of errors ?? []) {
      const node = nodeOfPointer(error.pointer);
      byNode.set(node, [...(byNode.get(node) ?? []), error]);
    }
    return byNode;
  }, [errors]);
  const waiting = useMemo(() => waitingByStep(enrolments.data?.items ?? []), [enrolments.data]);
  const graph = useMemo(() => layoutJourney(definition, waiting, errorsByNode), [definition, waiting, errorsByNode]);
  const say = (type: FlashbarProps.Type, content: string) =>
    setFlash([
      { type, content, dismissible: true, dismissLabel: 'Dismiss', id: 'last', onDismiss: () => setFlash([]) },
    ]);

  const validate = async (): Promise<boolean> => {
    setBusy('validate');
    setFailure(undefined);
    try {
      const answer = await dataOf(
        api.POST('/journeys/validate', { body: { definition: definition as unknown as Record<string, never> } }),
      );
      setErrors(answer.errors);
      say(
        answer.valid ? 'success' : 'error',
        answer.valid ? 'The journey is valid.' : `${answer.errors.length} problems to fix.`,
      );
      return answer.valid;
    } catch (error) {
      setFailure(error);
      return false;
    } finally {
      setBusy(undefined);
    }
  };
  const save = async () => {
    if (!(await validate())) return;
    setBusy('save');
    try {
      const body = definition as unknown as Record<string, never>;
      const answer = journey
        ? await dataOf(
            api.PUT('/journeys/{journeyId}', {
              params: { path: { journeyId }, query: { expectedRevision: String(journey.revision) } },
              body,
            }),
          )
        : await dataOf(api.POST('/journeys', { body }));
      say('success', `Saved as version ${answer.version.version}.`);
      if (answer.journey.journeyId !== journeyId) navigate(`/journeys/${encodeURIComponent(answer.journey.journeyId)}`);
      else reload();
    } catch (error) {
      if (error instanceof ApiProblem && error.errors.length)
        setErrors(error.errors.map((field) => ({ pointer: field.pointer, message: field.detail })));
      setFailure(error);
    } finally {
      setBusy(undefined);
    }
  };
  const changeStatus = async (action: StatusAction) => {
    setFailure(undefined);
    try {
      const path = { params: { path: { journeyId } } };
      const answer = await dataOf(
        action === 'publish'
          ? api.POST('/journeys/{journeyId}/publish', {
              params: { path: { journeyId }, query: { version: String(journey?.latestVersion) } },
            })
          : api.POST(`/journeys/{journeyId}/${action}`, path),
      );
      say(
        'success',
        `The journey is ${answer.journey.status}${action === 'publish' ? ` at version ${answer.journey.publishedVersion}` : ''}.`,
      );
      reload();
    } catch (error) {
      setFailure(error);
    }
  };

  const readOnly = journey?.status === 'archived';
  const allErrors = errors ?? [];
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            journey
              ? `${journeyId} · editing version ${journey.latestVersion}${
                  journey.publishedVersion ? ` · live: version ${journey.publishedVersion}` : ''
                }`
              : `${journeyId} · from the catalog, not installed yet: saving creates it as a draft`
          }
          info={
            journey ? <Badge color={journey.status === 'active' ? 'green' : 'grey'}>{journey.status}</Badge> : undefined
          }
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button loading={busy === 'validate'} onClick={() => void validate()}>
                Validate
              </Button>
              {!readOnly && (
                <Button variant="primary" loading={busy === 'save'} disabled={!dirty} onClick={() => void save()}>
                  {journey ? 'Save new version' : 'Save as draft'}
                </Button>
              )}
              {journey && (
                <StatusButtons
                  journey={journey}
                  disabledReason={dirty ? 'Save your changes first' : undefined}
                  onConfirm={changeStatus}
                />
              )}
            </SpaceBetween>
          }
        >
          {definition.name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Flashbar items={flash} />
        {failure !== undefined && <ErrorAlert error={failure} />}
        {allErrors.length > 0 && (
          <Alert type="error" header={`${allErrors.length} validation problem${allErrors.length === 1 ? '' : 's'}`}>
            <ul aria-label="Validation problems">
              {allErrors.map((error) => {
                const node = nodeOfPointer(error.pointer);
                return (
                  <li key={`${error.pointer}${error.message}`}>
                    <Button variant="inline-link" onClick={() => setSelected(node)}>
                      {node === ENTRY_NODE ? 'Entry' : node}
                    </Button>{' '}
                    <code>{error.pointer}</code>: {error.message}
                  </li>
                );
              })}
            </ul>
          </Alert>
        )}
        <Grid gridDefinition={[{ colspan: { default: 12, m: 8 } }, { colspan: { default: 12, m: 4 } }]}>
          <JourneyCanvas nodes={graph.nodes} edges={graph.edges} selected={selected} onSelect={setSelected} />
          <StepPanel
            definition={definition}
            stepId={selected === ENTRY_NODE ? undefined : selected}
            errors={errorsByNode.get(selected ?? ENTRY_NODE) ?? []}
            readOnly={readOnly}
            onChange={(stepId, step) => {
              setDefinition(withStep(definition, stepId, step));
              setDirty(true);
            }}
          />
        </Grid>
        <Tabs
          ariaLabel="Journey details"
          tabs={[
            {
              id: 'steps',
              label: 'Step list',
              content: (
                <Table
                  header={
                    <Header description="The graph's steps as a list: select one to edit it in the side panel.">
                      Steps
                    </Header>
                  }
                  ariaLabels={{ tableLabel: 'Steps' }}
                  items={Object.entries(definition.steps).map(([id, step]) => ({ id, step }))}
                  trackBy="id"
                  columnDefinitions={[
                    {
                      id: 'id',
                      header: 'Step',
                      cell: ({ id }) => (
                        <Button variant="inline-link" ariaLabel={`Edit step ${id}`} onClick={() => setSelected(id)}>
                          {id}
                        </Button>
                      ),
                    },
                    { id: 'type', header: 'Type', cell: ({ step }) => STEP_TYPE_LABELS[step.type] },
                    { id: 'summary', header: 'What it does', cell: ({ step }) => summaryOf(step) },
                    { id: 'waiting', header: 'Waiting here', cell: ({ id }) => waiting.get(id) ?? 0 },
                    {
                      id: 'problems',
                      header: 'Problems',
                      cell: ({ id }) => (errorsByNode.get(id) ?? []).map((error) => error.message).join('; ') || '—',
                    },
                  ]}
                  empty={<Empty title="No steps" />}
                  wrapLines
                />
              ),
            },
            {
              id: 'simulation',
              label: 'Simulation',
              content: journey ? (
                <JourneySimulation journeyId={journeyId} version={journey.latestVersion} definition={saved} />
              ) : (
                <Alert type="info">Save the journey first: a simulation runs a saved version.</Alert>
              ),
            },
            {
              id: 'enrolments',
              label: 'Enrolments',
              content: (
                <Table
                  header={
                    <Header
                      counter={
                        enrolments.data
                          ? `(${enrolments.data.items.length}${enrolments.data.cursor ? '+' : ''})`
                          : undefined
                      }
                      description={
                        enrolments.data?.cursor
                          ? 'The newest 100; the counts on the graph are of these.'
                          : 'Who is (or was) in the journey and the step each run is at.'
                      }
                    >
                      Enrolments
                    </Header>
                  }
                  ariaLabels={{ tableLabel: 'Enrolments' }}
                  loading={enrolments.loading}
                  loadingText="Loading enrolments"
                  items={enrolments.data?.items ?? []}
                  trackBy="executionName"
                  empty={
                    enrolments.error ? (
                      <ErrorAlert error={enrolments.error} onRetry={enrolments.reload} />
                    ) : (
                      <Empty title="No one enrolled yet" />
                    )
                  }
                  columnDefinitions={[
                    {
                      id: 'patient',
                      header: 'Patient',
                      cell: (item) => (
                        <Link href={href(`/patients/${encodeURIComponent(item.patientId)}`)} onFollow={follow}>
                          {item.patientId}
                        </Link>
                      ),
                    },
                    {
                      id: 'status',
                      header: 'Status',
                      cell: (item) => (
                        <StatusIndicator
                          type={
                            item.status === 'RUNNING'
                              ? 'in-progress'
                              : item.status === 'SUCCEEDED'
                                ? 'success'
                                : item.status
                                  ? 'error'
                                  : 'pending'
                          }
                        >
                          {item.status ?? 'unknown'}
                        </StatusIndicator>
                      ),
                    },
                    { id: 'step', header: 'Current step', cell: (item) => item.currentStep ?? '—' },
                    { id: 'version', header: 'Version', cell: (item) => item.journeyVersion },
                    { id: 'entered', header: 'Entered', cell: (item) => formatInstant(item.enteredAt) },
                    { id: 'goal', header: 'Goal reached', cell: (item) => formatInstant(item.goalReachedAt) },
                  ]}
                />
              ),
            },
          ]}
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
