import { createContext, useContext } from 'react';
import type { FieldError } from '../../api/problem';
import type { CatalogCodeList } from './criteria-tree';

export interface ExplainedCriterion {
  readonly matched: boolean;
  readonly reason?: string;
}

/** What every criterion editor reads besides its own value: the answer's field errors, one patient's explanation. */
export interface BuilderContextValue {
  /** Field errors as JSON pointers into the definition (`/criteria/all/1/resource/codes/0/system`). */
  readonly errors: readonly FieldError[];
  /** One patient's explanation by criterion pointer (`/criteria/all/1`), when one was asked for. */
  readonly explained: ReadonlyMap<string, ExplainedCriterion>;
  readonly codeLists: readonly CatalogCodeList[];
  readonly units: readonly string[];
  /** Ids of the segments `inSegment` can name. */
  readonly segmentIds: readonly string[];
}

export const BuilderContext = createContext<BuilderContextValue>({
  errors: [],
  explained: new Map(),
  codeLists: [],
  units: [],
  segmentIds: [],
});

export const useBuilder = () => useContext(BuilderContext);

/** The messages for exactly this pointer, as a Cloudscape `errorText`. */
export function useErrorText(pointer: string, under = false): string | undefined {
  const { errors } = useBuilder();
  const messages = errors
    .filter((error) => error.pointer === pointer || (under && error.pointer.startsWith(`${pointer}/`)))
    .map((error) =>
      error.pointer === pointer ? error.detail : `${error.pointer.slice(pointer.length + 1)}: ${error.detail}`,
    );
  return messages.length > 0 ? messages.join('; ') : undefined;
}
