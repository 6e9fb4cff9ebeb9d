import { XAxis, YAxis } from 'recharts';
import { ChartCardBase } from '../../components/chart-card/chart-card-base';
import { KurvaSFrame } from '../../components/chart-card/kurva-s-frame';
import { PlainTick } from '../../components/chart-card/plain-tick';
import type { TableColumn } from '../../components/data-table';
import type { KurvaS, KurvaSPoint } from '../../domain/aggregate/kurva-s';
import { asOfLine } from '../../domain/format/as-of';
import { formatDate } from '../../domain/format/date';
import { formatNumber, formatPercent, formatPoints } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { INTL_LOCALE } from '../../lib/i18n/locale';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartViewProps } from './chart-view-props';
import { percentFormatter } from './format';
import { chartMessages } from './messages';
import { AXIS_COLOUR } from '../../components/chart-card/palette';
import { kurvaSSummary } from './summaries/kurva-s';
import { kurvaSLegendItems } from '../../components/chart-card/kurva-s-legend';
import { legendSpace } from '../../components/chart-card/svg-legend';

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthOf(date: string, locale: 'id' | 'en'): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      month: 'short',
      timeZone: 'UTC',
    });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** Below this width a month label every month would crowd: every other month is named. */
const EVERY_MONTH_FROM_PX = 520;

/** One tick per month (the first week point in it), or per two months on a narrow chart. */
function monthTicks(points: readonly KurvaSPoint[], width: number): string[] {
  const seen = new Set<string>();
  const firsts = points.flatMap((p) => {
    const month = p.date.slice(0, 7);
    if (seen.has(month)) return [];
    seen.add(month);
    return [p.date];
  });
  return width >= EVERY_MONTH_FROM_PX ? firsts : firsts.filter((_, i) => i % 2 === 0);
}

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
      <KurvaSFrame
        rows={rows}
        height={height}
        legend={legend}
        names={t}
        axes={(width) => (
          <>
            <XAxis
              dataKey="date"
              ticks={monthTicks(rows, width)}
              interval={0}
              tickFormatter={(date: string) => monthOf(date, locale)}
              tick={PlainTick}
              stroke={AXIS_COLOUR}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              interval={0}
              tickFormatter={percent}
              tick={PlainTick}
              stroke={AXIS_COLOUR}
              width={56}
            />
          </>
        )}
        tooltip={{ formatter: percent, labelFormatter: (date) => formatDate(String(date), locale) }}
        asOf={{
          x: meta.asOf,
          label: asOfLine(meta, locale, 'short'),
          side: meta.asOf > (rows[Math.floor(rows.length / 2)]?.date ?? '') ? 'left' : 'right',
        }}
      />
    </ChartCardBase>
  );
}
