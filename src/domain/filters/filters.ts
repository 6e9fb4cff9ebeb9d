import { CATEGORIES, STATUSES, type Category, type Project, type ProjectStatus } from '../project/types';
import { searchKey } from '../text/normalize';
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

// Search keys without spaces ("karangbahagia"), made once per projects array: folding the query and
// squashing 10,000 keys on every keystroke cost ~4x the whole filter (npm run bench).
const squashedKeys = new WeakMap<readonly Project[], string[]>();
function squashedKeysOf(projects: readonly Project[]): string[] {
  let keys = squashedKeys.get(projects);
  if (!keys) {
    keys = projects.map((p) => p.searchKey.replace(/ /g, ''));
    squashedKeys.set(projects, keys);
  }
  return keys;
}

/** Pure and allocation-light: runs on every keystroke over up to tens of thousands of projects. */
export function applyFilters(projects: readonly Project[], filters: Filters): Project[] {
  const { kecamatan, kategori, status, sumber, q } = filters;
  // Same rule as matchesQuery(): every word, spaces inside names optional; the query is folded once.
  const words = q?.trim() ? searchKey(q).split(' ').filter(Boolean) : [];
  const squashed = words.length > 0 ? squashedKeysOf(projects) : undefined;
  return projects.filter(
    (project, i) =>
      (!kecamatan || project.kecamatan?.slug === kecamatan) &&
      (!kategori || project.category === kategori) &&
      (!status || matchesStatus(project, status)) &&
      (!sumber || hasFundingSource(project, sumber)) &&
      (!squashed || words.every((w) => project.searchKey.includes(w) || squashed[i]!.includes(w))),
  );
}

export const isFilterEmpty = (filters: Filters): boolean =>
  !filters.kecamatan && !filters.kategori && !filters.status && !filters.sumber && !filters.q?.trim();
