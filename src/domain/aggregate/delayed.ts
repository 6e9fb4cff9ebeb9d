import type { Project } from '../project/types';
import { compareCodes } from '../text/compare';

export interface DelayedPackage {
  project: Project;
  /** realisasi − rencana in percentage points at the last report; negative. */
  deviation: number;
}

/** Worst first; ties by id, so the ranking never depends on the order of the package. */
function worseFirst(a: DelayedPackage, b: DelayedPackage): number {
  return a.deviation - b.deviation || compareCodes(a.project.id, b.project.id);
}

export interface DelayedRanking {
  /** Every package behind plan (negative deviation). */
  behind: number;
  /** The `limit` furthest behind, worst first. */
  top: DelayedPackage[];
}

/** Above this, insertion costs more than one sort. */
const SMALL_LIMIT = 64;

/**
 * The packages furthest behind plan and how many are behind at all. For a short list only the top
 * `limit` are kept, in order as they come: thousands of late packages are counted, not sorted.
 */
export function rankDelayed(projects: readonly Project[], limit = 10): DelayedRanking {
  if (limit > SMALL_LIMIT) {
    const all: DelayedPackage[] = [];
    for (const project of projects) {
      const deviation = project.progress.deviation;
      if (deviation !== undefined && deviation < 0) all.push({ project, deviation });
    }
    return { behind: all.length, top: all.sort(worseFirst).slice(0, limit) };
  }
  const top: DelayedPackage[] = [];
  let behind = 0;
  for (const project of projects) {
    const deviation = project.progress.deviation;
    if (deviation === undefined || !(deviation < 0)) continue;
    behind += 1;
    if (limit <= 0) continue;
    const entry = { project, deviation };
    if (top.length === limit && worseFirst(entry, top[limit - 1]!) >= 0) continue;
    // Insert after every entry that ranks the same or worse: the order a stable sort would give.
    let at = top.length;
    while (at > 0 && worseFirst(entry, top[at - 1]!) < 0) at--;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return { behind, top };
}

/** The packages furthest behind plan (largest negative deviation), worst first; ties by id. */
export function mostDelayed(projects: readonly Project[], limit = 10): DelayedPackage[] {
  return rankDelayed(projects, limit).top;
}
