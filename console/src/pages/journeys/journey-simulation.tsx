import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { BodyOf, ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';
import { describeEvent, type JourneyDefinition, type JourneyEvent, readableDuration } from './journey-model';

type Simulation = ResponseOf<'simulateJourney'>;
type Entry = Simulation['timeline'][number];
type EventKind = 'reply' | 'segmentEntered' | 'segmentExited' | 'engagement';
interface ScriptedEvent {
  readonly after: string;
  readonly kind: EventKind;
  readonly value: string;
}

const EVENT_KINDS: { value: EventKind; label: string }[] = [
  { value: 'reply', label: 'Replies with keyword' },
  { value: 'segmentEntered', label: 'Enters segment' },
  { value: 'segmentExited', label: 'Leaves segment' },
  { value: 'engagement', label: 'Opens or clicks (opened / clicked)' },
];

const SYNTHETIC_PATIENT = 'synthetic-patient';
const SYNTHETIC_APPOINTMENT = 'synthetic-appointment';

/** Seconds of an ISO duration the designer accepts (`P1DT2H`): for placing the synthetic appointment. */
function secondsOf(duration: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match) return Number.NaN;
  const [, days = '0', hours = '0', minutes = '0'] = match;
  return Number(days) * 86_400 + Number(hours) * 3600 + Number(minutes) * 60;
}

/** The simulation request for the form's choices: a synthetic patient (and appointment) or a real one, read only. */
function simulationBody(
  definition: JourneyDefinition,
  version: number,
  form: {
    who: 'synthetic' | 'real';
    patientId: string;
    segments: string;
    appointmentIn: string;
    events: ScriptedEvent[];
  },
): BodyOf<'simulateJourney'> {
  const start = new Date();
  const appointment = definition.entry.fhirTrigger?.resourceType === 'Appointment';
  const segments = form.segments
    .split(',')
    .map((segment) => segment.trim())
    .filter(Boolean);
  const patientId = form.who === 'real' ? form.patientId.trim() : SYNTHETIC_PATIENT;
  return {
    version,
    start: start.toISOString(),
    ...(form.who === 'real'
      ? { patientId }
      : {
          patient: {
            resourceType: 'Patient',
            id: SYNTHETIC_PATIENT,
            name: [{ given: ['Sam'], family: 'Synthetic' }],
            birthDate: '1970-01-01',
            telecom: [
              { system: 'email', value: 'sam.synthetic@example.org' },
              { system: 'phone', value: '+15555550100', use: 'mobile' },
            ],
          } as unknown as Record<string, never>,
        }),
    ...(segments.length ? { segments } : {}),
    ...(appointment
      ? {
          resources: [
            {
              resourceType: 'Appointment',
              id: SYNTHETIC_APPOINTMENT,
              status: 'booked',
              start: new Date(start.getTime() + secondsOf(form.appointmentIn) * 1000).toISOString(),
              participant: [{ actor: { reference: `Patient/${patientId}` }, status: 'accepted' }],
            } as unknown as Record<string, never>,
          ],
          triggeringResource: { resourceType: 'Appointment', id: SYNTHETIC_APPOINTMENT },
        }
      : {}),
    events: form.events.map((event) => ({
      after: event.after,
      event: { [event.kind]: event.value } as JourneyEvent,
    })),
  };
}

function whatHappened(entry: Entry): string {
  switch (entry.kind) {
    case 'wait':
      return `Waits until ${formatInstant(entry.until)}`;
    case 'send':
      return `Send ${entry.templateId ?? ''}: ${entry.outcome ?? ''}${entry.channel ? ` by ${entry.channel}` : ''}${
        entry.reason ? ` (${entry.reason})` : ''
      }${entry.deferredUntil ? `, deferred until ${formatInstant(entry.deferredUntil)}` : ''}`;
    case 'wait-for-event':
      return `Waited for ${describeEvent(entry.event)}: ${entry.outcome === 'received' ? 'received' : 'timed out'}`;
    case 'exit-check':
      return entry.exit ? `Exits${entry.because ? `: ${entry.because}` : ''}` : 'Exit rules checked: stays';
    case 'condition':
      return `Condition ${entry.matches ? 'matches' : 'does not match'}`;
    case 'segment':
      return `${entry.member ? 'In' : 'Not in'} segment ${entry.segmentId ?? ''}`;
    case 'attribute-read':
      return `Reads ${entry.name ?? ''}: ${entry.value === undefined ? 'not set' : String(entry.value)}`;
    case 'attribute':
      return `Sets ${entry.name ?? ''} to ${String(entry.value)}`;
    case 'activity':
      return 'Creates a staff activity';
    case 'event':
      return `Scripted event: ${describeEvent(entry.event)}`;
  }
}

