import type { SlideSpec } from '../../features/presentation/components/slide-types';
import { DataTable, type TableColumn } from '../../components/data-table';
import { formatNumber, formatPercent, formatPoints } from '../../domain/format/number';
import type { Project } from '../../domain/project/types';
import type { DeckContext } from './deck-context';

/** Seven rows fit the slide at 32 px; the rest are counted, not hidden. */
const ROWS = 7;

export function kritisSlide({ t, dataset, locale }: DeckContext): SlideSpec {
  const kritis = dataset.projects
    .filter((p) => p.progress.kritis?.kritis)
    .sort((a, b) => (a.progress.deviation ?? 0) - (b.progress.deviation ?? 0) || a.id.localeCompare(b.id));
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
  return {
    id: 'indikasi-kritis',
    title: t.kritisTitle,
    subtitle: t.packagesN(count),
    notes: [t.notesKritis(count)],
    content:
      kritis.length === 0 ? (
        <p className="slide-lead">{t.kritisNone}</p>
      ) : (
        <div className="kritis-slide">
          <DataTable
            caption={t.kritisTitle}
            columns={columns}
            rows={kritis.slice(0, ROWS)}
            rowKey={(p) => p.id}
          />
          {kritis.length > ROWS && (
            <p className="slide-lead">{t.kritisMore(formatNumber(kritis.length - ROWS, locale))}</p>
          )}
        </div>
      ),
  };
}
