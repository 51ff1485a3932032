import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import {
  armsOf,
  describeEntry,
  describeEvent,
  fieldOfPointer,
  type JourneyDefinition,
  type JourneyStep,
  readableDuration,
  STEP_TYPE_LABELS,
  type ValidationError,
} from './journey-model';

type Step<T extends JourneyStep['type']> = Extract<JourneyStep, { type: T }>;
type Change = (step: JourneyStep) => void;

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const TOPICS = ['appointment-reminders', 'care-gaps', 'campaigns', 'events', 'results', 'general'] as const;
const ACTIVITY_KINDS = ['follow-up-call', 'review', 'outreach', 'other'] as const;
const TEAMS = ['care-team', 'front-desk', 'outreach-team'] as const;

/** Sets a value at a slash path inside a step (`next/received`, `on/randomSplit/0/next`), copying on the way. */
function setAt<T>(value: T, path: readonly string[], leaf: unknown): T {
  if (path.length === 0) return leaf as T;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(head)] = setAt(copy[Number(head)], rest, leaf);
    return copy as T;
  }
  const object = (value ?? {}) as Record<string, unknown>;
  return { ...object, [head]: setAt(object[head], rest, leaf) } as T;
}

/**
 * The side panel: edits the selected step (its own fields and where each arm leads). A validation error on a
 * field is shown on it; the others of the step are listed above the form.
 */
export function StepPanel({
  definition,
  stepId,
  errors,
  readOnly,
  onChange,
}: {
  definition: JourneyDefinition;
  stepId: string | undefined;
  errors: readonly ValidationError[];
  readOnly: boolean;
  onChange: (stepId: string, step: JourneyStep) => void;
}) {
  const step = stepId ? definition.steps[stepId] : undefined;
  if (!stepId || !step) {
    return (
      <Container header={<Header variant="h2">Entry and exit</Header>}>
        <SpaceBetween size="s">
          <div>
            <b>Entry:</b> {describeEntry(definition)}
          </div>
          <div>
            <b>Re-entry:</b> {definition.reEntry.policy}
            {definition.reEntry.coolDown ? ` after ${readableDuration(definition.reEntry.coolDown)}` : ''}
          </div>
          <div>
            <b>Leaves when:</b> {(definition.exitWhen ?? []).map(describeEvent).join('; ') || '—'}
          </div>
          <div>
            <b>Goal:</b> {describeEvent(definition.goal)}
          </div>
          <ErrorList errors={errors} />
          <div>Select a step on the graph or in the step list to edit it.</div>
        </SpaceBetween>
      </Container>
    );
  }
  const fieldError = (field: string) =>
    errors
      .filter((error) => fieldOfPointer(error.pointer) === field)
      .map((error) => error.message)
      .join(' ') || undefined;
  const change: Change = (next) => onChange(stepId, next);
  const set = (path: string, value: unknown) => change(setAt(step, path.split('/'), value));
  const text = (path: string, value: string | undefined, label: string, description?: string) => (
    <FormField label={label} description={description} errorText={fieldError(path)}>
      <Input value={value ?? ''} readOnly={readOnly} onChange={({ detail }) => set(path, detail.value)} />
    </FormField>
  );
  const choice = (path: string, value: string | undefined, label: string, values: readonly string[]) => (
    <FormField label={label} errorText={fieldError(path)}>
      <Select
        selectedOption={value ? { value, label: value } : null}
        options={options(values)}
        disabled={readOnly}
        onChange={({ detail }) => set(path, detail.selectedOption.value)}
      />
    </FormField>
  );
  const stepIds = Object.keys(definition.steps).filter((id) => id !== stepId);
  const own = errors.filter((error) => !fieldOfPointer(error.pointer));

  return (
    <Container
      header={
        <Header variant="h2" description={STEP_TYPE_LABELS[step.type]}>
          Step {stepId}
        </Header>
      }
    >
      <form aria-label={`Edit step ${stepId}`} onSubmit={(event) => event.preventDefault()}>
        <SpaceBetween size="m">
          <ErrorList errors={own} />
          {step.type === 'wait' && <WaitFields step={step as Step<'wait'>} text={text} />}
          {step.type === 'send' && (
            <>
              {text('template', (step as Step<'send'>).template, 'Template')}
              {choice('topic', (step as Step<'send'>).topic, 'Topic', TOPICS)}
              <FormField
                label="Channels"
                description="In order of preference, separated by commas (email, sms, push, letter)"
                errorText={fieldError('channels')}
              >
                <Input
                  value={(step as Step<'send'>).channels.join(', ')}
                  readOnly={readOnly}
                  onChange={({ detail }) =>
                    set(
                      'channels',
                      detail.value
                        .split(',')
                        .map((channel) => channel.trim())
                        .filter(Boolean),
                    )
                  }
                />
              </FormField>
              <Checkbox
                checked={(step as Step<'send'>).fallback ?? false}
                disabled={readOnly}
                onChange={({ detail }) => set('fallback', detail.checked)}
              >
                Fall back to later channels
              </Checkbox>
              {choice('quietHours', (step as Step<'send'>).quietHours ?? 'defer', 'In quiet hours', ['defer', 'skip'])}
            </>
          )}
          {step.type === 'wait-for-event' && (
            <>
              {(step as Step<'wait-for-event'>).event.reply !== undefined ? (
                text('event/reply', (step as Step<'wait-for-event'>).event.reply, 'Reply keyword')
              ) : (
                <FormField label="Event">
                  <span>{describeEvent((step as Step<'wait-for-event'>).event)}</span>
                </FormField>
              )}
              {text('timeout', (step as Step<'wait-for-event'>).timeout, 'Timeout', 'e.g. PT24H, P7D')}
            </>
          )}
          {step.type === 'branch' && <BranchFields step={step as Step<'branch'>} set={set} text={text} />}
          {step.type === 'create-activity' && (
            <>
              {text('activity/title', (step as Step<'create-activity'>).activity.title, 'Title', 'No clinical detail')}
              {choice('activity/kind', (step as Step<'create-activity'>).activity.kind, 'Kind', ACTIVITY_KINDS)}
              {choice('activity/assignTo', (step as Step<'create-activity'>).activity.assignTo, 'Team', TEAMS)}
              {text('activity/dueIn', (step as Step<'create-activity'>).activity.dueIn, 'Due in', 'e.g. P2D')}
            </>
          )}
          {step.type === 'update-attribute' && (
            <>
              {text('name', (step as Step<'update-attribute'>).name, 'Attribute')}
              {text('value', String((step as Step<'update-attribute'>).value), 'Value')}
            </>
          )}
          {armsOf(step).map((arm) => (
            <FormField
              key={arm.field}
              label={arm.label ? `Then (${arm.label})` : 'Then'}
              errorText={fieldError(arm.field)}
            >
              <Select
                selectedOption={{ value: arm.to, label: arm.to }}
                options={options(stepIds)}
                disabled={readOnly}
                onChange={({ detail }) => set(arm.field, detail.selectedOption.value)}
              />
            </FormField>
          ))}
        </SpaceBetween>
      </form>
    </Container>
  );
}

