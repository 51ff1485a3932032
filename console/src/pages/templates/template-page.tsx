import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { formatInstant } from '../../app/format';
import { Empty, ErrorAlert, Loading } from '../../app/page-states';
import { useApi } from '../../app/session';
import { useLoad } from '../../app/use-load';
import {
  type Channel,
  channelsOf,
  newDefinition,
  partPointer,
  problemsByPointer,
  type TemplateDefinition,
} from './template-draft';
import { type Problems, TemplateEditor } from './template-editor';
import { type PreviewTarget, TemplatePreview } from './template-preview';
import { definitionBody, useDraftPreview } from './use-draft-preview';

type Detail = ResponseOf<'getTemplate'>;
/** What the editor starts from: a saved template, a catalog template to copy, or a blank one. */
type Start = { detail?: Detail; definition: TemplateDefinition; suggestedId: string };

/** `/templates/:templateId`, or `/templates/new` (optionally `?copy=<catalog id>`). */
export default function TemplatePage() {
  // `/templates/new` has no id (a template may be called "new": its own route still reaches it).
  const { templateId } = useParams();
  const [search] = useSearchParams();
  const copy = search.get('copy') ?? undefined;
  const api = useApi();
  const isNew = templateId === undefined;
  const [savedVersion, setSavedVersion] = useState<number>();
  const start = useLoad(async (): Promise<Start> => {
    if (templateId !== undefined) {
      const detail = await dataOf(api.GET('/templates/{templateId}', { params: { path: { templateId } } }));
      return { detail, definition: detail.latest.definition, suggestedId: templateId };
    }
    if (!copy) return { definition: newDefinition(), suggestedId: '' };
    const catalog = await dataOf(api.GET('/templates/catalog'));
    const item = catalog.items.find((i) => i.templateId === copy);
    if (!item) throw new ApiProblem(404, 'Not in the catalog', `the catalog has no template ${copy}`);
    return { definition: { ...item.definition, name: `${item.definition.name} (copy)` }, suggestedId: `${copy}-copy` };
  }, [api, templateId, copy]);

  const title = isNew ? 'New template' : 'Template';
  if (start.error !== undefined) {
    return (
      <ContentLayout header={<Header variant="h1">{title}</Header>}>
        <ErrorAlert error={start.error} onRetry={start.reload} />
      </ContentLayout>
    );
  }
  // A reload after a save keeps the page shown until the new version arrives.
  if (!start.data) {
    return (
      <ContentLayout header={<Header variant="h1">{title}</Header>}>
        <Loading what="the template" />
      </ContentLayout>
    );
  }
  // Keyed by what it started from: a save that reloads the template starts the editor afresh.
  const key = `${templateId ?? 'new'}@${start.data.detail?.template.revision ?? copy ?? 'blank'}`;
  return (
    <TemplateWorkspace
      key={key}
      start={start.data}
      templateId={templateId}
      savedVersion={savedVersion}
      onSaved={(version) => {
        setSavedVersion(version);
        start.reload();
      }}
    />
  );
}

