import { cellText, fail, ok, type Cell, type CellResult } from './cell';

/**
 * Dates as Indonesian spreadsheets hold them: 02/02/2023 (day first, always), 2 Februari 2023,
 * "Kamis, 2 Februari 2023", 2-Feb-23, ISO 2023-02-02, and Excel's serial day numbers (XLSX cells or
 * numbers pasted into CSV). Returns ISO yyyy-mm-dd. Impossible dates (31/02) are errors, not rolled over.
 */

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, pebruari: 2, february: 2, peb: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nopember: 11, november: 11,
  des: 12, desember: 12, dec: 12, december: 12,
}; // prettier-ignore

/** Works of one fiscal year are dated around it; anything outside 2000–2100 is a typing error. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
/** Excel's day 0 is 30 Dec 1899 (its 1900 leap-year bug is before any serial we accept). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function iso(year: number, month: number, day: number): CellResult<string> {
  if (year < MIN_YEAR || year > MAX_YEAR) return fail('date-out-of-range');
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return fail('impossible-date');
  return ok(date.toISOString().slice(0, 10));
}

function excelSerialToIso(serial: number): CellResult<string> {
  if (!Number.isFinite(serial)) return fail('not-a-date');
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return fail('date-out-of-range');
  return ok(date.toISOString().slice(0, 10));
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

export function parseDate(cell: Cell): CellResult<string> {
  // XLSX date cells arrive as Date objects at UTC midnight of the written day.
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('not-a-date');
    return iso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') return excelSerialToIso(cell);
  if (typeof cell !== 'string') return fail('unexpected-type');
  const text = cellText(cell)
    .toLowerCase()
    .replace(/^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*/, '')
    .replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (m) return iso(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s/.-]*([a-z]+)\.?[\s/.-]*(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!];
    return month ? iso(fullYear(m[3]!), month, Number(m[1])) : fail('not-a-date');
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialToIso(Number(text));
  return fail('not-a-date');
}
