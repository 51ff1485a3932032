import { useEffect, useRef, useState } from 'react';
import { dataOf } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/types';
import { useApi } from '../../app/session';
import type { JsonObject } from './criteria-tree';

export type Preview = ResponseOf<'previewSegment'>;

export interface PreviewState {
  readonly result?: Preview;
  readonly error?: unknown;
  readonly loading: boolean;
  /** How long the last answer took, from request to response, in milliseconds. */
  readonly elapsedMs?: number;
}

/** Criteria change with every keystroke: the count is asked for once typing pauses this long. */
export const PREVIEW_DEBOUNCE_MS = 400;

/**
 * The live answer of `POST /segments/preview` for a definition as it is edited (with a patient id, that patient
 * explained; no definition, no request): debounced, and an answer that arrives after a newer request is dropped.
 */
export function usePreview(definition: JsonObject | undefined, patientId?: string): PreviewState {
  const api = useApi();
  const [state, setState] = useState<PreviewState>({ loading: definition !== undefined });
  const latest = useRef(0);
  const body = definition === undefined ? undefined : JSON.stringify(definition);
  useEffect(() => {
    if (body === undefined) {
      latest.current++;
      setState({ loading: false });
      return;
    }
    const call = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(async () => {
      const started = performance.now();
      const request = {
        definition: JSON.parse(body),
        ...(patientId ? { patientId } : {}),
      } as BodyOf<'previewSegment'>;
      try {
        const result = await dataOf(api.POST('/segments/preview', { body: request }));
        if (call === latest.current) setState({ result, loading: false, elapsedMs: performance.now() - started });
      } catch (error) {
        if (call === latest.current) setState({ error, loading: false, elapsedMs: performance.now() - started });
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, body, patientId]);
  return state;
}
