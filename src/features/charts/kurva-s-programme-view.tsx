import { ChartCardBase } from '../../components/chart-card/chart-card-base';
import { lazyDrawing } from '../../components/chart-card/lazy-drawing';
import type { TableColumn } from '../../components/data-table';
import type { KurvaS, KurvaSPoint } from '../../domain/aggregate/kurva-s';
import { formatDate } from '../../domain/format/date';
import { formatNumber, formatPercent, formatPoints } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartViewProps } from './chart-view-props';
import { percentFormatter } from './format';
import { chartMessages } from './messages';
import { kurvaSSummary } from './summaries/kurva-s';
import { kurvaSLegendItems } from '../../components/chart-card/kurva-s-legend';
import { legendSpace } from '../../components/chart-card/svg-legend';

/** Recharts comes with the drawing, when the card draws (statistics page: near the screen). */
const Drawing = lazyDrawing(() =>
  import('./kurva-s-programme-drawing').then((m) => m.KurvaSProgrammeDrawing),
);

export interface KurvaSProgrammeViewProps extends ChartViewProps<KurvaS> {
  /** The app sums a filtered curve from the weekly curves, which load first (or fail). */
  state?: 'ready' | 'loading' | 'error';
  onRetry?: () => void;
}

/**
 * The programme kurva S: planned against actual cumulative physical progress of all contracted
 * packages, weighted by contract value, week by week, with payments (÷ contract value) on the same
 * axis. Lines differ by dash as well as colour.
 */
export function KurvaSProgrammeView({
  data,
  meta,
  state = 'ready',
  onRetry,
  actions,
  ...card
}: KurvaSProgrammeViewProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(kurvaSSummary);
  const { locale } = useLanguage();
  const rows = state === 'ready' ? data.points : [];
  const latest = [...rows].reverse().find((p) => p.actual !== undefined);
  const summary =
    state === 'loading'
      ? s.kurvaSLoading()
      : state === 'error'
        ? s.kurvaSFailed()
        : latest
          ? s.kurvaS(
              formatDate(latest.date, locale),
              formatPercent(latest.actual, locale),
              formatPercent(latest.planned, locale),
              formatPoints(Math.round((latest.actual! - latest.planned) * 100) / 100, locale),
              formatPercent(latest.financial, locale),
              formatNumber(data.packages, locale),
            )
          : s.kurvaSNone();
  const percent = percentFormatter(locale);
  const legend = kurvaSLegendItems(t);
  const columns: TableColumn<KurvaSPoint>[] = [
    { key: 'date', label: t.week, value: (r) => r.date, format: (r) => formatDate(r.date, locale, 'short') },
    {
      key: 'planned',
      label: t.planned,
      value: (r) => r.planned,
      numeric: true,
      format: (r) => percent(r.planned),
    },
    {
      key: 'actual',
      label: t.actual,
      value: (r) => r.actual,
      numeric: true,
      format: (r) => percent(r.actual),
    },
    {
      key: 'financial',
      label: t.financial,
      value: (r) => r.financial,
      numeric: true,
      format: (r) => percent(r.financial),
    },
  ];

  const height = 340 + legendSpace(legend.length);

  return (
    <ChartCardBase
      {...card}
      chartId="kurva-s-program"
      title={t.titleKurvaS}
      summary={summary}
      meta={meta}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.date}
      isEmpty={rows.length === 0}
      chartHeight={height}
      actions={
        state === 'error' && onRetry ? (
          <>
            <button type="button" className="button" onClick={onRetry}>
              {t.retry}
            </button>
            {actions}
          </>
        ) : (
          actions
        )
      }
    >
      <Drawing rows={rows} height={height} legend={legend} meta={meta} />
    </ChartCardBase>
  );
}
