import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { ConsoleConfig } from '../config';
import { localSignIn, type SignedOutReason, type Tokens } from './sign-in';

/** The five staff roles and what each is for, as the sign-in page offers them locally. */
const LOCAL_ROLES = [
  { value: 'marketing-professional', label: 'Marketing professional', description: 'segments, templates, journeys' },
  { value: 'event-planner', label: 'Event planner', description: 'community events and registrations' },
  { value: 'healthcare-user', label: 'Healthcare user', description: 'patients, including clinical facts' },
  {
    value: 'non-clinical-user',
    label: 'Non-clinical user',
    description: 'front desk: patients without clinical facts',
  },
  { value: 'fhir-sync-admin', label: 'FHIR sync admin', description: 'ingestion, dead letters, audit' },
];

const NOTICES: Record<SignedOutReason, string> = {
  'signed-out': 'You are signed out.',
  expired: 'Your session ended when its token expired. Sign in again to go on.',
  rejected: 'The platform no longer accepts your session. Sign in again to go on.',
};

export function SignInPage(props: {
  config: ConsoleConfig;
  reason: SignedOutReason | undefined;
  onSignedIn: (tokens: Tokens) => void;
  onCognito: (() => void) | undefined;
}) {
  const [role, setRole] = useState('marketing-professional');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      props.onSignedIn(await localSignIn(role, name.trim()));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };
  return (
    <main style={{ maxWidth: 560, margin: '48px auto', padding: '0 16px' }}>
      <SpaceBetween size="l">
        <Box variant="h1">Patient outreach</Box>
        {props.reason && (
          <Alert type={props.reason === 'signed-out' ? 'info' : 'warning'}>{NOTICES[props.reason]}</Alert>
        )}
        {props.onCognito ? (
          <Container header={<Header variant="h2">Sign in</Header>}>
            <SpaceBetween size="m">
              <Box>Sign in with your organisation's account.</Box>
              <Button variant="primary" onClick={props.onCognito}>
                Sign in
              </Button>
            </SpaceBetween>
          </Container>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Form
              header={
                <Header variant="h2" description="The local user pool issues a one-hour token for the role you pick.">
                  Sign in (local)
                </Header>
              }
              errorText={error}
              actions={
                <Button variant="primary" formAction="submit" loading={busy}>
                  Sign in
                </Button>
              }
            >
              <Container>
                <SpaceBetween size="m">
                  <FormField label="Role">
                    <RadioGroup
                      ariaLabel="Role"
                      value={role}
                      onChange={({ detail }) => setRole(detail.value)}
                      items={LOCAL_ROLES}
                    />
                  </FormField>
                  <FormField label="Your name" description="Shown in the audit trail; the role's name when empty.">
                    <Input value={name} onChange={({ detail }) => setName(detail.value)} placeholder="e.g. Sam Lee" />
                  </FormField>
                </SpaceBetween>
              </Container>
            </Form>
          </form>
        )}
      </SpaceBetween>
    </main>
  );
}
