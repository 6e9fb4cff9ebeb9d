import type { Problem } from '../../../domain/spreadsheet/problems';
import { describeProblem } from '../../../domain/spreadsheet/problem-text';
import { toCsv } from '../../../domain/export/csv';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { importMessages } from '../import-messages';
import { MIME, saveText } from '../../../lib/download/save-file';

/** Enough to read on a phone; the full list is one download away. */
const SHOWN = 300;

/** Every problem by row and column, in plain words; the full list downloads as CSV. */
export function ProblemList({ problems, fileName }: { problems: readonly Problem[]; fileName: string }) {
  const t = useMessages(importMessages);
  const { locale } = useLanguage();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const download = () =>
    saveText(
      toCsv(
        ['Baris', 'Kolom', 'Judul kolom', 'Jenis', 'Isi sel', 'Masalah'],
        problems.map((p) => [p.row, p.column, p.header, p.severity === 'error' ? 'galat' : 'peringatan', p.value, describeProblem(p, 'id')]),
      ),
      `masalah-${fileName.replace(/\.[^.]+$/, '')}.csv`,
      MIME.csv,
    ); // prettier-ignore
  return (
    <section aria-labelledby="masalah-impor">
      <h2 id="masalah-impor">{t.problemsTitle(errors, problems.length - errors)}</h2>
      <p>{t.problemsIntro}</p>
      <ul className="import-problems" data-testid="import-problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li
            key={`${p.row}-${p.column ?? ''}-${p.code}-${i}`}
            data-severity={p.severity}
            data-row={p.row}
            data-column={p.column}
            data-code={p.code}
          >
            <strong>{p.severity === 'error' ? t.error : t.warning}:</strong> {describeProblem(p, locale)}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>{t.more(problems.length - SHOWN)}</p>}
      <button type="button" className="button button--ghost" onClick={download}>
        {t.downloadProblems}
      </button>
    </section>
  );
}
