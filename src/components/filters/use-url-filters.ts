import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Filters } from '../../domain/filters/filters';
import { parseFilters, writeFilters, type ParsedFilters } from '../../domain/filters/url-state';

export type FiltersUpdate = Filters | ((current: Filters) => Filters);

/**
 * The shared filters, read from and written to the URL (the public share contract). `extraKnownParams`
 * names the page's own parameters, so only truly unknown or malformed ones end up in `ignored`.
 * Writes replace the history entry: typing a search must not fill the back button.
 */
export function useUrlFilters(extraKnownParams: readonly string[] = []) {
  const [params, setParams] = useSearchParams();
  // Callers pass array literals; a joined key keeps the memo stable across renders.
  const knownKey = extraKnownParams.join(',');
  // Other parameters (the map view) change on every pan: a serialised key keeps `filters` the same
  // object until a filter really changes, so filtering and map layers do not rerun needlessly.
  const parsedKey = useMemo(
    () => JSON.stringify(parseFilters(params, knownKey ? knownKey.split(',') : [])),
    [params, knownKey],
  );
  const parsed = useMemo(() => JSON.parse(parsedKey) as ParsedFilters, [parsedKey]);
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
  return { filters: parsed.filters, ignored: parsed.ignored, setFilters };
}
