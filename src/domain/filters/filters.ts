import { CATEGORIES, STATUSES, type Category, type Project, type ProjectStatus } from '../project/types';
import { queryWords } from '../text/normalize';
import { slugify } from '../text/slug';

/** "kritis" and "terlambat" are computed states, offered beside the published statuses. */
export const STATUS_FILTERS = [...STATUSES, 'kritis', 'terlambat'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface Filters {
  /** Kecamatan slug, e.g. "cikarang-utara". */
  kecamatan?: string;
  kategori?: Category;
  status?: StatusFilter;
  /** Funding source slug, e.g. "apbd", "banprov". */
  sumber?: string;
  q?: string;
}

export const isCategory = (value: string): value is Category =>
  (CATEGORIES as readonly string[]).includes(value);
export const isStatusFilter = (value: string): value is StatusFilter =>
  (STATUS_FILTERS as readonly string[]).includes(value);

export function matchesStatus(project: Project, status: StatusFilter): boolean {
  if (status === 'kritis') return project.progress.kritis?.kritis === true;
  if (status === 'terlambat') return project.progress.late;
  return project.status === (status as ProjectStatus);
}

export function hasFundingSource(project: Project, sourceSlug: string): boolean {
  return project.fundingSources.some((source) => slugify(source.name) === sourceSlug);
}

/**
 * Pure and allocation-light: runs on every keystroke over up to tens of thousands of projects.
 * Without a filter it returns the same array, so aggregates cached per array (the programme kurva
 * S) are shared by every page that shows all projects.
 */
export function applyFilters(projects: readonly Project[], filters: Filters): readonly Project[] {
  if (isFilterEmpty(filters)) return projects;
  const { kecamatan, kategori, status, sumber, q } = filters;
  // Same rule as matchesQuery(); the query is folded once, not once per project.
  const words = q?.trim() ? queryWords(q) : [];
  return projects.filter(
    (project) =>
      (!kecamatan || project.kecamatan?.slug === kecamatan) &&
      (!kategori || project.category === kategori) &&
      (!status || matchesStatus(project, status)) &&
      (!sumber || hasFundingSource(project, sumber)) &&
      words.every((word) => project.searchKey.includes(word)),
  );
}

export const isFilterEmpty = (filters: Filters): boolean =>
  !filters.kecamatan && !filters.kategori && !filters.status && !filters.sumber && !filters.q?.trim();
