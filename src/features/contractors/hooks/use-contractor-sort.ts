import { useCallback, useMemo } from 'react';
import type { ContractorSort } from '../../../domain/contractors/contractor-sort';
import { parseContractorSort, writeContractorSort } from '../../../domain/route-state/contractor-schema';
import { useSearchState } from '../../../lib/route-state/search-state';

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
