import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { ReactElement } from 'react';
import { useBuilder, useErrorText } from './builder-context';
import {
  codingsOf,
  ENGAGEMENT_KINDS,
  formatCodes,
  isObject,
  type Json,
  type JsonObject,
  parseCodes,
  RESOURCE_TYPES,
} from './criteria-tree';
import { ChoiceField, ListField, NumberField, TextAreaField, TextField, useDraftText } from './draft-inputs';

export interface EditorProps {
  /** The criterion's value: what its one key holds. */
  readonly value: Json;
  /** The JSON pointer of that value (`/criteria/all/1/age`). */
  readonly pointer: string;
  readonly onChange: (value: Json) => void;
}

const objectOf = (value: Json | undefined): JsonObject => (isObject(value) ? value : {});
const stringsOf = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.map((item) => String(item)) : [];
const numberOf = (value: Json | undefined) => (typeof value === 'number' ? value : undefined);

/** `{ ...object, key: value }`, the key left out when the value is empty. */
function withKey(object: JsonObject, key: string, value: Json | undefined): JsonObject {
  const copy = { ...object };
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) delete copy[key];
  else copy[key] = value;
  return copy;
}

/**
 * The fields each editor shows errors next to, relative to the criterion's value: errors elsewhere in the
 * criterion are listed on the criterion itself, so none goes unseen.
 */
export const CLAIMED_FIELDS: Record<string, readonly string[]> = {
  age: ['/min', '/max'],
  gender: [''],
  postalCode: ['/prefixes'],
  language: [''],
  deceased: [''],
  resource: ['/type', '/codes', '/status', '/classCodes', '/within', '/dateField', '/count/min', '/count/max'],
  latestObservation: ['/codes', '/within', '/component/codes', '/value/comparator', '/value/value', '/value/unit'],
  engagement: ['/kind', '/journeyId', '/campaignId', '/templateId', '/eventId', '/within'],
  inSegment: [''],
  fhirpath: [''],
};

function Bounds({ value, pointer, onChange, unit }: EditorProps & { readonly unit: string }) {
  const bounds = objectOf(value);
  return (
    <ColumnLayout columns={2}>
      <NumberField
        label={`At least (${unit})`}
        pointer={`${pointer}/min`}
        value={numberOf(bounds.min)}
        onChange={(min) => onChange(withKey(bounds, 'min', min))}
      />
      <NumberField
        label={`At most (${unit})`}
        pointer={`${pointer}/max`}
        value={numberOf(bounds.max)}
        onChange={(max) => onChange(withKey(bounds, 'max', max))}
      />
    </ColumnLayout>
  );
}

export const AgeEditor = (props: EditorProps) => <Bounds {...props} unit="years" />;

const GENDERS = ['female', 'male', 'other', 'unknown'] as const;

export function GenderEditor({ value, pointer, onChange }: EditorProps) {
  const chosen = stringsOf(value);
  return (
    <FormField label="Gender is any of" errorText={useErrorText(pointer, true)}>
      <SpaceBetween direction="horizontal" size="l">
        {GENDERS.map((gender) => (
          <Checkbox
            key={gender}
            checked={chosen.includes(gender)}
            onChange={({ detail }) =>
              onChange(detail.checked ? [...chosen, gender] : chosen.filter((other) => other !== gender))
            }
          >
            {gender}
          </Checkbox>
        ))}
      </SpaceBetween>
    </FormField>
  );
}

export function PostalCodeEditor({ value, pointer, onChange }: EditorProps) {
  return (
    <ListField
      label="Postal code starts with any of"
      pointer={`${pointer}/prefixes`}
      placeholder="e.g. 021, 022"
      value={stringsOf(objectOf(value).prefixes)}
      onChange={(prefixes) => onChange({ prefixes })}
    />
  );
}

export function LanguageEditor({ value, pointer, onChange }: EditorProps) {
  return (
    <ListField
      label="Preferred language is any of"
      description="BCP 47 tags, comma-separated (en, es, pt-BR)"
      pointer={pointer}
      value={stringsOf(value)}
      onChange={(languages) => onChange(languages)}
    />
  );
}

