import Badge from '@cloudscape-design/components/badge';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs, { type TabsProps } from '@cloudscape-design/components/tabs';
import { useParams, useSearchParams } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { displayName } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/page-states';
import { useApi, useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { PatientActivitiesTab } from './patient-activities-tab';
import { PatientAuditTab } from './patient-audit-tab';
import { ClinicalTab } from './patient-clinical-tab';
import { JourneysTab, SegmentsTab } from './patient-engagement-tabs';
import { MessagesTab } from './patient-messages-tab';
import { PreferencesTab } from './patient-preferences-tab';
import { ContactTab, type Patient360, ProfileTab } from './patient-profile-tabs';

/**
 * The patient 360 view. The API answers only the sections the caller may see, so a tab is shown when its section
 * is in the answer (profile, contact points, clinical) or when the caller holds the permission its own route needs.
 */
export default function PatientPage() {
  const { patientId = '' } = useParams();
  const api = useApi();
  const { data, error, loading, reload } = useLoad(
    () => dataOf(api.GET('/patients/{patientId}', { params: { path: { patientId } } })),
    [patientId],
  );
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            data
              ? [data.profile.birthDate && `Born ${data.profile.birthDate}`, data.profile.gender, `id ${data.id}`]
                  .filter(Boolean)
                  .join(' · ')
              : undefined
          }
        >
          {data ? displayName(data.profile.name) : 'Patient'}
        </Header>
      }
    >
      {loading && !data ? (
        <Loading what="the patient" />
      ) : error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : data ? (
        <PatientTabs patient={data} />
      ) : null}
    </ContentLayout>
  );
}

function PatientTabs({ patient }: { patient: Patient360 }) {
  const session = useSession();
  const [search, setSearch] = useSearchParams();
  const candidates: (TabsProps.Tab | false | undefined)[] = [
    { id: 'profile', label: 'Profile', content: <ProfileTab patient={patient} /> },
    patient.contact && { id: 'contact', label: 'Contact points', content: <ContactTab contact={patient.contact} /> },
    session.can('preferences:read') && {
      id: 'preferences',
      label: 'Preferences',
      content: <PreferencesTab patientId={patient.id} />,
    },
    patient.clinical && { id: 'clinical', label: 'Clinical', content: <ClinicalTab clinical={patient.clinical} /> },
    session.can('patients:read-engagement') && {
      id: 'segments',
      label: 'Segments',
      content: <SegmentsTab patientId={patient.id} />,
    },
    session.can('patients:read-engagement') && {
      id: 'journeys',
      label: 'Journeys',
      content: <JourneysTab patientId={patient.id} />,
    },
    session.can('patients:read-engagement') && {
      id: 'messages',
      label: 'Messages',
      content: <MessagesTab patientId={patient.id} />,
    },
    session.can('activities:work') && {
      id: 'activities',
      label: 'Activities',
      content: <PatientActivitiesTab patientId={patient.id} />,
    },
    session.can('audit:read') && {
      id: 'audit',
      label: 'Who saw this patient',
      content: <PatientAuditTab patientId={patient.id} />,
    },
  ];
  const tabs = candidates.filter((tab): tab is TabsProps.Tab => Boolean(tab));
  const wanted = search.get('tab');
  const active = tabs.find((tab) => tab.id === wanted)?.id ?? 'profile';
  return (
    <SpaceBetween size="m">
      {(!patient.profile.active || patient.profile.deceased) && (
        <SpaceBetween direction="horizontal" size="xs">
          {!patient.profile.active && <Badge color="grey">Inactive record</Badge>}
          {patient.profile.deceased && (
            <Badge color="grey">Deceased{patient.profile.deceasedAt ? ` ${patient.profile.deceasedAt}` : ''}</Badge>
          )}
        </SpaceBetween>
      )}
      <Tabs
        ariaLabel="Patient sections"
        tabs={tabs}
        activeTabId={active}
        onChange={({ detail }) => setSearch({ tab: detail.activeTabId }, { replace: true })}
      />
    </SpaceBetween>
  );
}
