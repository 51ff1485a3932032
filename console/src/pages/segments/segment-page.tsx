import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { BodyOf, ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useLoad } from '../../app/use-load';
import type { JsonObject } from './criteria-tree';
import { NewSegmentPage } from './new-segment';
import { SegmentBuilder } from './segment-builder';
import { SegmentMembers, StaticUpload } from './segment-members';
import { SegmentStatus } from './segment-status';
import { useSegmentReferences } from './use-segment-references';

type Detail = ResponseOf<'getSegment'>;

/** `/segments/new`, or one segment: its definition in the builder, versions, members, activate and archive. */
export default function SegmentPage() {
  const { segmentId } = useParams();
  return segmentId ? <ExistingSegment key={segmentId} segmentId={segmentId} /> : <NewSegmentPage />;
}

function ExistingSegment({ segmentId }: { readonly segmentId: string }) {
  const api = useApi();
  const detail = useLoad<Detail>(
    () => dataOf(api.GET('/segments/{segmentId}', { params: { path: { segmentId } } })),
    [api, segmentId],
  );
  if (detail.error !== undefined && !detail.data) {
    const missing = detail.error instanceof ApiProblem && detail.error.status === 404;
    return (
      <ContentLayout header={<Header variant="h1">Segment</Header>}>
        <ErrorAlert
          error={detail.error}
          header={missing ? 'No such segment' : undefined}
          onRetry={missing ? undefined : detail.reload}
        />
      </ContentLayout>
    );
  }
  if (!detail.data) return <Loading what="the segment" />;
  return <SegmentView detail={detail.data} reload={detail.reload} />;
}