type Text = (path: string, value: string | undefined, label: string, description?: string) => JSX.Element;

function WaitFields({ step, text }: { step: Step<'wait'>; text: Text }) {
  if (step.untilResourceTime)
    return (
      <>
        {text('untilResourceTime/offset', step.untilResourceTime.offset, 'Offset from the appointment', 'e.g. -PT24H')}
        <span>Of the triggering resource's {step.untilResourceTime.field}.</span>
      </>
    );
  if (step.untilLocalTime !== undefined)
    return text('untilLocalTime', step.untilLocalTime, 'Until local time', 'HH:MM');
  return text(
    'duration',
    step.duration,
    'Duration',
    `ISO 8601: P14D is 14 days, PT2H is 2 hours. Now ${readableDuration(step.duration)}.`,
  );
}

function BranchFields({
  step,
  set,
  text,
}: {
  step: Step<'branch'>;
  set: (path: string, value: unknown) => void;
  text: Text;
}) {
  const { on } = step;
  if (on.inSegment !== undefined) return text('on/inSegment', on.inSegment, 'In segment');
  if (on.attribute) return text('on/attribute/name', on.attribute.name, 'Attribute');
  if (on.triggerCondition !== undefined)
    return (
      <FormField label="Condition (FHIRPath over %current)">
        <Textarea value={on.triggerCondition} onChange={({ detail }) => set('on/triggerCondition', detail.value)} />
      </FormField>
    );
  return (
    <>
      {(on.randomSplit ?? []).map((arm, index) => (
        <FormField key={arm.next} label={`Share of arm ${index + 1} (to ${arm.next}), percent`}>
          <Input
            type="number"
            value={String(arm.percent)}
            onChange={({ detail }) => set(`on/randomSplit/${index}/percent`, Number(detail.value))}
          />
        </FormField>
      ))}
    </>
  );
}

function ErrorList({ errors }: { errors: readonly ValidationError[] }) {
  if (errors.length === 0) return null;
  return (
    <Alert type="error" header="To fix">
      <ul>
        {errors.map((error) => (
          <li key={`${error.pointer}${error.message}`}>
            <code>{error.pointer}</code>: {error.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
