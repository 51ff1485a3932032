import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { href, useFollow } from '../../app/links';
import { ErrorAlert } from '../../app/page-states';
import { useApi } from '../../app/session';

const MESSAGE_ID = /^msg-[0-9a-f]{32}$/;

/** Look a message up by its id (from a support ticket, a log line, a provider report). */
export default function MessageLookupPage() {
  const api = useApi();
  const navigate = useNavigate();
  const follow = useFollow();
  const [messageId, setMessageId] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [looking, setLooking] = useState(false);

  const lookUp = async () => {
    const id = messageId.trim();
    setError(undefined);
    setInvalid(MESSAGE_ID.test(id) ? undefined : 'A message id is "msg-" followed by 32 hexadecimal digits.');
    if (!MESSAGE_ID.test(id)) return;
    setLooking(true);
    try {
      await dataOf(api.GET('/messages/{messageId}', { params: { path: { messageId: id } } }));
      navigate(`/messages/${id}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setLooking(false);
    }
  };
  const fieldError =
    invalid ??
    (error instanceof ApiProblem
      ? error.status === 404
        ? 'No message has this id.'
        : error.fieldErrors('/messageId').join(' ') || undefined
      : undefined);
  const shownInField =
    error instanceof ApiProblem && (error.status === 404 || error.fieldErrors('/messageId').length > 0);

  return (
    <ContentLayout
      header={
        <Header variant="h1" description="One message with every policy check and every delivery event.">
          Messages
        </Header>
      }
    >
      <SpaceBetween size="l">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void lookUp();
          }}
        >
          <Form
            actions={
              <Button variant="primary" formAction="submit" loading={looking}>
                Open message
              </Button>
            }
          >
            <Container header={<Header variant="h2">Look up a message</Header>}>
              <FormField label="Message id" constraintText="msg- and 32 hexadecimal digits" errorText={fieldError}>
                <Input
                  value={messageId}
                  onChange={({ detail }) => setMessageId(detail.value)}
                  placeholder="msg-…"
                  spellcheck={false}
                />
              </FormField>
            </Container>
          </Form>
        </form>
        {error !== undefined && !shownInField && <ErrorAlert error={error} onRetry={() => void lookUp()} />}
        <Container header={<Header variant="h2">Where to find messages</Header>}>
          <SpaceBetween size="s">
            <Box variant="p">
              Every message a patient was sent, or that policy stopped, is on the patient's <b>Messages</b> tab: find
              the patient on the{' '}
              <Link href={href('/patients')} onFollow={follow}>
                Patients
              </Link>{' '}
              page, open them and choose the Messages tab. Each message there links to its page.
            </Box>
            <Box variant="p">
              A message id also appears in delivery reports, in audit entries and in the platform's logs; paste it above
              to open the message.
            </Box>
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
