import type { PaginationProps } from '@cloudscape-design/components/pagination';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface CursorPages<P> {
  /** The page shown, undefined before the first answer. */
  readonly page: P | undefined;
  readonly loading: boolean;
  readonly error: unknown;
  /** Reads the first page again (after a change, or on Retry). */
  reload(): void;
  readonly pagination: PaginationProps;
}

const ARIA: PaginationProps['ariaLabels'] = {
  nextPageLabel: 'Next page',
  previousPageLabel: 'Previous page',
  pageLabel: (n) => `Page ${n}`,
};

/**
 * Server-side pages of a list that answers `{ cursor? }`: pages already read are kept, so going back costs no
 * request, and the next page is asked for with the last cursor. Starts again at the first page whenever the
 * inputs change; an answer that arrives after that is dropped. `enabled: false` waits (a lookup not yet asked).
 */
export function useCursorPages<P extends { cursor?: string }>(
  fetchPage: (cursor?: string) => Promise<P>,
  inputs: readonly unknown[],
  enabled = true,
): CursorPages<P> {
  const [pages, setPages] = useState<P[]>([]);
  const [index, setIndex] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const generation = useRef(0);

  const read = async (cursor: string | undefined, keep: (page: P) => void) => {
    const call = generation.current;
    setLoading(true);
    setError(undefined);
    try {
      const page = await fetchPage(cursor);
      if (call === generation.current) keep(page);
    } catch (failure) {
      if (call === generation.current) setError(failure);
    } finally {
      if (call === generation.current) setLoading(false);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the inputs
  const first = useCallback(() => {
    generation.current++;
    setPages([]);
    setIndex(0);
    void read(undefined, (page) => setPages([page]));
  }, [...inputs]);

  useEffect(() => {
    if (enabled) first();
  }, [first, enabled]);

  const last = pages[pages.length - 1];
  return {
    page: pages[index],
    loading,
    error,
    reload: first,
    pagination: {
      currentPageIndex: index + 1,
      pagesCount: Math.max(pages.length, 1),
      openEnd: Boolean(last?.cursor),
      disabled: loading,
      ariaLabels: ARIA,
      onChange: ({ detail }) => {
        const wanted = detail.currentPageIndex - 1;
        if (wanted < pages.length) return setIndex(wanted);
        if (!last?.cursor) return;
        void read(last.cursor, (page) => {
          setPages((known) => [...known, page]);
          setIndex(pages.length);
        });
      },
    },
  };
}
