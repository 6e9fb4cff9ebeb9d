import type { Project } from '../project/types';

/** List orders (`urut` URL parameter). Default is the package's own order. */
export const SORT_KEYS = [
  'pagu-turun',
  'pagu-naik',
  'progres-turun',
  'progres-naik',
  'deviasi-naik',
  'deviasi-turun',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const isSortKey = (value: string): value is SortKey =>
  (SORT_KEYS as readonly string[]).includes(value);

const FIELDS: Record<string, (p: Project) => number | undefined> = {
  pagu: (p) => p.pagu,
  progres: (p) => p.progress.actual,
  deviasi: (p) => p.progress.deviation,
};

/**
 * Stable sort by budget, physical progress or deviation; projects without the figure always go
 * last, in either direction, so "lowest progress first" never starts with unknowns.
 */
export function sortProjects(projects: readonly Project[], key: SortKey | undefined): readonly Project[] {
  if (!key) return projects;
  const [field, direction] = key.split('-') as [string, 'naik' | 'turun'];
  const value = FIELDS[field]!;
  const sign = direction === 'naik' ? 1 : -1;
  return projects
    .map((project, index) => ({ project, index, v: value(project) }))
    .sort((a, b) => {
      const aMissing = a.v === undefined || !Number.isFinite(a.v);
      const bMissing = b.v === undefined || !Number.isFinite(b.v);
      if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
      return (a.v! - b.v!) * sign || a.index - b.index;
    })
    .map((row) => row.project);
}
