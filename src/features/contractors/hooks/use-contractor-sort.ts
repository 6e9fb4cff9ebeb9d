import { useCallback, useMemo } from 'react';
import {
  parseContractorSort,
  writeContractorSort,
  type ContractorSort,
} from '../../../domain/contractors/contractor-sort';
import { useSearchState } from '../../../lib/route-state/search-state';

/** The page's own URL parameters, beside the shared filters. */
export const CONTRACTOR_PARAMS = ['urut', 'arah'] as const;

/**
 * The table's sort, read from and written to `urut` and `arah`. An unknown value is reported in
 * `ignored` (the page shows the notice) and the default sort is used. A new sort is a new history
 * entry: Back returns to the previous order.
 */
export function useContractorSort() {
  const [params, setParams] = useSearchState();
  const parsed = useMemo(() => parseContractorSort(params), [params]);
  const setSort = useCallback(
    (sort: ContractorSort) => setParams((current) => writeContractorSort(current, sort)),
    [setParams],
  );
  return { sort: parsed.sort, ignored: parsed.ignored, setSort };
}