export function DeceasedEditor({ value, pointer, onChange }: EditorProps) {
  return (
    <ChoiceField
      label="The patient is"
      pointer={pointer}
      value={value === true ? 'deceased' : 'living'}
      choices={[
        { value: 'living', label: 'living (not recorded as deceased)' },
        { value: 'deceased', label: 'deceased' },
      ]}
      onChange={(choice) => onChange(choice === 'deceased')}
    />
  );
}

/** A code list: one `system|code` a line, or a list the catalog's segments use. */
function CodesField({
  label,
  pointer,
  value,
  onChange,
}: {
  readonly label: string;
  readonly pointer: string;
  readonly value: Json | undefined;
  readonly onChange: (codes: Json) => void;
}) {
  const { codeLists, errors } = useBuilder();
  const codes = codingsOf(value);
  const [text, setText] = useDraftText(codes, formatCodes, parseCodes);
  // `/codes/3/system` is the fourth line the person typed.
  const messages = errors
    .filter((error) => error.pointer === pointer || error.pointer.startsWith(`${pointer}/`))
    .map((error) => {
      const line = /^\/(\d+)/.exec(error.pointer.slice(pointer.length))?.[1];
      return line === undefined ? error.detail : `line ${Number(line) + 1}: ${error.detail}`;
    });
  return (
    <SpaceBetween size="xs">
      <FormField
        label={label}
        description={`One system|code a line (http://loinc.org|4548-4). ${codes.length} code${codes.length === 1 ? '' : 's'}.`}
        errorText={messages.length > 0 ? messages.join('; ') : undefined}
        stretch
      >
        <Textarea
          value={text}
          rows={Math.min(6, Math.max(2, codes.length))}
          spellcheck={false}
          placeholder="http://snomed.info/sct|44054006"
          onChange={({ detail }) => {
            setText(detail.value);
            onChange(parseCodes(detail.value));
          }}
        />
      </FormField>
      {codeLists.length > 0 && (
        <FormField label={`${label}: use a catalog code list`} description="replaces the codes above">
          <Select
            selectedOption={null}
            placeholder="Choose a code list"
            filteringType="auto"
            options={codeLists.map((list) => ({ value: list.id, label: list.label }))}
            onChange={({ detail }) => {
              const list = codeLists.find((candidate) => candidate.id === detail.selectedOption.value);
              if (list) onChange(list.codes.map((coding) => ({ ...coding })));
            }}
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}

const WINDOW_KINDS = [
  { value: 'none', label: 'any time' },
  { value: 'last', label: 'in the last' },
  { value: 'next', label: 'in the next' },
  { value: 'before', label: 'at least this long ago' },
  { value: 'between', label: 'between two instants' },
  { value: 'sinceAnnual', label: 'since a yearly date' },
] as const;

/** A time window: one key (`last`, `next`, `before`: ISO 8601 durations; `between`; `sinceAnnual`). */
function WindowField({
  pointer,
  value,
  onChange,
}: {
  readonly pointer: string;
  readonly value: Json | undefined;
  readonly onChange: (window: Json | undefined) => void;
}) {
  const window = objectOf(value);
  const kind = (Object.keys(window)[0] ?? 'none') as (typeof WINDOW_KINDS)[number]['value'];
  const between = objectOf(window.between);
  const betweenError = useErrorText(`${pointer}/between`);
  return (
    <ColumnLayout columns={2}>
      <ChoiceField
        label="When"
        pointer={pointer}
        value={kind}
        choices={WINDOW_KINDS}
        onChange={(next) => {
          if (next === 'none') onChange(undefined);
          else if (next === 'between') onChange({ between: {} });
          else if (next === 'sinceAnnual') onChange({ sinceAnnual: '--01-01' });
          else onChange({ [next]: 'P12M' });
        }}
      />
      {(kind === 'last' || kind === 'next' || kind === 'before') && (
        <TextField
          label="Duration"
          description="ISO 8601: P90D, P12M, P2Y, PT48H"
          pointer={`${pointer}/${kind}`}
          value={String(window[kind] ?? '')}
          onChange={(duration) => onChange({ [kind]: duration })}
        />
      )}
      {kind === 'sinceAnnual' && (
        <TextField
          label="Yearly date"
          description="--MM-DD, e.g. --09-01 for 1 September"
          pointer={`${pointer}/sinceAnnual`}
          value={String(window.sinceAnnual ?? '')}
          onChange={(date) => onChange({ sinceAnnual: date })}
        />
      )}
      {kind === 'between' && (
        <FormField label="Between" errorText={betweenError}>
          <SpaceBetween size="xs">
            <TextField
              label="From"
              description="date-time, e.g. 2026-01-01T00:00:00Z"
              pointer={`${pointer}/between/from`}
              value={String(between.from ?? '')}
              onChange={(from) => onChange({ between: withKey(between, 'from', from) })}
            />
            <TextField
              label="To"
              pointer={`${pointer}/between/to`}
              value={String(between.to ?? '')}
              onChange={(to) => onChange({ between: withKey(between, 'to', to) })}
            />
          </SpaceBetween>
        </FormField>
      )}
    </ColumnLayout>
  );
}

export function ResourceEditor({ value, pointer, onChange }: EditorProps) {
  const resource = objectOf(value);
  const set = (key: string, next: Json | undefined) => onChange(withKey(resource, key, next));
  const encounter = resource.type === 'Encounter';
  return (
    <SpaceBetween size="s">
      <ChoiceField
        label="Resource type"
        pointer={`${pointer}/type`}
        value={String(resource.type ?? 'Condition')}
        choices={RESOURCE_TYPES.map((type) => ({ value: type, label: type }))}
        onChange={(type) => set('type', type)}
      />
      <CodesField
        label="Codes (none: any code)"
        pointer={`${pointer}/codes`}
        value={resource.codes}
        onChange={(codes) => set('codes', codes)}
      />
      <ListField
        label="Status is any of"
        description="comma-separated (active, recurrence); none: any status"
        pointer={`${pointer}/status`}
        value={stringsOf(resource.status)}
        onChange={(status) => set('status', status)}
      />
      {encounter && (
        <ListField
          label="Encounter class is any of"
          description="comma-separated (IMP, AMB, EMER)"
          pointer={`${pointer}/classCodes`}
          value={stringsOf(resource.classCodes)}
          onChange={(classCodes) => set('classCodes', classCodes)}
        />
      )}
      <WindowField pointer={`${pointer}/within`} value={resource.within} onChange={(within) => set('within', within)} />
      {encounter && (
        <ChoiceField
          label="Date compared"
          pointer={`${pointer}/dateField`}
          value={String(resource.dateField ?? 'date')}
          choices={[
            { value: 'date', label: 'start' },
            { value: 'end', label: 'end (discharge)' },
          ]}
          onChange={(field) => set('dateField', field === 'date' ? undefined : field)}
        />
      )}
      <Bounds
        unit="resources"
        pointer={`${pointer}/count`}
        value={resource.count ?? {}}
        onChange={(count) => set('count', Object.keys(objectOf(count)).length > 0 ? count : undefined)}
      />
    </SpaceBetween>
  );
}

const COMPARATORS = ['>=', '>', '<=', '<', '='] as const;

export function LatestObservationEditor({ value, pointer, onChange }: EditorProps) {
  const observation = objectOf(value);
  const compared = objectOf(observation.value);
  const component = isObject(observation.component) ? observation.component : undefined;
  const { units } = useBuilder();
  const set = (key: string, next: Json | undefined) => onChange(withKey(observation, key, next));
  const setValue = (key: string, next: Json | undefined) => set('value', { ...compared, [key]: next ?? null });
  return (
    <SpaceBetween size="s">
      <CodesField
        label="Observation codes"
        pointer={`${pointer}/codes`}
        value={observation.codes}
        onChange={(codes) => onChange({ ...observation, codes })}
      />
      <Checkbox
        checked={component !== undefined}
        onChange={({ detail }) => set('component', detail.checked ? { codes: [] } : undefined)}
        description="e.g. the systolic part of a blood pressure panel"
      >
        Compare a component of the observation
      </Checkbox>
      {component && (
        <CodesField
          label="Component codes"
          pointer={`${pointer}/component/codes`}
          value={component.codes}
          onChange={(codes) => set('component', { codes })}
        />
      )}
      <WindowField
        pointer={`${pointer}/within`}
        value={observation.within}
        onChange={(within) => set('within', within)}
      />
      <ColumnLayout columns={3}>
        <ChoiceField
          label="Latest value is"
          pointer={`${pointer}/value/comparator`}
          value={String(compared.comparator ?? '>=')}
          choices={COMPARATORS.map((comparator) => ({ value: comparator, label: comparator }))}
          onChange={(comparator) => setValue('comparator', comparator)}
        />
        <NumberField
          label="Value"
          pointer={`${pointer}/value/value`}
          value={numberOf(compared.value)}
          onChange={(number) => setValue('value', number)}
        />
        <TextField
          label="Unit"
          description="UCUM, as the results record it"
          pointer={`${pointer}/value/unit`}
          value={String(compared.unit ?? '')}
          suggestions={units}
          onChange={(unit) => setValue('unit', unit)}
        />
      </ColumnLayout>
    </SpaceBetween>
  );
}

export function EngagementEditor({ value, pointer, onChange }: EditorProps) {
  const engagement = objectOf(value);
  const set = (key: string, next: Json | undefined) => onChange(withKey(engagement, key, next));
  const reference = (key: string, label: string) => (
    <TextField
      label={label}
      description="optional"
      pointer={`${pointer}/${key}`}
      value={String(engagement[key] ?? '')}
      onChange={(id) => set(key, id)}
    />
  );
  return (
    <SpaceBetween size="s">
      <ChoiceField
        label="The patient"
        pointer={`${pointer}/kind`}
        value={String(engagement.kind ?? 'received')}
        choices={ENGAGEMENT_KINDS.map((kind) => ({ value: kind, label: kind }))}
        onChange={(kind) => set('kind', kind)}
      />
      <ColumnLayout columns={4}>
        {reference('journeyId', 'Journey id')}
        {reference('campaignId', 'Campaign id')}
        {reference('templateId', 'Template id')}
        {reference('eventId', 'Event id')}
      </ColumnLayout>
      <WindowField
        pointer={`${pointer}/within`}
        value={engagement.within}
        onChange={(within) => set('within', within)}
      />
    </SpaceBetween>
  );
}

export function InSegmentEditor({ value, pointer, onChange }: EditorProps) {
  const { segmentIds } = useBuilder();
  return (
    <TextField
      label="Member of segment (id)"
      pointer={pointer}
      value={String(value ?? '')}
      suggestions={segmentIds}
      onChange={(id) => onChange(id)}
    />
  );
}

export function FhirPathEditor({ value, pointer, onChange }: EditorProps) {
  return (
    <TextAreaField
      label="FHIRPath expression"
      description="Evaluated over a Bundle of the patient's resources, Patient first; %now and %today give the clock."
      placeholder="entry.resource.ofType(Condition).where(code.coding.code = '44054006').exists()"
      pointer={pointer}
      value={String(value ?? '')}
      onChange={(expression) => onChange(expression)}
    />
  );
}

export const LEAF_EDITORS: Record<string, (props: EditorProps) => ReactElement> = {
  age: AgeEditor,
  gender: GenderEditor,
  postalCode: PostalCodeEditor,
  language: LanguageEditor,
  deceased: DeceasedEditor,
  resource: ResourceEditor,
  latestObservation: LatestObservationEditor,
  engagement: EngagementEditor,
  inSegment: InSegmentEditor,
  fhirpath: FhirPathEditor,
};