function Preview({ preview }: { preview: NonNullable<Entry['preview']> }) {
  return (
    <ExpandableSection headerText={`Preview (${preview.channel})`}>
      {preview.subject && (
        <Box>
          <b>Subject:</b> {preview.subject}
        </Box>
      )}
      {preview.title && (
        <Box>
          <b>Title:</b> {preview.title}
        </Box>
      )}
      {preview.html ? (
        <iframe
          title={`Rendered ${preview.channel}`}
          sandbox=""
          srcDoc={preview.html}
          style={{ width: '100%', height: 320, border: '1px solid #c6c6cd', background: '#fff' }}
        />
      ) : (
        <Box variant="pre">{preview.text ?? preview.body}</Box>
      )}
      {preview.segments !== undefined && (
        <Box variant="small">
          {preview.segments} SMS segment{preview.segments === 1 ? '' : 's'}, {preview.encoding}
        </Box>
      )}
    </ExpandableSection>
  );
}

/**
 * Simulation of a saved version for a synthetic or a real patient (read only) with scripted events, shown as a
 * timeline. Nothing is written or sent.
 */
export function JourneySimulation({
  journeyId,
  version,
  definition,
}: {
  journeyId: string;
  version: number;
  definition: JourneyDefinition;
}) {
  const api = useApi();
  const [who, setWho] = useState<'synthetic' | 'real'>('synthetic');
  const [patientId, setPatientId] = useState('');
  const [segments, setSegments] = useState(definition.entry.segmentEntered ?? '');
  const [appointmentIn, setAppointmentIn] = useState('P5D');
  const [events, setEvents] = useState<ScriptedEvent[]>([]);
  const [result, setResult] = useState<Simulation>();
  const [error, setError] = useState<unknown>();
  const [running, setRunning] = useState(false);
  const fieldError = (pointer: string) =>
    error instanceof ApiProblem
      ? error
          .errorsUnder(pointer)
          .map((e) => e.detail)
          .join(' ') || undefined
      : undefined;

  const run = async () => {
    setRunning(true);
    setError(undefined);
    try {
      const body = simulationBody(definition, version, { who, patientId, segments, appointmentIn, events });
      setResult(await dataOf(api.POST('/journeys/{journeyId}/simulate', { params: { path: { journeyId } }, body })));
    } catch (failure) {
      setError(failure);
      setResult(undefined);
    } finally {
      setRunning(false);
    }
  };
  const setEvent = (index: number, change: Partial<ScriptedEvent>) =>
    setEvents(events.map((event, at) => (at === index ? { ...event, ...change } : event)));

  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header
            variant="h2"
            description={`Runs version ${version} on a simulated clock: nothing is written or sent.`}
            actions={
              <Button variant="primary" loading={running} onClick={() => void run()}>
                Run simulation
              </Button>
            }
          >
            Simulation
          </Header>
        }
      >
        <SpaceBetween size="m">
          <ColumnLayout columns={3}>
            <FormField label="Patient">
              <RadioGroup
                value={who}
                onChange={({ detail }) => setWho(detail.value as 'synthetic' | 'real')}
                items={[
                  { value: 'synthetic', label: 'Synthetic patient' },
                  { value: 'real', label: 'A real patient (read only)' },
                ]}
              />
            </FormField>
            {who === 'real' && (
              <FormField label="Patient id" errorText={fieldError('/patientId')}>
                <Input value={patientId} onChange={({ detail }) => setPatientId(detail.value)} />
              </FormField>
            )}
            <FormField
              label="Segments at the start"
              description="Separated by commas"
              errorText={fieldError('/segments')}
            >
              <Input value={segments} onChange={({ detail }) => setSegments(detail.value)} />
            </FormField>
            {definition.entry.fhirTrigger?.resourceType === 'Appointment' && (
              <FormField label="Appointment starts after" description="e.g. P5D" errorText={fieldError('/resources')}>
                <Input value={appointmentIn} onChange={({ detail }) => setAppointmentIn(detail.value)} />
              </FormField>
            )}
          </ColumnLayout>
          <SpaceBetween size="xs">
            <Box variant="h3">Scripted events</Box>
            {events.length === 0 && <Box color="text-body-secondary">None: the patient does nothing.</Box>}
            {events.map((event, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
              <ColumnLayout key={index} columns={4}>
                <FormField label={`Event ${index + 1}: after`} errorText={fieldError(`/events/${index}/after`)}>
                  <Input value={event.after} onChange={({ detail }) => setEvent(index, { after: detail.value })} />
                </FormField>
                <FormField label={`Event ${index + 1}: what`}>
                  <Select
                    selectedOption={EVENT_KINDS.find((kind) => kind.value === event.kind) ?? null}
                    options={EVENT_KINDS}
                    onChange={({ detail }) => setEvent(index, { kind: detail.selectedOption.value as EventKind })}
                  />
                </FormField>
                <FormField label={`Event ${index + 1}: value`} errorText={fieldError(`/events/${index}/event`)}>
                  <Input value={event.value} onChange={({ detail }) => setEvent(index, { value: detail.value })} />
                </FormField>
                <Box padding={{ top: 'l' }}>
                  <Button onClick={() => setEvents(events.filter((_, at) => at !== index))}>
                    Remove event {index + 1}
                  </Button>
                </Box>
              </ColumnLayout>
            ))}
            <Button
              iconName="add-plus"
              onClick={() =>
                setEvents([...events, { after: 'PT1H', kind: 'reply', value: definition.goal?.reply ?? '' }])
              }
            >
              Add event
            </Button>
          </SpaceBetween>
          {error !== undefined && <ErrorAlert error={error} header="The simulation could not run" />}
        </SpaceBetween>
      </Container>
      {result && <Timeline result={result} />}
    </SpaceBetween>
  );
}

