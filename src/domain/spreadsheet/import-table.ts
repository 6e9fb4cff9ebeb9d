import { cellText, isEmptyCell, type Cell } from './cell';
import { buildRecord, type BuildOptions } from './build-record';
import { autoMapColumns, columnLetter, findHeaderRow, type ColumnMapping } from './headers';
import type { Problem } from './problems';
import { readRow } from './read-row';
import type { ProjectRecord } from '../export/oc4ids-project';

export interface ImportedRow {
  row: number;
  record: ProjectRecord;
}

export interface ImportResult {
  /** Index (0-based) of the header row in the table; the spreadsheet shows it as headerRow + 1. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Rows that go into the package (warnings allowed). */
  valid: ImportedRow[];
  /** Spreadsheet row numbers left out, each with at least one error in `problems`. */
  invalid: number[];
  problems: Problem[];
  /** Blank rows inside the table, skipped and listed. */
  emptyRows: number[];
  /** Columns with a header that no field took, listed so nothing is ignored silently. */
  ignoredColumns: { column: string; header: string }[];
  /** Set when the table cannot be read at all. */
  fatal?: 'empty' | 'no-header' | 'no-title-column';
}

export interface ImportOptions extends BuildOptions {
  /** A manual column mapping that replaces the automatic one. */
  mapping?: ColumnMapping;
  /** The header row (0-based), when the person chose it; else found automatically. */
  headerRow?: number;
}

const emptyResult = (fatal: ImportResult['fatal']): ImportResult => ({
  headerRow: 0,
  headers: [],
  mapping: [],
  valid: [],
  invalid: [],
  problems: [],
  emptyRows: [],
  ignoredColumns: [],
  fatal,
});

/**
 * A whole sheet (rows of cells) to checked project records. Every problem names its row and column;
 * a row with an error is left out and listed, a row with warnings is kept; nothing is dropped unsaid.
 */
export function importTable(table: readonly (readonly Cell[])[], options: ImportOptions): ImportResult {
  let last = table.length - 1;
  while (last >= 0 && table[last]!.every(isEmptyCell)) last--;
  if (last < 0) return emptyResult('empty');
  // With a manual mapping the first row is the header unless said otherwise.
  const headerRow = options.headerRow ?? findHeaderRow(table) ?? (options.mapping ? 0 : undefined);
  if (headerRow === undefined) {
    // The first row's texts, unmapped, so the person can map the columns by hand.
    const first = table.find((r) => !r.every(isEmptyCell)) ?? [];
    return { ...emptyResult('no-header'), headers: first.map(cellText), mapping: first.map(() => undefined) };
  }
  const width = Math.max(...table.slice(headerRow, last + 1).map((r) => r.length));
  const headers = Array.from({ length: width }, (_, i) => cellText(table[headerRow]![i]));
  const mapping = options.mapping ?? autoMapColumns(headers);
  const result: ImportResult = {
    ...emptyResult(undefined),
    headerRow,
    headers,
    mapping,
    ignoredColumns: headers.flatMap((header, i) =>
      header && !mapping[i] ? [{ column: columnLetter(i), header }] : [],
    ),
  };
  if (!mapping.includes('title')) return { ...result, fatal: 'no-title-column' };
  const seenIds = new Map<string, number>();
  for (let index = headerRow + 1; index <= last; index++) {
    const cells = table[index]!;
    const rowNumber = index + 1;
    if (cells.every(isEmptyCell)) {
      result.emptyRows.push(rowNumber);
      continue;
    }
    const { values, problems } = readRow(cells, mapping, headers, rowNumber);
    const record = buildRecord(values, rowNumber, options);
    const firstRow = seenIds.get(record.id);
    if (firstRow !== undefined) {
      const column = mapping.indexOf('id');
      problems.push({
        row: rowNumber,
        column: column >= 0 ? columnLetter(column) : undefined,
        header: column >= 0 ? headers[column] : undefined,
        field: 'id',
        code: 'duplicate-id',
        value: record.id,
        detail: String(firstRow),
        severity: 'error',
      });
    } else seenIds.set(record.id, rowNumber);
    result.problems.push(...problems);
    if (problems.some((p) => p.severity === 'error')) result.invalid.push(rowNumber);
    else result.valid.push({ row: rowNumber, record });
  }
  return result;
}
