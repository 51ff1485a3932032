import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { ResponseOf } from '../../api/types';
import { displayName, formatInstant } from '../../app/format';
import { Empty } from '../../app/page-states';

export type Patient360 = ResponseOf<'getPatient'>;
type Contact = NonNullable<Patient360['contact']>;

export const TIME_ZONE_SOURCES: Record<Patient360['profile']['timeZoneSource'], string> = {
  extension: 'the record’s time zone',
  'home-address': 'the home address',
  'mobile-number': 'the mobile number',
  'organisation-default': 'the organisation’s default',
};

export function ProfileTab({ patient }: { patient: Patient360 }) {
  const { profile } = patient;
  const otherNames = profile.name.slice(1).map((name) => displayName([name]));
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Profile</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Name', value: displayName(profile.name) },
            ...(otherNames.length > 0 ? [{ label: 'Other names', value: otherNames.join('; ') }] : []),
            { label: 'Birth date', value: profile.birthDate ?? '—' },
            { label: 'Gender', value: profile.gender ?? '—' },
            { label: 'Record', value: profile.active ? 'active' : 'inactive' },
            {
              label: 'Deceased',
              value: profile.deceased ? `yes${profile.deceasedAt ? `, ${profile.deceasedAt}` : ''}` : 'no',
            },
            { label: 'Language', value: profile.language ?? '—' },
            {
              label: 'Time zone',
              value: `${profile.timeZone} (from ${TIME_ZONE_SOURCES[profile.timeZoneSource]})`,
            },
            {
              label: 'Languages spoken',
              value:
                patient.communication?.languages
                  ?.map((l) => `${l.display ?? l.code}${l.preferred ? ' (preferred)' : ''}`)
                  .join(', ') || '—',
            },
            { label: 'Patient id', value: <code>{patient.id}</code> },
          ]}
        />
      </Container>
      {patient.appointments && (
        <Table
          header={<Header counter={`(${patient.appointments.length})`}>Appointments</Header>}
          items={patient.appointments}
          trackBy="id"
          empty={<Empty title="No appointments" />}
          columnDefinitions={[
            { id: 'start', header: 'Start', cell: (a) => formatInstant(a.start) },
            { id: 'end', header: 'End', cell: (a) => formatInstant(a.end) },
            { id: 'status', header: 'Status', cell: (a) => a.status ?? '—' },
          ]}
        />
      )}
    </SpaceBetween>
  );
}

export function ContactTab({ contact }: { contact: Contact }) {
  return (
    <SpaceBetween size="l">
      <Table
        header={<Header counter={`(${contact.telecom?.length ?? 0})`}>Phone numbers and email addresses</Header>}
        items={contact.telecom ?? []}
        empty={<Empty title="No phone number or email address on record" />}
        columnDefinitions={[
          { id: 'system', header: 'Kind', cell: (t) => t.system ?? '—' },
          { id: 'value', header: 'Value', cell: (t) => t.value },
          { id: 'use', header: 'Use', cell: (t) => t.use ?? '—' },
          { id: 'rank', header: 'Rank', cell: (t) => t.rank ?? '—' },
        ]}
      />
      <Table
        header={<Header counter={`(${contact.address?.length ?? 0})`}>Addresses</Header>}
        items={contact.address ?? []}
        empty={<Empty title="No address on record" />}
        columnDefinitions={[
          {
            id: 'address',
            header: 'Address',
            cell: (a) =>
              a.text ??
              [...(a.line ?? []), [a.postalCode, a.city].filter(Boolean).join(' '), a.district, a.state, a.country]
                .filter(Boolean)
                .join(', '),
          },
          { id: 'use', header: 'Use', cell: (a) => a.use ?? '—' },
        ]}
      />
    </SpaceBetween>
  );
}
