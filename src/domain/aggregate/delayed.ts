import type { Project } from '../project/types';

export interface DelayedPackage {
  project: Project;
  /** realisasi − rencana in percentage points at the last report; negative. */
  deviation: number;
}

/** The packages furthest behind plan (largest negative deviation), worst first; ties by id. */
export function mostDelayed(projects: readonly Project[], limit = 10): DelayedPackage[] {
  const behind: DelayedPackage[] = [];
  for (const project of projects) {
    const deviation = project.progress.deviation;
    if (deviation !== undefined && deviation < 0) behind.push({ project, deviation });
  }
  behind.sort((a, b) => a.deviation - b.deviation || a.project.id.localeCompare(b.project.id));
  return behind.slice(0, limit);
}
