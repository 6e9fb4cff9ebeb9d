import { useCallback } from 'react';
import {
  SLIDE_PARAM,
  clampIndex,
  slideIndexFromParam,
  withSlide,
} from '../../../domain/route-state/deck-schema';
import { useSearchState } from '../../../lib/route-state/search-state';

/**
 * The current slide lives in the URL (`?slide=3`), so a link opens the right slide and a reload
 * keeps it. Moving replaces the history entry: Back leaves the deck instead of stepping through it.
 */
export function useDeckPosition(total: number) {
  const [params, setParams] = useSearchState();
  const index = slideIndexFromParam(params.get(SLIDE_PARAM), total);
  const goTo = useCallback(
    (next: number) => {
      const target = clampIndex(next, total);
      setParams((current) => withSlide(current, target), { replace: true });
    },
    [setParams, total],
  );
  return { index, goTo, params };
}