function Timeline({ result }: { result: Simulation }) {
  return (
    <Table
      header={
        <Header
          variant="h2"
          counter={`(${result.timeline.length})`}
          description={`Version ${result.version}, ${formatInstant(result.startedAt)} to ${formatInstant(result.endedAt)} (${readableDuration(
            durationBetween(result.startedAt, result.endedAt),
          )}), ${result.transitions} state transitions`}
          actions={
            <StatusIndicator
              type={result.outcome === 'failed' ? 'error' : result.outcome === 'exited' ? 'info' : 'success'}
            >
              {result.outcome}
            </StatusIndicator>
          }
        >
          Timeline
        </Header>
      }
      items={[...result.timeline]}
      ariaLabels={{ tableLabel: 'Simulation timeline' }}
      empty={<Box>The run did nothing.</Box>}
      columnDefinitions={[
        { id: 'at', header: 'When', cell: (entry) => formatInstant(entry.at) },
        { id: 'step', header: 'Step', cell: (entry) => (entry.step ? <code>{entry.step}</code> : '—') },
        {
          id: 'what',
          header: 'What happened',
          cell: (entry) => (
            <SpaceBetween size="xxs">
              <span>{whatHappened(entry)}</span>
              {entry.preview && <Preview preview={entry.preview} />}
            </SpaceBetween>
          ),
        },
      ]}
      wrapLines
    />
  );
}

function durationBetween(from: string, to: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return `P${days ? `${days}D` : ''}${hours || rest ? `T${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}` : days ? '' : 'T0M'}`;
}
