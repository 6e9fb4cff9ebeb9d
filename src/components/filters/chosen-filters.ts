import type { Filters } from '../../domain/filters/filters';
import { filterParams } from '../../domain/filters/url-state';

/**
 * Choices made in the filter bar that the URL has not shown yet. The router applies a URL change
 * in a transition: until it renders, a URL-controlled select snaps back to the old value (a second
 * arrow press then picks the same option again), and a second change built from the URL would
 * drop the first. So the bar shows, and builds on, the latest choice until the URL catches up.
 */
export interface PendingChoice {
  /** The URL's filters when the first choice of this run was made. */
  from: string;
  /** Every state asked for in this run: the URL may pass through them on its way. */
  asked: readonly string[];
  /** The latest choice. */
  latest: Filters;
}

/** The filters in the URL's own spelling: equal filters, equal keys. */
export const filtersKey = (filters: Filters): string => filterParams(filters).toString();

/**
 * The choice still waiting for the URL, or undefined once the URL shows it, or moved elsewhere
 * (the back button, a reset from another control, a pasted link): the URL wins then.
 */
export function stillPending(pending: PendingChoice | undefined, url: Filters): PendingChoice | undefined {
  if (!pending) return undefined;
  const now = filtersKey(url);
  if (now === filtersKey(pending.latest)) return undefined;
  return now === pending.from || pending.asked.includes(now) ? pending : undefined;
}

/**
 * The run after one more choice. `live` is what stillPending() returned; `next` was built from
 * what the controls showed.
 */
export function addChoice(live: PendingChoice | undefined, url: Filters, next: Filters): PendingChoice {
  return {
    from: live?.from ?? filtersKey(url),
    asked: [...(live?.asked ?? []), filtersKey(next)],
    latest: next,
  };
}
