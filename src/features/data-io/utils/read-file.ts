import type { Cell } from '../../../domain/spreadsheet/cell';
import { decodeCsvBytes, detectDelimiter, fileKind } from '../../../domain/spreadsheet/decode';

export interface SheetTable {
  /** Sheet name (XLSX) or "CSV". */
  sheet: string;
  rows: Cell[][];
}

export interface ReadFileResult {
  sheets: SheetTable[];
  encoding?: 'utf-8' | 'windows-1252';
  delimiter?: string;
}

export class ReadFileError extends Error {
  constructor(readonly reason: 'unsupported' | 'unreadable' | 'too-large') {
    super(reason);
    this.name = 'ReadFileError';
  }
}

/** 20 MB is far above any Dinas project list; bigger files are refused before they freeze a phone. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a dropped file in this browser. The parsers are loaded only here, when a file is read:
 * papaparse for CSV, read-excel-file for XLSX. Nothing leaves the browser.
 */
export async function readSpreadsheetFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_FILE_BYTES) throw new ReadFileError('too-large');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = fileKind(file.name, bytes.subarray(0, 2));
  if (kind === 'unsupported') throw new ReadFileError('unsupported');
  try {
    if (kind === 'csv') {
      const { default: Papa } = await import('papaparse');
      const { text, encoding } = decodeCsvBytes(bytes);
      const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
      return { sheets: [{ sheet: 'CSV', rows: parsed.data }], encoding, delimiter: parsed.meta.delimiter };
    }
    const { default: readXlsxFile } = await import('read-excel-file/browser');
    const sheets = await readXlsxFile(bytes.buffer);
    return { sheets: sheets.map((s) => ({ sheet: s.sheet, rows: s.data as Cell[][] })) };
  } catch (error) {
    if (error instanceof ReadFileError) throw error;
    throw new ReadFileError('unreadable');
  }
}
