import { useCallback } from 'react';
import type { BucketSort } from '../../domain/aggregate/breakdowns';
import {
  KECAMATAN_SORT_PARAM,
  bucketSortValue,
  parseBucketSort,
} from '../../domain/aggregate/bucket-sort-param';
import { useSearchState } from '../../lib/route-state/search-state';

/**
 * The kecamatan chart's order, read from and written to the page's address (`urut-kecamatan`), so
 * Back, a reload and a shared link all keep it. Writes replace the history entry, as filters do.
 */
export function useKecamatanSort(): [BucketSort, (sort: BucketSort) => void] {
  const [params, setParams] = useSearchState();
  const { sort } = parseBucketSort(params.get(KECAMATAN_SORT_PARAM));
  const setSort = useCallback(
    (next: BucketSort) =>
      setParams(
        (current) => {
          const value = bucketSortValue(next);
          if (value) current.set(KECAMATAN_SORT_PARAM, value);
          else current.delete(KECAMATAN_SORT_PARAM);
          return current;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [sort, setSort];
}
