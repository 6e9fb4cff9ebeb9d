/**
 * CSV for Excel with Indonesian regional settings, documented on the /data page:
 * - UTF-8 with a byte-order mark, so Excel does not read the text as Windows-1252;
 * - separator ";" because Indonesian Excel uses "," as the decimal separator (and ";" as its list
 *   separator), so a comma-separated file would open as one column;
 * - numbers plain, without thousands separators, decimals with a comma ("45,6"), so Excel reads them
 *   as numbers; dates ISO yyyy-mm-dd;
 * - text that Excel would run as a formula (starting with = + - @, tab or carriage return) is
 *   prefixed with an apostrophe (OWASP "CSV injection").
 */
const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | undefined | null;

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Text a spreadsheet would evaluate gets a leading apostrophe: shown as text, never run. */
export function neutralizeFormula(text: string): string {
  // A plain negative number ("-6,27") is read as a number by Excel, not run as a formula.
  if (/^-\d+([.,]\d+)*$/.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** "1234567,5" for Indonesian Excel; integers as they are; never exponent notation. */
function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = Number.isInteger(value)
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 })
    : value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
  return text.replace('.', ',');
}

export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  const text = neutralizeFormula(value);
  return /[";\n\r,]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to a CSV document (with BOM and CRLF line ends, as Excel writes them). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
