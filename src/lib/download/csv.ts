/**
 * CSV for people who open it in Excel with Indonesian regional settings: UTF-8 with a BOM (so
 * Excel reads the encoding), ';' as separator (',' is the decimal separator there), plain numbers
 * with a '.' decimal point and no thousands separators, ISO dates. Cells that a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR) get a leading apostrophe: data is untrusted.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [
    header.map(csvCell).join(CSV_SEPARATOR),
    ...rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
