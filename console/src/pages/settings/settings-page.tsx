import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useState } from 'react';
import { dataOf } from '../../api/client';
import { ApiProblem, describeError } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useLoad } from '../../app/use-load';
import {
  type Change,
  changesBetween,
  type Draft,
  draftOf,
  readablePointer,
  rebase,
  settingsOf,
} from './settings-model';
import { KeywordsSection, OrganisationSection, PolicySection } from './settings-sections';

type Saved = ResponseOf<'getMessagingSettings'>;

/** The settings another person saved while this one was editing, and what moved. */
interface Conflict {
  readonly latest: Saved;
  readonly changes: readonly Change[];
}

/**
 * Organisation, sending policy and reply keywords, saved all at once under optimistic locking: the save names
 * the revision it was read at, and a change someone else saved in between is shown, never overwritten.
 */
export default function SettingsPage() {
  const api = useApi();
  const loaded = useLoad(() => dataOf(api.GET('/messaging/settings')), [api]);
  const [base, setBase] = useState<Saved>();
  const [draft, setDraft] = useState<Draft>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const [conflict, setConflict] = useState<Conflict>();
  const [savedAt, setSavedAt] = useState<string>();

  useEffect(() => {
    if (loaded.data) {
      setBase(loaded.data);
      setDraft(draftOf(loaded.data.settings));
    }
  }, [loaded.data]);

  if (!base || !draft) {
    return (
      <Layout>
        {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : <Loading what="the settings" />}
      </Layout>
    );
  }

  const save = async () => {
    setSaving(true);
    setSaveError(undefined);
    setSavedAt(undefined);
    const settings = settingsOf(draft);
    try {
      const saved = await dataOf(
        api.PUT('/messaging/settings', { body: { settings, expectedRevision: base.revision } }),
      );
      setBase(saved);
      setDraft(draftOf(saved.settings));
      setConflict(undefined);
      setSavedAt(saved.updatedAt ?? new Date().toISOString());
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 409 || error.status === 412)) {
        const latest = await dataOf(api.GET('/messaging/settings')).catch(() => undefined);
        if (latest) setConflict({ latest, changes: changesBetween(base.settings, latest.settings, settings) });
        else setSaveError(error);
      } else setSaveError(error);
    } finally {
      setSaving(false);
    }
  };
  const problem = saveError instanceof ApiProblem ? saveError : undefined;
  const errorAt = (pointer: string) => problem?.fieldErrors(`/settings${pointer}`).join(' ') || undefined;
  const unchanged = JSON.stringify(settingsOf(draft)) === JSON.stringify(settingsOf(draftOf(base.settings)));

  return (
    <Layout saved={base}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                formAction="none"
                disabled={unchanged || saving}
                onClick={() => {
                  setDraft(draftOf(base.settings));
                  setSaveError(undefined);
                }}
              >
                Undo my changes
              </Button>
              <Button
                variant="primary"
                formAction="submit"
                loading={saving}
                disabled={unchanged || conflict !== undefined}
              >
                Save settings
              </Button>
            </SpaceBetween>
          }
          errorText={
            problem && problem.errors.length > 0
              ? `${describeError(problem)} — see the fields marked below.`
              : undefined
          }
        >
          <SpaceBetween size="l">
            {savedAt && (
              <Alert type="success" dismissible onDismiss={() => setSavedAt(undefined)} header="Saved">
                The settings are at revision {base.revision}; every message follows them from now on.
              </Alert>
            )}
            {saveError !== undefined && !(problem && problem.errors.length > 0) && (
              <ErrorAlert error={saveError} header="Not saved" />
            )}
            {conflict && (
              <ConflictAlert
                conflict={conflict}
                onKeepMine={() => {
                  setDraft(rebase(draftOf(base.settings), draftOf(conflict.latest.settings), draft));
                  setBase(conflict.latest);
                  setConflict(undefined);
                }}
                onTakeTheirs={() => {
                  setBase(conflict.latest);
                  setDraft(draftOf(conflict.latest.settings));
                  setConflict(undefined);
                }}
              />
            )}
            <OrganisationSection draft={draft} change={setDraft} errorAt={errorAt} />
            <PolicySection draft={draft} change={setDraft} errorAt={errorAt} />
            <KeywordsSection draft={draft} change={setDraft} errorAt={errorAt} />
          </SpaceBetween>
        </Form>
      </form>
    </Layout>
  );
}

function Layout({ saved, children }: { saved?: Saved; children: React.ReactNode }) {
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            saved
              ? saved.revision === 0
                ? 'The defaults apply: nobody has saved settings yet.'
                : `Revision ${saved.revision}, saved ${formatInstant(saved.updatedAt)} by ${saved.updatedBy ?? 'unknown'}.`
              : 'Organisation, sending policy and reply keywords.'
          }
        >
          Settings
        </Header>
      }
    >
      {children}
    </ContentLayout>
  );
}

function ConflictAlert(props: { conflict: Conflict; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { latest, changes } = props.conflict;
  // The table sits below the alert, not in it: Cloudscape's table text lacks contrast on the warning colour.
  return (
    <SpaceBetween size="s">
      <Alert
        type="warning"
        header="Someone else changed the settings while you were editing"
        action={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={props.onTakeTheirs}>Discard mine, load theirs</Button>
            <Button onClick={props.onKeepMine}>Apply my edits to theirs</Button>
          </SpaceBetween>
        }
      >
        {`${latest.updatedBy ?? 'Someone'} saved revision ${latest.revision} at ${formatInstant(latest.updatedAt)}. Your save was not applied and nothing of theirs was overwritten. Review what they changed, then apply your edits to their version (and save again) or take theirs.`}
      </Alert>
      <Table
        header={<Header variant="h3">What they changed</Header>}
        items={[...changes]}
        trackBy="pointer"
        empty="They saved the same values you read."
        columnDefinitions={[
          { id: 'setting', header: 'Setting', cell: (c) => readablePointer(c.pointer) },
          { id: 'read', header: 'When you read it', cell: (c) => c.read ?? '(none)' },
          { id: 'now', header: 'Now (theirs)', cell: (c) => <b>{c.now ?? '(none)'}</b> },
          {
            id: 'mine',
            header: 'Your edit',
            cell: (c) => (c.mine === c.read ? '(unchanged)' : (c.mine ?? '(none)')),
          },
        ]}
      />
    </SpaceBetween>
  );
}
