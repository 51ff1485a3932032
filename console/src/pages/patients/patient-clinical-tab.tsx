import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { formatInstant } from '../../app/format';
import { Empty } from '../../app/page-states';
import type { Patient360 } from './patient-profile-tabs';

type Clinical = NonNullable<Patient360['clinical']>;
type Section = keyof Clinical;
type Fact = NonNullable<Clinical['conditions']>['items'][number];
type Coding = Fact['codes'][number];

/** Every clinical section the API may answer, in reading order (a `Record`, so a new section cannot be missed). */
const SECTION_NAMES: Record<Section, string> = {
  conditions: 'Conditions',
  observations: 'Observations',
  medicationRequests: 'Medication requests',
  allergies: 'Allergies',
  immunizations: 'Immunizations',
  procedures: 'Procedures',
  encounters: 'Encounters',
  episodesOfCare: 'Episodes of care',
  serviceRequests: 'Service requests',
  appointments: 'Appointments',
};

const nameOf = (codes: readonly Coding[]) => codes.find((c) => c.display)?.display ?? codes[0]?.code ?? '—';
/** A FHIR date stays as written; an instant is shown in the reader's zone. */
const whenOf = (date: string | undefined) => (date?.includes('T') ? formatInstant(date) : (date ?? '—'));
const codesOf = (codes: readonly Coding[]) => codes.map((c) => (c.system ? `${c.system}|${c.code}` : c.code));

function resultOf(fact: Fact): string {
  const { value } = fact;
  if (!value) return '—';
  const quantity = (q: { value: number; unit?: string; code?: string }) =>
    `${q.value} ${q.unit ?? q.code ?? ''}`.trim();
  if (value.quantity) return quantity(value.quantity);
  if (value.codes) return nameOf(value.codes);
  if (value.components)
    return value.components
      .map((c) => `${c.codes ? nameOf(c.codes) : ''} ${c.quantity ? quantity(c.quantity) : ''}`.trim())
      .join('; ');
  return '—';
}

function FactTable(props: { title: string; facts: readonly Fact[]; total: number; description?: string }) {
  const hasValues = props.facts.some((f) => f.value);
  const hasCounts = props.facts.some((f) => f.count !== undefined);
  return (
    <Table
      variant="container"
      header={
        <Header
          variant="h2"
          counter={`(${props.facts.length})`}
          description={
            props.description ??
            (props.total > props.facts.length ? `The newest ${props.facts.length} of ${props.total}.` : undefined)
          }
        >
          {props.title}
        </Header>
      }
      wrapLines
      items={[...props.facts]}
      trackBy="id"
      empty={<Empty title={`No ${props.title.toLowerCase()} on record`} />}
      columnDefinitions={[
        {
          id: 'name',
          header: 'What',
          cell: (f) => (
            <SpaceBetween size="xxxs">
              <span>{nameOf(f.codes)}</span>
              <Box variant="small" color="text-body-secondary">
                {codesOf(f.codes).join(' · ')}
              </Box>
            </SpaceBetween>
          ),
        },
        ...(hasValues ? [{ id: 'value', header: 'Value', cell: resultOf }] : []),
        ...(hasCounts ? [{ id: 'count', header: 'Results', cell: (f: Fact) => f.count ?? 1 }] : []),
        { id: 'status', header: 'Status', cell: (f) => [f.status, f.verification].filter(Boolean).join(', ') || '—' },
        { id: 'date', header: 'Date', cell: (f) => whenOf(f.date) },
        ...(props.facts.some((f) => f.end) ? [{ id: 'end', header: 'End', cell: (f: Fact) => whenOf(f.end) }] : []),
      ]}
    />
  );
}

/** The clinical sections exactly as the API answered them: a section not in the answer is not shown. */
export function ClinicalTab({ clinical }: { clinical: Clinical }) {
  const sections = (Object.keys(SECTION_NAMES) as Section[]).filter((section) => clinical[section] !== undefined);
  if (sections.length === 0) return <Empty title="No clinical data on record" />;
  const empty = sections.filter((section) => clinical[section]?.total === 0);
  return (
    <SpaceBetween size="l">
      {sections.map((section) => {
        const list = clinical[section];
        if (!list || list.total === 0) return null;
        if (section === 'observations' && clinical.observations) {
          return (
            <FactTable
              key={section}
              title="Latest observations"
              facts={clinical.observations.latest}
              total={clinical.observations.total}
              description={`The latest result of each test or measurement, of ${clinical.observations.total} observations.`}
            />
          );
        }
        return <FactTable key={section} title={SECTION_NAMES[section]} facts={list.items} total={list.total} />;
      })}
      {empty.length > 0 && (
        <Box color="text-body-secondary">
          Nothing on record: {empty.map((section) => SECTION_NAMES[section].toLowerCase()).join(', ')}.
        </Box>
      )}
    </SpaceBetween>
  );
}
