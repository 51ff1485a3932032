import type { PaginationProps } from '@cloudscape-design/components/pagination';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface CursorPage<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}

export interface CursorPages<P extends CursorPage<unknown>> {
  /** The page shown, undefined before its answer. */
  readonly page: P | undefined;
  /** The items of the page shown. */
  readonly items: P['items'];
  readonly loading: boolean;
  readonly error: unknown;
  /** Props for a Cloudscape `Pagination`: pages already fetched, open-ended while the server has more. */
  readonly pagination: PaginationProps;
  /** Fetches the first page again (after a change the list shows). */
  reload(): void;
}

const PAGE_LABELS: PaginationProps.Labels = {
  nextPageLabel: 'Next page',
  previousPageLabel: 'Previous page',
  pageLabel: (n) => `Page ${n}`,
};

/**
 * Server-side pages behind a cursor: the first page when the inputs change, the next one when the reader asks for
 * it, pages already seen kept for going back (no request). An answer for inputs that changed since is dropped.
 * `enabled: false` waits (a lookup not yet asked for).
 */
export function useCursorPages<P extends CursorPage<unknown>>(
  load: (cursor: string | undefined) => Promise<P>,
  inputs: readonly unknown[],
  enabled = true,
): CursorPages<P> {
  const [pages, setPages] = useState<P[]>([]);
  const [index, setIndex] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetchPage = useCallback(async (cursor: string | undefined, call: number) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await loadRef.current(cursor);
      return call === latest.current ? page : undefined;
    } catch (failure) {
      if (call === latest.current) setError(failure);
      return undefined;
    } finally {
      if (call === latest.current) setLoading(false);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the inputs
  useEffect(() => {
    const call = ++latest.current;
    setPages([]);
    setIndex(0);
    if (!enabled) return setLoading(false);
    void fetchPage(undefined, call).then((first) => first && setPages([first]));
  }, [...inputs, enabled, generation]);

  const last = pages[pages.length - 1];
  const pagination: PaginationProps = {
    currentPageIndex: index + 1,
    pagesCount: Math.max(pages.length, 1),
    openEnd: Boolean(last?.cursor),
    disabled: loading,
    ariaLabels: PAGE_LABELS,
    onChange: ({ detail }) => {
      const wanted = detail.currentPageIndex - 1;
      if (wanted < pages.length) return setIndex(wanted);
      if (!last?.cursor) return;
      const call = latest.current;
      void fetchPage(last.cursor, call).then((next) => {
        if (!next) return;
        setPages((seen) => [...seen, next]);
        setIndex(pages.length);
      });
    },
  };
  return {
    page: pages[index],
    items: pages[index]?.items ?? [],
    loading,
    error,
    pagination,
    reload: useCallback(() => setGeneration((g) => g + 1), []),
  };
}
