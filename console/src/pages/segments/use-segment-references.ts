import { useMemo } from 'react';
import { dataOf } from '../../api/client';
import { useApi } from '../../app/session';
import { useLoad } from '../../app/use-load';
import type { JsonObject } from './criteria-tree';

/**
 * What the builder offers to pick from: the catalog's definitions (their code lists and units) and the ids of
 * the first segments (for `inSegment`). Either may fail without stopping the builder: typing still works.
 */
export function useSegmentReferences() {
  const api = useApi();
  const catalog = useLoad(() => dataOf(api.GET('/segments/catalog')), [api]);
  const segments = useLoad(() => dataOf(api.GET('/segments', { params: { query: { limit: '100' } } })), [api]);
  return useMemo(
    () => ({
      catalog: (catalog.data?.items ?? []) as JsonObject[],
      catalogLoaded: !catalog.loading,
      catalogError: catalog.error,
      segmentIds: (segments.data?.items ?? []).map((segment) => segment.segmentId),
    }),
    [catalog.data, catalog.loading, catalog.error, segments.data],
  );
}