function SegmentView({ detail, reload }: { readonly detail: Detail; readonly reload: () => void }) {
  const api = useApi();
  const { segment, versions, computation } = detail;
  const latest = versions[0];
  const saved = useMemo(() => (latest?.definition ?? {}) as JsonObject, [latest]);
  const [draft, setDraft] = useState<JsonObject>(saved);
  const [tab, setTab] = useState(segment.kind === 'dynamic' ? 'definition' : 'members');
  const [busy, setBusy] = useState<'save' | 'activate' | 'archive'>();
  const [problem, setProblem] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [membersGeneration, setMembersGeneration] = useState(0);
  const references = useSegmentReferences();
  useEffect(() => setDraft(saved), [saved]);
  const dirty = segment.kind === 'dynamic' && JSON.stringify(draft) !== JSON.stringify(saved);
  const archived = segment.status === 'archived';
  const canActivate = !archived && (segment.status !== 'active' || segment.activeVersion !== segment.latestVersion);

  const act = async (what: 'save' | 'activate' | 'archive', call: () => Promise<unknown>, done: string) => {
    setBusy(what);
    setProblem(undefined);
    setNotice(undefined);
    try {
      await call();
      setNotice(done);
      reload();
      setMembersGeneration((generation) => generation + 1);
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(undefined);
    }
  };
  const path = { segmentId: segment.segmentId };
  const save = () =>
    act(
      'save',
      () =>
        dataOf(
          api.PUT('/segments/{segmentId}', {
            params: { path, query: { basedOnVersion: String(segment.latestVersion) } },
            body: draft as BodyOf<'updateSegment'>,
          }),
        ),
      `Saved as version ${segment.latestVersion + 1}.${segment.status === 'active' ? ' Activate it to make membership follow it.' : ''}`,
    );
  const activate = (version?: number) =>
    act(
      'activate',
      () =>
        dataOf(
          api.POST('/segments/{segmentId}/activate', {
            params: { path, query: version === undefined ? {} : { version: String(version) } },
          }),
        ),
      'Active: every membership is being computed.',
    );
  const archive = () =>
    act(
      'archive',
      () => dataOf(api.POST('/segments/{segmentId}/archive', { params: { path } })),
      'Archived: its memberships are being removed.',
    );
  const saveErrors = problem instanceof ApiProblem ? problem.errors : [];
  const pinned =
    saveErrors.length > 0 &&
    saveErrors.every((e) => ['/id', '/name', '/description'].includes(e.pointer) || e.pointer.startsWith('/criteria'));

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={segment.description || undefined}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {segment.status !== 'archived' && (
                <Button onClick={() => setConfirmArchive(true)} loading={busy === 'archive'}>
                  Archive
                </Button>
              )}
              {canActivate && (
                <Button onClick={() => void activate()} loading={busy === 'activate'} disabled={dirty}>
                  Activate version {segment.latestVersion}
                </Button>
              )}
              {segment.kind === 'dynamic' && !archived && (
                <Button variant="primary" onClick={() => void save()} loading={busy === 'save'} disabled={!dirty}>
                  Save as version {segment.latestVersion + 1}
                </Button>
              )}
            </SpaceBetween>
          }
        >
          {segment.name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {notice && (
          <Alert type="success" dismissible onDismiss={() => setNotice(undefined)}>
            {notice}
          </Alert>
        )}
        {problem !== undefined &&
          (pinned ? (
            <Alert type="error" header="Not saved">
              {problem instanceof ApiProblem && problem.detail ? `${problem.detail}: ` : ''}see the messages next to the
              criteria.
            </Alert>
          ) : (
            <ErrorAlert
              error={problem}
              header={problem instanceof ApiProblem && problem.status === 409 ? 'Changed elsewhere' : undefined}
              onRetry={problem instanceof ApiProblem && problem.status === 409 ? reload : undefined}
            />
          ))}
        {dirty && <Alert type="info">Unsaved changes: save them as a new version before activating.</Alert>}
        <SegmentStatus segment={segment} computation={computation} />
        <Tabs
          activeTabId={tab}
          onChange={({ detail: change }) => setTab(change.activeTabId)}
          tabs={[
            ...(segment.kind === 'dynamic'
              ? [
                  {
                    id: 'definition',
                    label: 'Definition',
                    content: (
                      <SegmentBuilder
                        definition={draft}
                        onChange={(next) => {
                          setDraft(next);
                          if (problem instanceof ApiProblem && problem.status === 400) setProblem(undefined);
                        }}
                        idEditable={false}
                        saveErrors={saveErrors}
                        catalog={references.catalog}
                        segmentIds={references.segmentIds.filter((id) => id !== segment.segmentId)}
                      />
                    ),
                  },
                ]
              : []),
            {
              id: 'members',
              label: 'Members',
              content: (
                <SpaceBetween size="l">
                  {segment.kind === 'static' &&
                    (segment.status === 'active' ? (
                      <StaticUpload
                        segmentId={segment.segmentId}
                        onUploaded={() => setMembersGeneration((generation) => generation + 1)}
                      />
                    ) : (
                      <Alert type="info">Activate this static segment to upload its members.</Alert>
                    ))}
                  <SegmentMembers segmentId={segment.segmentId} generation={membersGeneration} />
                </SpaceBetween>
              ),
            },
            {
              id: 'versions',
              label: `Versions (${versions.length})`,
              content: (
                <Table
                  header={<Header description="newest first">Versions</Header>}
                  items={versions}
                  trackBy="version"
                  columnDefinitions={[
                    {
                      id: 'version',
                      header: 'Version',
                      cell: (version) => (
                        <>
                          {version.version}
                          {version.version === segment.activeVersion && <Box variant="span"> (active)</Box>}
                        </>
                      ),
                    },
                    { id: 'name', header: 'Name', cell: (version) => version.name },
                    { id: 'createdAt', header: 'Created', cell: (version) => formatInstant(version.createdAt) },
                    { id: 'createdBy', header: 'By', cell: (version) => version.createdBy },
                    {
                      id: 'actions',
                      header: 'Actions',
                      cell: (version) => (
                        <SpaceBetween direction="horizontal" size="xs">
                          {version.definition && version.version !== latest?.version && (
                            <Button
                              ariaLabel={`Edit from version ${version.version}`}
                              onClick={() => {
                                setDraft(version.definition as JsonObject);
                                setTab('definition');
                              }}
                            >
                              Edit from this version
                            </Button>
                          )}
                          {version.version !== segment.activeVersion && segment.status !== 'archived' && (
                            <Button
                              ariaLabel={`Activate version ${version.version}`}
                              onClick={() => void activate(version.version)}
                            >
                              Activate
                            </Button>
                          )}
                        </SpaceBetween>
                      ),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </SpaceBetween>
      <Modal
        visible={confirmArchive}
        onDismiss={() => setConfirmArchive(false)}
        header={`Archive ${segment.name}?`}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setConfirmArchive(false)}>
                Cancel
              </Button>
              <Button
                variant="primary"
                onClick={() => {
                  setConfirmArchive(false);
                  void archive();
                }}
              >
                Archive
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        Archiving is final: a full computation removes its members, and it cannot be activated again.
      </Modal>
    </ContentLayout>
  );
}
