import type { TableColumn } from '../../../components/data-table';
import type { KurvaSRow } from '../../../domain/progress/kurva-s';
import { formatDate } from '../../../domain/format/date';
import { formatNumber, formatPoints, formatRupiah, type Locale } from '../../../domain/format/number';
import type { kurvaSMessages } from './messages';

type T = (typeof kurvaSMessages)['id'];

/** The table alternative and CSV of the kurva S: every plotted number, and which plan values are read off the line. */
export function kurvaSColumns(t: T, locale: Locale): TableColumn<KurvaSRow>[] {
  const pct = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, locale, 2));
  return [
    { key: 'date', label: t.date, value: (r) => r.date, format: (r) => formatDate(r.date, locale) },
    {
      key: 'planned',
      label: t.plannedCol,
      value: (r) => r.planned,
      format: (r) => pct(r.planned),
      numeric: true,
    },
    {
      key: 'interpolated',
      label: t.interpolated,
      value: (r) => (r.planned === undefined ? undefined : r.plannedInterpolated ? t.yes : t.no),
    },
    {
      key: 'actual',
      label: t.actualCol,
      value: (r) => r.actual,
      format: (r) => pct(r.actual),
      numeric: true,
    },
    {
      key: 'deviation',
      label: t.deviationCol,
      value: (r) => r.deviation,
      format: (r) => formatPoints(r.deviation, locale),
      numeric: true,
    },
    {
      key: 'band',
      label: t.bandCol,
      value: (r) => r.band?.[0],
      format: (r) => pct(r.band?.[0]),
      numeric: true,
    },
    {
      key: 'financial',
      label: t.financialCol,
      value: (r) => r.financial,
      format: (r) => pct(r.financial),
      numeric: true,
    },
    {
      key: 'financialAmount',
      label: t.financialAmountCol,
      value: (r) => r.financialAmount,
      format: (r) => formatRupiah(r.financialAmount, locale),
      numeric: true,
    },
  ];
}