function TemplateWorkspace({
  start,
  templateId,
  savedVersion,
  onSaved,
}: {
  start: Start;
  templateId: string | undefined;
  /** The version this page saved last, announced until the template changes again. */
  savedVersion: number | undefined;
  onSaved: (version: number) => void;
}) {
  const api = useApi();
  const navigate = useNavigate();
  const [definition, setDefinition] = useState(start.definition);
  const [newId, setNewId] = useState(start.suggestedId);
  const [language, setLanguage] = useState(start.definition.defaultLanguage);
  const [channel, setChannel] = useState<Channel | undefined>(channelsOf(start.definition, language)[0]);
  const [target, setTarget] = useState<PreviewTarget>({ mode: 'sample', patientId: '' });
  const [saving, setSaving] = useState(false);
  const [saveProblem, setSaveProblem] = useState<unknown>();
  const dirty = definition !== start.definition;

  const preview = useDraftPreview(definition, {
    channel,
    language,
    patientId: target.mode === 'patient' && target.patientId ? target.patientId : undefined,
  });
  const problems = useMemo<Problems>(() => {
    const errors =
      saveProblem instanceof ApiProblem
        ? saveProblem.errors
        : preview.problem instanceof ApiProblem && preview.problem.status === 400
          ? preview.problem.errors
          : [];
    const warnings = (preview.result?.warnings ?? []).map((w) => ({ pointer: w.pointer, detail: w.message }));
    return { errors: problemsByPointer(errors), warnings: problemsByPointer(warnings) };
  }, [preview, saveProblem]);
  const shownPointers = new Set([
    '/name',
    '/topic',
    '/description',
    '/defaultLanguage',
    '/content',
    `/content/${language}`,
    ...(channel ? ['subject', 'html', 'text', 'title', 'body'].map((f) => partPointer(language, channel, f)) : []),
  ]);
  const elsewhere = [...problems.errors].filter(([pointer]) => !shownPointers.has(pointer));

  const save = async () => {
    setSaving(true);
    setSaveProblem(undefined);
    try {
      if (templateId) {
        const answer = await dataOf(
          api.PUT('/templates/{templateId}', {
            params: { path: { templateId } },
            body: { definition: definitionBody(definition), expectedRevision: start.detail?.template.revision },
          }),
        );
        onSaved(answer.version.version);
      } else {
        const answer = await dataOf(
          api.POST('/templates', { body: { templateId: newId, definition: definitionBody(definition) } }),
        );
        navigate(`/templates/${encodeURIComponent(answer.template.templateId)}`);
      }
    } catch (problem) {
      setSaveProblem(problem);
    } finally {
      setSaving(false);
    }
  };
  const idErrors = saveProblem instanceof ApiProblem ? saveProblem.fieldErrors('/templateId').join(' ') : '';
  const saveFailedElsewhere =
    saveProblem !== undefined && !(saveProblem instanceof ApiProblem && saveProblem.errors.length > 0);

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            start.detail
              ? `${start.detail.template.templateId} · version ${start.detail.template.latestVersion} · updated ${formatInstant(start.detail.template.updatedAt)}${dirty ? ' · unsaved changes' : ''}`
              : 'Not saved yet: saving creates version 1.'
          }
          actions={
            <Button
              variant="primary"
              loading={saving}
              disabled={!dirty && Boolean(templateId)}
              onClick={() => void save()}
            >
              {templateId ? 'Save as new version' : 'Create template'}
            </Button>
          }
        >
          {templateId ? definition.name || templateId : 'New template'}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {savedVersion !== undefined && savedVersion === start.detail?.template.latestVersion && !dirty && (
          <Alert type="success">Saved as version {savedVersion}.</Alert>
        )}
        {saveProblem instanceof ApiProblem && saveProblem.status === 409 && (
          <Alert type="error" header="Someone else changed this template">
            {saveProblem.detail} Copy your changes, then reload the page to see theirs.
          </Alert>
        )}
        {saveFailedElsewhere && !(saveProblem instanceof ApiProblem && saveProblem.status === 409) && (
          <ErrorAlert error={saveProblem} header="Not saved" />
        )}
        {!templateId && (
          <FormField
            label="Template id"
            description="Lower-case letters, digits and hyphens; journeys name the template by it. It cannot change."
            errorText={idErrors || undefined}
          >
            <Input value={newId} onChange={({ detail }) => setNewId(detail.value.trim())} />
          </FormField>
        )}
        {elsewhere.length > 0 && (
          <Alert type="error" header="Problems in other languages or channels">
            <ul>
              {elsewhere.map(([pointer, messages]) => (
                <li key={pointer}>
                  <code>{pointer}</code>: {messages.join(' ')}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        <Grid gridDefinition={[{ colspan: { default: 12, s: 7 } }, { colspan: { default: 12, s: 5 } }]}>
          <TemplateEditor
            definition={definition}
            onChange={(next) => {
              setDefinition(next);
              setSaveProblem(undefined);
            }}
            problems={problems}
            language={language}
            channel={channel}
            onSelect={(l, c) => {
              setLanguage(l);
              setChannel(c);
            }}
          />
          <TemplatePreview
            channel={channel}
            language={language}
            preview={preview}
            target={target}
            onTargetChange={setTarget}
          />
        </Grid>
        {start.detail && <Versions detail={start.detail} />}
      </SpaceBetween>
    </ContentLayout>
  );
}

function Versions({ detail }: { detail: Detail }) {
  return (
    <Table
      header={<Header counter={`(${detail.versions.length})`}>Versions</Header>}
      items={detail.versions}
      trackBy="version"
      variant="container"
      empty={<Empty title="No versions" />}
      columnDefinitions={[
        {
          id: 'version',
          header: 'Version',
          cell: (v) =>
            v.version === detail.template.latestVersion ? <Box fontWeight="bold">{v.version} (latest)</Box> : v.version,
        },
        { id: 'name', header: 'Name', cell: (v) => v.name ?? '—' },
        { id: 'createdAt', header: 'Created', cell: (v) => formatInstant(v.createdAt) },
        { id: 'createdBy', header: 'By', cell: (v) => v.createdBy ?? '—' },
      ]}
    />
  );
}
