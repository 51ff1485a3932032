import Container from '@cloudscape-design/components/container';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { ApiProblem, type FieldError } from '../../api/problem';
import { BuilderContext, type BuilderContextValue } from './builder-context';
import { catalogCodeLists, catalogUnits, definitionErrors, type JsonObject } from './criteria-tree';
import { CriterionNode } from './criterion-node';
import { TextAreaField, TextField } from './draft-inputs';
import { ExplainPatient, explainedByPointer, LiveCount } from './preview-panel';
import { usePreview } from './use-preview';

export interface SegmentBuilderProps {
  readonly definition: JsonObject;
  readonly onChange: (definition: JsonObject) => void;
  /** A new segment's id can be chosen; a saved one's cannot. */
  readonly idEditable: boolean;
  /** The field errors of the last save, as pointers into the definition. */
  readonly saveErrors: readonly FieldError[];
  readonly catalog: readonly JsonObject[];
  readonly segmentIds: readonly string[];
}

/**
 * The whole definition language as a form: the criteria tree on the left, the live count, sample and one
 * patient's explanation on the right. Every field error of the preview or of saving is shown next to the
 * criterion its JSON pointer names.
 */
export function SegmentBuilder({
  definition,
  onChange,
  idEditable,
  saveErrors,
  catalog,
  segmentIds,
}: SegmentBuilderProps) {
  // The preview checks the whole definition: a draft without an id or name yet is still counted.
  const previewed = useMemo(
    () => ({ ...definition, id: definition.id || 'draft', name: definition.name || 'Draft' }),
    [definition],
  );
  const [explainId, setExplainId] = useState<string>();
  const count = usePreview(previewed);
  const explanation = usePreview(explainId === undefined ? undefined : previewed, explainId);
  const previewErrors = count.error instanceof ApiProblem ? definitionErrors(count.error.errors) : [];
  const context = useMemo<BuilderContextValue>(
    () => ({
      errors: [...previewErrors, ...saveErrors.filter((e) => !previewErrors.some((p) => p.pointer === e.pointer))],
      explained: explainedByPointer(
        explanation.error === undefined ? explanation.result?.patient?.explanation : undefined,
      ),
      codeLists: catalogCodeLists(catalog),
      units: catalogUnits(catalog),
      segmentIds,
    }),
    [previewErrors, saveErrors, explanation, catalog, segmentIds],
  );
  const set = (key: string, value: string) => onChange({ ...definition, [key]: value });

  return (
    <BuilderContext.Provider value={context}>
      <Grid gridDefinition={[{ colspan: { default: 12, m: 8 } }, { colspan: { default: 12, m: 4 } }]}>
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Segment</Header>}>
            <SpaceBetween size="s">
              {idEditable && (
                <TextField
                  label="Id"
                  description="lower-case letters, digits and hyphens; cannot change once saved"
                  pointer="/id"
                  value={String(definition.id ?? '')}
                  onChange={(id) => set('id', id)}
                />
              )}
              <TextField
                label="Name"
                pointer="/name"
                value={String(definition.name ?? '')}
                onChange={(name) => set('name', name)}
              />
              <TextAreaField
                label="Description"
                description="who is in it and why, for the next person who reads it"
                pointer="/description"
                value={String(definition.description ?? '')}
                onChange={(description) => set('description', description)}
              />
            </SpaceBetween>
          </Container>
          <SpaceBetween size="xs">
            <Header variant="h2" description="Patients are members when the criteria below match.">
              Criteria
            </Header>
            <CriterionNode
              node={definition.criteria ?? null}
              pointer="/criteria"
              onChange={(criteria) => onChange({ ...definition, criteria })}
            />
          </SpaceBetween>
        </SpaceBetween>
        <SpaceBetween size="l">
          <LiveCount preview={count} />
          <ExplainPatient
            explanation={explanation}
            patientId={explainId}
            onExplain={setExplainId}
            suggestions={count.result?.sample ?? []}
          />
        </SpaceBetween>
      </Grid>
    </BuilderContext.Provider>
  );
}
