import { useCallback } from 'react';
import type { BucketSort } from '../../domain/aggregate/breakdowns';
import { DEFAULT_BUCKET_SORT, STATISTICS_SCHEMA } from '../../domain/route-state/statistics-schema';
import { useRouteParams } from '../../lib/route-state/search-state';

/**
 * The kecamatan chart's order, read from and written to the page's address (`urut-kecamatan`), so
 * Back, a reload and a shared link all keep it. Writes replace the history entry, as filters do.
 */
export function useKecamatanSort(): [BucketSort, (sort: BucketSort) => void] {
  const { values, setValues } = useRouteParams(STATISTICS_SCHEMA);
  const setSort = useCallback((next: BucketSort) => setValues({ 'urut-kecamatan': next }), [setValues]);
  return [values['urut-kecamatan'] ?? DEFAULT_BUCKET_SORT, setSort];
}
