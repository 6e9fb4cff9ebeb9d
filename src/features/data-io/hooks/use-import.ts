import { useCallback, useMemo, useState } from 'react';
import type { FieldKey } from '../../../domain/spreadsheet/fields';
import type { ColumnMapping } from '../../../domain/spreadsheet/headers';
import { importTable } from '../../../domain/spreadsheet/import-table';
import { ReadFileError, readSpreadsheetFile, type ReadFileResult } from '../utils/read-file';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'failed'; fileName: string; reason: ReadFileError['reason'] }
  | { status: 'read'; fileName: string; file: ReadFileResult };

const today = () => new Date().toISOString().slice(0, 10);

/** The import page's state: the file read, the sheet chosen, the mapping override, the result. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [asOf, setAsOf] = useState(today);

  const readFile = useCallback(async (file: File) => {
    setState({ status: 'reading', fileName: file.name });
    setSheetIndex(0);
    setMapping(undefined);
    try {
      setState({ status: 'read', fileName: file.name, file: await readSpreadsheetFile(file) });
    } catch (error) {
      setState({
        status: 'failed',
        fileName: file.name,
        reason: error instanceof ReadFileError ? error.reason : 'unreadable',
      });
    }
  }, []);

  const rows = state.status === 'read' ? state.file.sheets[sheetIndex]?.rows : undefined;
  const result = useMemo(
    () =>
      rows && /^\d{4}-\d{2}-\d{2}$/.test(asOf)
        ? importTable(rows, { asOf, idPrefix: 'oc4ids-impor', mapping })
        : undefined,
    [rows, asOf, mapping],
  );

  const setColumn = useCallback(
    (index: number, field: FieldKey | undefined) => {
      if (!result) return;
      // One field per column: choosing a field for one column frees it from any other.
      const next = result.mapping.map((f) => (f === field ? undefined : f));
      next[index] = field;
      setMapping(next);
    },
    [result],
  );

  const chooseSheet = useCallback((index: number) => {
    setSheetIndex(index);
    setMapping(undefined);
  }, []);

  return { state, sheetIndex, chooseSheet, result, setColumn, asOf, setAsOf, readFile };
}
