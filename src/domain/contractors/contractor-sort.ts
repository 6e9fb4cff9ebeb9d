import { compareCodes, compareNames } from '../text/compare';
import { queryWords, searchHaystack } from '../text/normalize';
import type { ContractorRow } from './contractor-rows';

/** The table's columns, as the `urut` URL parameter names them (a public contract: never renamed). */
export const SORT_COLUMNS = ['penyedia', 'paket', 'nilai', 'porsi', 'terlambat', 'kritis', 'tanda'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** `arah`: naik = ascending, turun = descending. */
const SORT_DIRECTIONS = ['naik', 'turun'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface ContractorSort {
  urut: SortColumn;
  arah: SortDirection;
}

/** The biggest contractors first: what a reader opening the page asks. */
export const DEFAULT_SORT: ContractorSort = { urut: 'nilai', arah: 'turun' };

/** A first click sorts names A–Z and figures from the largest. */
export const firstDirection = (column: SortColumn): SortDirection =>
  column === 'penyedia' ? 'naik' : 'turun';

export const isSortColumn = (value: string): value is SortColumn =>
  (SORT_COLUMNS as readonly string[]).includes(value);
export const isSortDirection = (value: string): value is SortDirection =>
  (SORT_DIRECTIONS as readonly string[]).includes(value);

/** Share of a contractor's own packages (0–1); a row always has at least one package. */
export const rowShare = (count: number, row: ContractorRow): number => count / row.packages;

/** The share, then the count: 2 late of 4 ranks above 1 of 2, both half. */
const byShareOf =
  (count: (row: ContractorRow) => number) =>
  (a: ContractorRow, b: ContractorRow): number =>
    rowShare(count(a), a) - rowShare(count(b), b) || count(a) - count(b);

const COMPARE: Record<SortColumn, (a: ContractorRow, b: ContractorRow) => number> = {
  penyedia: (a, b) => compareNames(a.name, b.name),
  paket: (a, b) => a.packages - b.packages,
  // The share is the value over one total: the same order as the value.
  nilai: (a, b) => a.contractValue - b.contractValue,
  porsi: (a, b) => a.contractValue - b.contractValue,
  terlambat: byShareOf((row) => row.late),
  kritis: byShareOf((row) => row.kritis),
  tanda: byShareOf((row) => row.flagged),
};

/**
 * A sorted copy. Ties fall back to the name A–Z whatever the direction, so equal rows keep one
 * predictable order.
 */
export function sortContractors(
  rows: readonly ContractorRow[],
  { urut, arah }: ContractorSort,
): ContractorRow[] {
  const sign = arah === 'naik' ? 1 : -1;
  const compare = COMPARE[urut];
  return [...rows].sort(
    (a, b) => sign * compare(a, b) || compareNames(a.name, b.name) || compareCodes(a.key, b.key),
  );
}

/** Rows whose name holds every word of `query`, folded as the map's search folds text. */
export function filterByName(
  rows: readonly ContractorRow[],
  query: string | undefined,
): readonly ContractorRow[] {
  const words = query?.trim() ? queryWords(query) : [];
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = searchHaystack(row.name);
    return words.every((word) => haystack.includes(word));
  });
}

/** What a click on a column's header does: the other direction on the sorted column, else its first. */
export const nextSort = (current: ContractorSort, column: SortColumn): ContractorSort =>
  current.urut === column
    ? { urut: column, arah: current.arah === 'naik' ? 'turun' : 'naik' }
    : { urut: column, arah: firstDirection(column) };
