/** A cell as the readers hand it over: CSV gives text, XLSX also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Why a cell could not be read; turned into plain Indonesian (or English) by describeProblem(). */
export type CellErrorCode =
  | 'not-a-number'
  | 'negative'
  | 'too-large'
  | 'not-a-percent'
  | 'not-a-count'
  | 'too-many-tenderers'
  | 'not-positive'
  | 'not-a-date'
  | 'impossible-date'
  | 'date-out-of-range'
  | 'not-a-coordinate'
  | 'coordinates-swapped'
  | 'outside-bekasi'
  | 'formula'
  | 'html'
  | 'control-characters'
  | 'too-long'
  | 'unknown-kecamatan'
  | 'unknown-category'
  | 'unknown-bidang'
  | 'unknown-status'
  | 'status-terlambat'
  | 'unexpected-type';

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: CellErrorCode; detail?: string };

export const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
export const fail = <T = never>(code: CellErrorCode, detail?: string): CellResult<T> => ({
  ok: false,
  code,
  detail,
});

/** Empty means: nothing written. Spaces, a lone dash or "-" placeholders count as empty. */
export function isEmptyCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return /^[\s\u00a0]*(-|–|—)?[\s\u00a0]*$/.test(cell);
  return false;
}

/** Text of a cell as written, trimmed; numbers are written without locale formatting. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell)
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** Short, safe excerpt of what the cell holds, for problem messages. */
export function cellExcerpt(cell: Cell, max = 40): string {
  const text = cellText(cell).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
