import { useMessages } from '../../../lib/i18n/messages';
import { useImport } from '../hooks/use-import';
import { importMessages } from '../import-messages';
import { ColumnMapper } from './column-mapper';
import { FilePicker } from './file-picker';
import { ImportActions } from './import-actions';
import { ImportPreview } from './import-preview';
import { ProblemList } from './problem-list';
import { TEMPLATE_BASE } from './data-import-teaser';

/** /data/impor: read a spreadsheet in the browser, map its columns, check it, then view or download. */
export function ImportPage() {
  const t = useMessages(importMessages);
  const { state, sheetIndex, chooseSheet, result, setColumn, asOf, setAsOf, readFile } = useImport();
  const base = import.meta.env.BASE_URL;
  const fatal = result?.fatal;
  return (
    <div className="data-page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        {t.templates}{' '}
        <a href={`${base}${TEMPLATE_BASE}.xlsx`} download>
          XLSX
        </a>{' '}
        ·{' '}
        <a href={`${base}${TEMPLATE_BASE}.csv`} download>
          CSV
        </a>
      </p>
      <FilePicker onFile={(file) => void readFile(file)} busy={state.status === 'reading'} />
      <div aria-live="polite">
        {state.status === 'reading' && <p className="loading">{t.reading}</p>}
        {state.status === 'failed' && (
          <p className="notice notice--error" role="alert">
            {state.fileName}:{' '}
            {state.reason === 'unsupported'
              ? t.unsupported
              : state.reason === 'too-large'
                ? t.tooLarge
                : t.unreadable}
          </p>
        )}
        {result && !fatal && (
          <p className="notice notice--info" data-testid="import-summary">
            <strong>{t.summary(result.valid.length, result.invalid.length)}</strong>{' '}
            {t.headerRow(result.headerRow + 1)}
            {result.emptyRows.length > 0 && <> {t.emptyRows(result.emptyRows.join(', '))}</>}
            {result.ignoredColumns.length > 0 && (
              <>
                {' '}
                {t.ignoredColumns(result.ignoredColumns.map((c) => `${c.column} "${c.header}"`).join(', '))}
              </>
            )}
          </p>
        )}
        {fatal && (
          <p className="notice notice--error" role="alert">
            {fatal === 'empty' ? t.fatalEmpty : fatal === 'no-header' ? t.fatalNoHeader : t.fatalNoTitle}
          </p>
        )}
      </div>
      {state.status === 'read' && state.file.encoding === 'windows-1252' && (
        <p className="notice notice--warning">{t.encoding}</p>
      )}
      {state.status === 'read' && state.file.sheets.length > 1 && (
        <label>
          {t.sheet}{' '}
          <select value={sheetIndex} onChange={(e) => chooseSheet(Number(e.target.value))}>
            {state.file.sheets.map((s, i) => (
              <option key={s.sheet} value={i}>
                {s.sheet}
              </option>
            ))}
          </select>
        </label>
      )}
      {state.status === 'read' && result && result.problems.length > 0 && (
        <ProblemList problems={result.problems} fileName={state.fileName} />
      )}
      {state.status === 'read' && result && !fatal && (
        <>
          <ImportPreview rows={result.valid} />
          <ImportActions rows={result.valid} fileName={state.fileName} asOf={asOf} onAsOfChange={setAsOf} />
        </>
      )}
      {result && result.headers.length > 0 && (
        <section aria-labelledby="pemetaan-kolom">
          <h2 id="pemetaan-kolom">{t.mappingTitle}</h2>
          <ColumnMapper headers={result.headers} mapping={result.mapping} onChange={setColumn} />
        </section>
      )}
    </div>
  );
}
