import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { BodyOf } from '../../api/types';
import { ErrorAlert, Loading } from '../../app/page-states';
import { useApi } from '../../app/session';
import type { JsonObject } from './criteria-tree';
import { SegmentBuilder } from './segment-builder';
import { useSegmentReferences } from './use-segment-references';

const BLANK: JsonObject = {
  schemaVersion: 1,
  id: '',
  name: '',
  description: '',
  criteria: { all: [{ deceased: false }] },
};

/** A catalog definition as the start of a new segment: the same criteria under a new id and name. */
export function copyOf(definition: JsonObject): JsonObject {
  return {
    ...definition,
    id: `${String(definition.id)}-copy`.slice(0, 64),
    name: `${String(definition.name)} (copy)`,
  };
}

/** `/segments/new`: a dynamic segment in the builder (`?from=<catalog id>` starts from a copy), or `?kind=static`. */
export function NewSegmentPage() {
  const [query] = useSearchParams();
  const from = query.get('from');
  const references = useSegmentReferences();
  const [draft, setDraft] = useState<JsonObject | undefined>(from ? undefined : BLANK);
  useEffect(() => {
    if (!from || draft || !references.catalogLoaded) return;
    const source = references.catalog.find((definition) => definition.id === from);
    setDraft(source ? copyOf(source) : BLANK);
  }, [from, draft, references]);

  if (query.get('kind') === 'static') return <NewStaticSegment />;
  const missing = from && references.catalogLoaded && !references.catalog.some((definition) => definition.id === from);
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={from ? `A copy of the catalog segment ${from}: change it, then save.` : undefined}
        >
          New segment
        </Header>
      }
    >
      {draft ? (
        <SpaceBetween size="l">
          {missing && (
            <Alert type="warning">The catalog has no segment {from}: starting from a blank definition.</Alert>
          )}
          {references.catalogError !== undefined && (
            <ErrorAlert
              error={references.catalogError}
              header="The catalog could not be read (its code lists are not offered)"
            />
          )}
          <NewDynamicSegment draft={draft} onChange={setDraft} references={references} />
        </SpaceBetween>
      ) : (
        <Loading what="the catalog segment" />
      )}
    </ContentLayout>
  );
}

function NewDynamicSegment({
  draft,
  onChange,
  references,
}: {
  readonly draft: JsonObject;
  readonly onChange: (draft: JsonObject) => void;
  readonly references: ReturnType<typeof useSegmentReferences>;
}) {
  const api = useApi();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      const created = await dataOf(api.POST('/segments', { body: draft as BodyOf<'createSegment'> }));
      navigate(`/segments/${encodeURIComponent(created.segment.segmentId)}`);
    } catch (failure) {
      setProblem(failure);
      setSaving(false);
    }
  };
  const errors = problem instanceof ApiProblem ? problem.errors : [];
  return (
    <SpaceBetween size="l">
      {problem !== undefined &&
        (errors.length > 0 ? (
          <Alert type="error" header="Not saved">
            {problem instanceof ApiProblem && problem.detail ? `${problem.detail}: ` : ''}see the messages next to the
            fields and criteria.
          </Alert>
        ) : (
          <ErrorAlert error={problem} header="Not saved" />
        ))}
      <SegmentBuilder
        definition={draft}
        onChange={(next) => {
          onChange(next);
          setProblem(undefined);
        }}
        idEditable
        saveErrors={errors}
        catalog={references.catalog}
        segmentIds={references.segmentIds}
      />
      <Button variant="primary" onClick={() => void save()} loading={saving}>
        Save as draft
      </Button>
    </SpaceBetween>
  );
}

/** A static segment: an id, a name and a description; its members are uploaded once it is active. */
function NewStaticSegment() {
  const api = useApi();
  const navigate = useNavigate();
  const [fields, setFields] = useState({ id: '', name: '', description: '' });
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const errorText = (name: string) =>
    problem instanceof ApiProblem ? problem.fieldErrors(`/${name}`).join('; ') || undefined : undefined;
  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: ({ detail }: { detail: { value: string } }) => setFields({ ...fields, [name]: detail.value }),
  });
  const create = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      const created = await dataOf(api.POST('/segments', { body: { kind: 'static', ...fields } }));
      navigate(`/segments/${encodeURIComponent(created.segment.segmentId)}`);
    } catch (failure) {
      setProblem(failure);
      setSaving(false);
    }
  };
  const unpinned =
    problem instanceof ApiProblem
      ? problem.errors.every((e) => !['/id', '/name', '/description'].includes(e.pointer))
      : true;
  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Its members are an uploaded list, not criteria.">
          New static segment
        </Header>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <Form
          errorText={
            problem !== undefined && unpinned
              ? undefined
              : problem !== undefined
                ? 'Not created: see the fields.'
                : undefined
          }
          actions={
            <Button variant="primary" formAction="submit" loading={saving}>
              Create
            </Button>
          }
        >
          <SpaceBetween size="m">
            {problem !== undefined && unpinned && <ErrorAlert error={problem} header="Not created" />}
            <Container>
              <SpaceBetween size="s">
                <FormField label="Id" description="lower-case letters, digits and hyphens" errorText={errorText('id')}>
                  <Input {...field('id')} />
                </FormField>
                <FormField label="Name" errorText={errorText('name')}>
                  <Input {...field('name')} />
                </FormField>
                <FormField label="Description" errorText={errorText('description')}>
                  <Textarea {...field('description')} />
                </FormField>
              </SpaceBetween>
            </Container>
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}
