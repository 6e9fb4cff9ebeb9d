import type { SlideSpec } from '../components/slide-types';
import { formatNumber, formatRupiahShort } from '../../../domain/format/number';
import type { Project } from '../../../domain/project/types';
import type { DeckContext } from './deck-context';
import { compareCodes } from '../../../domain/text/compare';

/** Four titles fit a column at slide size; the count says how many more there are. */
const SHOWN = 4;

/**
 * The problems beside kritis that an audience asks about: packages behind their contract dates,
 * terminated contracts and failed tenders. Each column gives the count and the largest by pagu.
 */
export function problemsSlide({ t, projects, locale }: DeckContext): SlideSpec {
  const n = (value: number) => formatNumber(value, locale);
  const groups = [
    { key: 'terlambat', title: t.problemLate, projects: projects.filter((p) => p.progress.late) },
    {
      key: 'putus-kontrak',
      title: t.problemTerminated,
      projects: projects.filter((p) => p.status === 'putus-kontrak'),
    },
    {
      key: 'gagal-tender',
      title: t.problemFailed,
      projects: projects.filter((p) => p.status === 'gagal-tender'),
    },
  ];
  const largest = (projects: readonly Project[]) =>
    [...projects].sort((a, b) => (b.pagu ?? 0) - (a.pagu ?? 0) || compareCodes(a.id, b.id)).slice(0, SHOWN);
  const total = new Set(groups.flatMap((g) => g.projects.map((p) => p.id))).size;
  return {
    id: 'masalah-lain',
    title: t.problemsTitle,
    subtitle: t.problemsSubtitle(n(total)),
    notes: [t.notesProblems],
    content: (
      <div className="problems-slide">
        {groups.map((group) => (
          <section key={group.key} className="problems-slide__column" data-problem={group.key}>
            <h3>
              <span className="problems-slide__count">{n(group.projects.length)}</span> {group.title}
            </h3>
            {group.projects.length === 0 ? (
              <p>{t.problemNone}</p>
            ) : (
              <ul className="slide-list">
                {largest(group.projects).map((p) => (
                  <li key={p.id}>
                    {p.title} — {formatRupiahShort(p.pagu, locale)}
                  </li>
                ))}
                {group.projects.length > SHOWN && <li>{t.problemMore(n(group.projects.length - SHOWN))}</li>}
              </ul>
            )}
          </section>
        ))}
      </div>
    ),
  };
}
