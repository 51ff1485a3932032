import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';

export type Preference = ResponseOf<'getPatientPreferences'>['preferences'][number];
export type Channel = Preference['channel'];
export type Topic = Preference['topic'];
type Outcome = ResponseOf<'putPatientPreference'>;

/** `Record`s, so a channel or topic the API adds cannot be left out of the form. */
export const CHANNEL_NAMES: Record<Channel, string> = { email: 'Email', sms: 'SMS', push: 'Push', letter: 'Letter' };
export const TOPIC_NAMES: Record<Topic, string> = {
  'appointment-reminders': 'Appointment reminders',
  'care-gaps': 'Care gaps',
  results: 'Results',
  general: 'General',
  campaigns: 'Campaigns',
  events: 'Events',
};
const optionsOf = (names: Record<string, string>) => Object.entries(names).map(([value, label]) => ({ value, label }));

const OUTCOMES: Record<Outcome['outcome'], string> = {
  applied: 'recorded and now current',
  superseded: 'recorded in the history; a later change of this channel and topic stays current',
  duplicate: 'already recorded',
};

/** Opts the patient in to or out of one topic on one channel, as staff, with the reason (kept in the history). */
export function PreferenceChangeForm(props: { patientId: string; onChanged: (message: string) => void }) {
  const api = useApi();
  const [channel, setChannel] = useState<Channel>('email');
  const [topic, setTopic] = useState<Topic>('campaigns');
  const [status, setStatus] = useState<Preference['status']>('opted-out');
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setError(undefined);
    setMissingReason(reason.trim() === '');
    if (reason.trim() === '') return;
    setSaving(true);
    try {
      const answer = await dataOf(
        api.PUT('/patients/{patientId}/preferences/{channel}/{topic}', {
          params: { path: { patientId: props.patientId, channel, topic } },
          body: { status, reason: reason.trim() },
        }),
      );
      setReason('');
      props.onChanged(
        `${CHANNEL_NAMES[channel]} · ${TOPIC_NAMES[topic]}: ${status === 'opted-in' ? 'opted in' : 'opted out'} — ${OUTCOMES[answer.outcome]}.`,
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };
  const problem = error instanceof ApiProblem ? error : undefined;
  const errorOf = (pointer: string) => problem?.fieldErrors(pointer).join(' ') || undefined;
  const shownAtFields = ['/channel', '/topic', '/status', '/reason'];
  const elsewhere = problem ? problem.errors.filter((e) => !shownAtFields.includes(e.pointer)) : [];

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Form
        actions={
          <Button variant="primary" formAction="submit" loading={saving}>
            Record change
          </Button>
        }
        errorText={
          error !== undefined && (!problem || problem.errors.length === 0 || elsewhere.length > 0) ? (
            <ErrorAlert error={error} />
          ) : undefined
        }
      >
        <Container
          header={
            <Header
              variant="h2"
              description="The change is recorded with your name and the reason, and kept in the history."
            >
              Change a preference
            </Header>
          }
        >
          <SpaceBetween size="m">
            <Grid gridDefinition={[{ colspan: 4 }, { colspan: 4 }, { colspan: 4 }]}>
              <FormField label="Channel" errorText={errorOf('/channel')}>
                <Select
                  selectedOption={{ value: channel, label: CHANNEL_NAMES[channel] }}
                  options={optionsOf(CHANNEL_NAMES)}
                  onChange={({ detail }) => setChannel(detail.selectedOption.value as Channel)}
                />
              </FormField>
              <FormField label="Topic" errorText={errorOf('/topic')}>
                <Select
                  selectedOption={{ value: topic, label: TOPIC_NAMES[topic] }}
                  options={optionsOf(TOPIC_NAMES)}
                  onChange={({ detail }) => setTopic(detail.selectedOption.value as Topic)}
                />
              </FormField>
              <FormField label="Preference" errorText={errorOf('/status')}>
                <RadioGroup
                  value={status}
                  onChange={({ detail }) => setStatus(detail.value as Preference['status'])}
                  items={[
                    { value: 'opted-in', label: 'Opted in' },
                    { value: 'opted-out', label: 'Opted out' },
                  ]}
                />
              </FormField>
            </Grid>
            <FormField
              label="Reason"
              description="Why, in a few words (for example: asked by phone on 7 Dec)."
              errorText={missingReason ? 'Give the reason for the change.' : errorOf('/reason')}
            >
              <Textarea value={reason} onChange={({ detail }) => setReason(detail.value)} rows={2} />
            </FormField>
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
