import { useEffect, useRef, useState } from 'react';
import { dataOf } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { ResponseOf } from '../../api/types';
import { useApi } from '../../app/session';
import type { Channel, TemplateDefinition } from './template-draft';

/** The API takes a definition as any object and answers with the validator's pointers into it. */
export const definitionBody = (definition: TemplateDefinition) => definition as unknown as Record<string, never>;

/** How long typing pauses before the draft is rendered again. */
export const PREVIEW_DELAY_MS = 400;

export interface DraftPreview {
  readonly result?: ResponseOf<'previewTemplateDraft'>;
  /** The draft's validation problems (a 400) or why it could not be rendered. */
  readonly problem?: unknown;
  readonly rendering: boolean;
}

/**
 * Renders the unsaved draft (`POST /templates/preview`) a moment after it last changed, for sample data or a
 * patient, in the language and channel being edited. An answer for an older draft is dropped.
 */
export function useDraftPreview(
  definition: TemplateDefinition,
  target: { channel: Channel | undefined; language: string; patientId: string | undefined },
): DraftPreview {
  const api = useApi();
  const [state, setState] = useState<DraftPreview>({ rendering: true });
  const latest = useRef(0);
  const { channel, language, patientId } = target;
  useEffect(() => {
    const call = ++latest.current;
    setState((previous) => ({ ...previous, rendering: true }));
    const timer = setTimeout(() => {
      const body = {
        definition: definitionBody(definition),
        language,
        ...(channel ? { channel } : {}),
        ...(patientId ? { patientId } : {}),
      };
      dataOf(api.POST('/templates/preview', { body })).then(
        (result) => call === latest.current && setState({ result, rendering: false }),
        (problem: unknown) =>
          call === latest.current &&
          setState((previous) => ({
            // A draft that does not validate keeps showing the last rendering, next to its errors.
            ...(problem instanceof ApiProblem && problem.status === 400 ? { result: previous.result } : {}),
            problem,
            rendering: false,
          })),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, definition, channel, language, patientId]);
  return state;
}
