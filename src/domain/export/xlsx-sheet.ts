import type { CsvValue } from './csv';

/** A cell as write-excel-file takes it (its types stay out of the domain). */
export type XlsxCell =
  | { value: string; type: StringConstructor; fontWeight?: 'bold' }
  | { value: number; type: NumberConstructor }
  | null;

/**
 * The same header and rows as the CSV, as an XLSX sheet. Numbers are real numbers, so Excel shows
 * them in the reader's own regional format and no decimal separator can be misread; every text
 * cell is typed as text, so a title starting with "=" is shown, never run as a formula.
 */
export function xlsxSheet(header: readonly string[], rows: readonly (readonly CsvValue[])[]): XlsxCell[][] {
  const cell = (value: CsvValue): XlsxCell => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
    if (typeof value === 'boolean') return { value: value ? 'Ya' : 'Tidak', type: String };
    return { value, type: String };
  };
  return [
    header.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map(cell)),
  ];
}

/** Column widths in characters: the header or the longest value, within reason. */
export function xlsxColumnWidths(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): number[] {
  return header.map((title, i) => {
    const longest = rows.reduce((max, row) => Math.max(max, String(row[i] ?? '').length), title.length);
    return Math.min(60, Math.max(10, longest + 2));
  });
}

/** The sheet's options as write-excel-file takes them: column widths, the header row kept in view. */
export function xlsxOptions(header: readonly string[], rows: readonly (readonly CsvValue[])[]) {
  return { columns: xlsxColumnWidths(header, rows).map((width) => ({ width })), stickyRowsCount: 1 };
}
