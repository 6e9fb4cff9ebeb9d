import { useMemo } from 'react';
import { applyFilters, type Filters } from '../../domain/filters/filters';
import { sortProjects, type SortKey } from '../../domain/map/sort';
import type { Project } from '../../domain/project/types';

/** User Timing name: DevTools and `npm run bench` read how long filtering took in the browser. */
const FILTER_MEASURE = 'pantaubangun:filter';

function timedFilter(projects: readonly Project[], filters: Filters): readonly Project[] {
  const start = performance.now();
  const result = applyFilters(projects, filters);
  try {
    performance.measure(FILTER_MEASURE, { start, end: performance.now() });
  } catch {
    // Older engines and test DOMs without User Timing Level 3: the figure is only diagnostic.
  }
  return result;
}

/** The filtered projects (the count, totals and map use these) and the same ones sorted for the list. */
export function useVisibleProjects(
  projects: readonly Project[],
  filters: Filters,
  sort: SortKey | undefined,
) {
  const visible = useMemo(() => timedFilter(projects, filters), [projects, filters]);
  const sorted = useMemo(() => sortProjects(visible, sort), [visible, sort]);
  return { visible, sorted };
}
