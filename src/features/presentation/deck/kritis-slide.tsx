import type { SlideSpec } from '../components/slide-types';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { formatNumber, formatPercent, formatPoints } from '../../../domain/format/number';
import type { Project } from '../../../domain/project/types';
import type { DeckContext } from './deck-context';
import { compareCodes } from '../../../domain/text/compare';

/** Seven rows fit the slide at 32 px. */
const ROWS = 7;

/**
 * Every package with an indikasi kritis, seven to a slide: no one in a hall can "see the
 * Statistics page", so the deck pages through all of them, the furthest behind first.
 */
export function kritisSlides({ t, projects, locale }: DeckContext): SlideSpec[] {
  const kritis = projects
    .filter((p) => p.progress.kritis?.kritis)
    .sort((a, b) => (a.progress.deviation ?? 0) - (b.progress.deviation ?? 0) || compareCodes(a.id, b.id));
  const columns: TableColumn<Project>[] = [
    { key: 'title', label: t.colPackage, value: (p) => p.title },
    { key: 'kecamatan', label: t.colKecamatan, value: (p) => p.kecamatan?.name ?? t.noLocation },
    {
      key: 'planned',
      label: t.colPlanned,
      value: (p) => p.progress.planned,
      numeric: true,
      format: (p) => formatPercent(p.progress.planned, locale),
    },
    {
      key: 'actual',
      label: t.colActual,
      value: (p) => p.progress.actual,
      numeric: true,
      format: (p) => formatPercent(p.progress.actual, locale),
    },
    {
      key: 'deviation',
      label: t.colDeviation,
      value: (p) => p.progress.deviation,
      numeric: true,
      format: (p) => <strong>{formatPoints(p.progress.deviation, locale)}</strong>,
    },
  ];
  const count = formatNumber(kritis.length, locale);
  const base = { title: t.kritisTitle, notes: [t.notesKritis(count)] };
  if (kritis.length === 0)
    return [
      {
        ...base,
        id: 'indikasi-kritis',
        subtitle: t.packagesN(count),
        content: <p className="slide-lead">{t.kritisNone}</p>,
      },
    ];
  const pages = Math.ceil(kritis.length / ROWS);
  return Array.from({ length: pages }, (_, page) => ({
    ...base,
    id: page === 0 ? 'indikasi-kritis' : `indikasi-kritis-${page + 1}`,
    subtitle: pages > 1 ? t.packagesPage(count, page + 1, pages) : t.packagesN(count),
    content: (
      <div className="kritis-slide">
        <DataTable
          caption={pages > 1 ? `${t.kritisTitle} (${page + 1}/${pages})` : t.kritisTitle}
          columns={columns}
          rows={kritis.slice(page * ROWS, (page + 1) * ROWS)}
          rowKey={(p) => p.id}
        />
      </div>
    ),
  }));
}
