import { CATEGORIES, STATUSES, type Category, type Project, type ProjectStatus } from '../project/types';
import { queryWords, searchHaystack } from '../text/normalize';
import { memoizeByObject } from '../../lib/memoize-by-object';
import { slugify } from '../text/slug';
import { hasSignal } from '../integrity/assess';
import { signalsOf } from './tanda';

export { signalsOf, tandaValue } from './tanda';

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
  /**
   * Integrity signals, comma-separated slugs in the order of SIGNALS ("satu-penawar,dekat-hps"):
   * a project shows when any of them flags it. Kept as the URL writes it, so every place that
   * copies filters as text (links, file names, the download's record) carries it unchanged.
   */
  tanda?: string;
  q?: string;
}

export const isCategory = (value: string): value is Category =>
  (CATEGORIES as readonly string[]).includes(value);
export const isStatusFilter = (value: string): value is StatusFilter =>
  (STATUS_FILTERS as readonly string[]).includes(value);

function matchesStatus(project: Project, status: StatusFilter): boolean {
  if (status === 'kritis') return project.progress.kritis?.kritis === true;
  if (status === 'terlambat') return project.progress.late;
  return project.status === (status as ProjectStatus);
}

function hasFundingSource(project: Project, sourceSlug: string): boolean {
  return project.fundingSources.some((source) => slugify(source.name) === sourceSlug);
}

/**
 * What free-text search scans for a project: folded title, road/river name, desa, kecamatan,
 * contractor and id (see searchHaystack). Folded on the first search, not when the data loads:
 * at 10,000 projects that is most of a phone's first second, for a search most visits never make.
 */
const searchKeyOf: (project: Project) => string = memoizeByObject((project: Project) =>
  searchHaystack(
    [
      project.title,
      project.locationName,
      project.desa?.name,
      project.kecamatan?.name,
      project.contractor,
      project.id,
    ]
      .filter(Boolean)
      .join(' '),
  ),
);

/**
 * Folds the search keys of `projects` from `start` until `hasTime()` says stop; returns where it
 * stopped (projects.length when done). Lets the page fold them in idle moments after it loads, so
 * the first search does not pay for thousands at once.
 */
export function foldSearchKeys(projects: readonly Project[], start: number, hasTime: () => boolean): number {
  let i = start;
  while (i < projects.length && hasTime()) searchKeyOf(projects[i++]!);
  return i;
}

/**
 * Pure and allocation-light: runs on every keystroke over up to tens of thousands of projects.
 * Without a filter it returns the same array, so aggregates cached per array (the programme kurva
 * S) are shared by every page that shows all projects.
 */
export function applyFilters<P extends Project>(projects: readonly P[], filters: Filters): readonly P[] {
  if (isFilterEmpty(filters)) return projects;
  const { kecamatan, kategori, status, sumber, q } = filters;
  const signals = signalsOf(filters.tanda);
  // Same rule as matchesQuery(); the query is folded once, not once per project.
  const words = q?.trim() ? queryWords(q) : [];
  return projects.filter(
    (project) =>
      (!kecamatan || project.kecamatan?.slug === kecamatan) &&
      (!kategori || project.category === kategori) &&
      (!status || matchesStatus(project, status)) &&
      (!sumber || hasFundingSource(project, sumber)) &&
      (signals.length === 0 || signals.some((slug) => hasSignal(project, slug))) &&
      (words.length === 0 || words.every((word) => searchKeyOf(project).includes(word))),
  );
}

export const isFilterEmpty = (filters: Filters): boolean =>
  !filters.kecamatan &&
  !filters.kategori &&
  !filters.status &&
  !filters.sumber &&
  !filters.tanda &&
  !filters.q?.trim();
