import { cellText, fail, ok, type Cell, type CellResult } from './cell';

/**
 * Numbers as Indonesian spreadsheets write them. The dot groups thousands and the comma marks
 * decimals ("Rp 1.234.567.890,00"); English-formatted files swap them, and local media even write
 * "2.322.782.132.00" with a dot before the cents. Every rule here is deterministic and documented on
 * the import page; whatever does not fit one is reported, never guessed.
 */

/** Above Rp 100 triliun (14 × the whole 2023 APBD of the regency) a figure is a typing error. */
const MAX_AMOUNT = 1e14;

const SCALES: [RegExp, number][] = [
  [/(t|triliun|trilyun|trilliun)$/, 1e12],
  [/(m|miliar|milyar|milliar|b|bn)$/, 1e9],
  [/(jt|juta|mio)$/, 1e6],
  [/(rb|ribu|k)$/, 1e3],
];

const THOUSANDS_GROUPS = (parts: string[]) =>
  /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));

/**
 * Reads "1.234.567,89", "1,234,567.89", "1234,5" or "1 234 567". `money` decides the one ambiguous
 * shape: a single separator followed by exactly three digits ("1.500") is a thousands separator for
 * Rupiah (amounts never have three decimals) and a decimal point otherwise (a length of 1.500 m).
 */
export function parseLocaleNumber(raw: string, money: boolean): number | undefined {
  let text = raw.replace(/(\d)[\s\u00a0\u202f']+(?=\d)/g, '$1');
  let sign = 1;
  if (/^[-−]/.test(text)) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (/^\d+([.,]\d+)?e[+-]?\d+$/i.test(text)) return sign * Number(text.replace(',', '.'));
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let normalized: string | undefined;
  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, ...rest] = text.split(decimal);
    if (rest.length > 0 || !fraction || !/^\d+$/.test(fraction)) return undefined;
    if (!THOUSANDS_GROUPS(whole!.split(group))) return undefined;
    normalized = `${whole!.split(group).join('')}.${fraction}`;
  } else if (dots > 1 || commas > 1) {
    const parts = text.split(dots > 1 ? '.' : ',');
    if (THOUSANDS_GROUPS(parts)) normalized = parts.join('');
    else if (THOUSANDS_GROUPS(parts.slice(0, -1)) && /^\d{2}$/.test(parts.at(-1)!))
      // "2.322.782.132.00": thousands dots and then a dot before the cents.
      normalized = `${parts.slice(0, -1).join('')}.${parts.at(-1)}`;
    else return undefined;
  } else if (dots === 1 || commas === 1) {
    const [whole, fraction] = text.split(dots === 1 ? '.' : ',') as [string, string];
    if (!/^\d*$/.test(whole) || !/^\d+$/.test(fraction) || whole === '') return undefined;
    normalized = money && fraction.length === 3 ? `${whole}${fraction}` : `${whole}.${fraction}`;
  } else normalized = text;
  const value = Number(normalized);
  return Number.isFinite(value) ? sign * value : undefined;
}

/** Rupiah: "Rp 1.234.567.890,00", "1.234.567.890", "Rp. 2,5 M", "950 jt", "Rp 234.594.500,-". */
export function parseAmount(cell: Cell): CellResult<number> {
  if (typeof cell === 'number') return checkAmount(cell);
  if (typeof cell !== 'string') return fail('unexpected-type');
  let text = cellText(cell)
    .toLowerCase()
    .replace(/\(.*\)/g, ' ') // terbilang: "(Dua Puluh Tiga Milyar … Rupiah)"
    .replace(/^(rp|idr)\.?\s*/, '')
    .replace(/\s*(rupiah|idr)$/, '')
    .replace(/[.,]-$/, '')
    .trim();
  let scale = 1;
  for (const [pattern, factor] of SCALES) {
    const match = pattern.exec(text);
    if (match && /[\d\s.]$/.test(text.slice(0, match.index))) {
      scale = factor;
      text = text.slice(0, match.index).replace(/\.$/, '').trim();
      break;
    }
  }
  const value = parseLocaleNumber(text, scale === 1);
  if (value === undefined) return fail('not-a-number');
  // Scaled values are written to a few decimals: 1,2 M is 1.200.000.000 exactly, not 1.2e9 + float noise.
  return checkAmount(scale === 1 ? value : Math.round(value * scale));
}

function checkAmount(value: number): CellResult<number> {
  if (!Number.isFinite(value)) return fail('not-a-number');
  if (value < 0) return fail('negative');
  if (value > MAX_AMOUNT) return fail('too-large');
  return ok(value);
}

/** A plain decimal: lengths and widths in metres. */
export function parseDecimal(cell: Cell, max = 1e7): CellResult<number> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail('not-a-number');
  } else if (typeof cell !== 'string') return fail('unexpected-type');
  const value =
    typeof cell === 'number'
      ? cell
      : parseLocaleNumber(
          cellText(cell)
            .toLowerCase()
            .replace(/\s*(m|meter|km)$/, ''),
          false,
        );
  if (value === undefined) return fail('not-a-number');
  if (value < 0) return fail('negative');
  if (value > max) return fail('too-large');
  return ok(value);
}

/**
 * A percentage 0–100: "45,6", "45,6 %", "45.6%", "80 persen". A fraction such as 0,456 is read as
 * 0,456 % (not 45,6 %): the template says to write percentages as numbers from 0 to 100.
 */
export function parsePercent(cell: Cell): CellResult<number> {
  let value: number | undefined;
  if (typeof cell === 'number') value = Number.isFinite(cell) ? cell : undefined;
  else if (typeof cell === 'string')
    value = parseLocaleNumber(
      cellText(cell)
        .toLowerCase()
        .replace(/\s*(%|persen|pct)$/, ''),
      false,
    );
  else return fail('unexpected-type');
  if (value === undefined) return fail('not-a-number');
  if (value < 0 || value > 100) return fail('not-a-percent');
  return ok(value);
}

/** More bidders than this in one tender is a typing error (or the count of registered participants). */
const MAX_TENDERERS = 500;

/**
 * A count of bidders ("Jumlah penawar"): a whole number from 0, written "3", "3 penawar" or 3 in an
 * XLSX cell. "1.000" is one thousand (the Indonesian thousands dot), never 1, so it is reported as too
 * many rather than read as a single bidder. Fractions, words and other content are reported.
 */
export function parseCount(cell: Cell): CellResult<number> {
  let value: number | undefined;
  if (typeof cell === 'number') value = Number.isFinite(cell) ? cell : undefined;
  else if (typeof cell === 'string')
    value = parseLocaleNumber(
      cellText(cell)
        .toLowerCase()
        .replace(/\s*(penawar|penawaran|peserta|penyedia|perusahaan|badan usaha|bidders?|tenderers?)$/, ''),
      true,
    );
  else return fail('unexpected-type');
  if (value === undefined) return fail('not-a-count');
  if (value < 0) return fail('negative');
  if (!Number.isInteger(value)) return fail('not-a-count');
  if (value > MAX_TENDERERS) return fail('too-many-tenderers', String(MAX_TENDERERS));
  return ok(value);
}
