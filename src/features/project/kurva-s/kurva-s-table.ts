import type { TableColumn } from '../../../components/data-table';
import type { KurvaSRow } from '../../../domain/progress/kurva-s';
import { formatDate } from '../../../domain/format/date';
import { formatNumber, formatPoints, formatRupiah, type Locale } from '../../../domain/format/number';
import type { kurvaSMessages } from './messages';

type T = (typeof kurvaSMessages)['id'];

/**
 * The table alternative and CSV of the kurva S: every plotted number. A plan value read off the line
 * between two published points (on a report date the plan does not list) is marked "≈" in the
 * table, with a line under it that says so: a column of "tidak" explained nothing.
 */
export function kurvaSColumns(t: T, locale: Locale): TableColumn<KurvaSRow>[] {
  const pct = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, locale, 2));
  return [
    { key: 'date', label: t.date, value: (r) => r.date, format: (r) => formatDate(r.date, locale) },
    {
      key: 'planned',
      label: t.plannedCol,
      value: (r) => r.planned,
      format: (r) =>
        r.plannedInterpolated && r.planned !== undefined ? `≈ ${pct(r.planned)}` : pct(r.planned),
      numeric: true,
      note: t.interpolatedNote,
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
