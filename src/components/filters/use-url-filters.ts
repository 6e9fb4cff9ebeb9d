import { useCallback, useEffect, useMemo } from 'react';
import type { Filters } from '../../domain/filters/filters';
import { filterParams, parseFilters, writeFilters } from '../../domain/route-state/filter-schema';
import { useSearchState } from '../../lib/route-state/search-state';
import type { RouteParam } from '../../domain/route-state/param-names';

export type FiltersUpdate = Filters | ((current: Filters) => Filters);

/**
 * The shared filters, read from and written to the page's query parameters (the public share
 * contract). `extraKnownParams` names the page's own parameters, so only truly unknown or malformed
 * ones end up in `ignored`. Writes replace the history entry: typing a search must not fill the
 * back button. Reads and writes go through the synchronous store, so a quick second change builds
 * on the first even before the URL shows it.
 */
/**
 * `normalise` reads an older form of a page's address as its current one: it returns the address
 * rewritten, or undefined when there is nothing to rewrite. The page is read as the rewritten
 * address at once (no render reports an old parameter as ignored), and the URL follows.
 */
export function useUrlFilters(
  extraKnownParams: readonly RouteParam[] = [],
  normalise?: (params: URLSearchParams) => URLSearchParams | undefined,
) {
  const [given, setParams] = useSearchState();
  const rewritten = normalise?.(given);
  const rewrittenKey = rewritten?.toString();
  useEffect(() => {
    if (rewrittenKey !== undefined) setParams(new URLSearchParams(rewrittenKey), { replace: true });
  }, [rewrittenKey, setParams]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the rewritten address
  const params = useMemo(() => rewritten ?? given, [given, rewrittenKey]);
  // Callers pass array literals; a joined key keeps the memo stable across renders.
  const knownKey = extraKnownParams.join(',');
  const parsed = useMemo(() => parseFilters(params, knownKey ? knownKey.split(',') : []), [params, knownKey]);
  // Other parameters (the map view) change on every pan: `filters` stays the same object until a
  // filter really changes, so filtering and map layers do not rerun needlessly.
  const filtersKey = filterParams(parsed.filters).toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the filters' content
  const filters = useMemo(() => parsed.filters, [filtersKey]);
  const ignoredKey = parsed.ignored.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the list's content
  const ignored = useMemo(() => parsed.ignored, [ignoredKey]);
  const setFilters = useCallback(
    (update: FiltersUpdate) =>
      setParams(
        (current) => {
          const next = typeof update === 'function' ? update(parseFilters(current).filters) : update;
          return writeFilters(current, next);
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, ignored, setFilters, params };
}
