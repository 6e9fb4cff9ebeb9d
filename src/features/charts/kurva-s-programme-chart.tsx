import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard } from '../../components/chart-card/chart-card';
import { PlainTick } from '../../components/chart-card/plain-tick';
import type { TableColumn } from '../../components/data-table';
import type { KurvaS, KurvaSPoint } from '../../domain/aggregate/kurva-s';
import { useProgrammeKurvaS } from '../../api/programme-curve';
import { formatDate } from '../../domain/format/date';
import { formatNumber, formatPercent, formatPoints } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartProps } from './chart-props';
import { percentFormatter } from './format';
import { chartMessages } from './messages';
import { AXIS_COLOUR, GRID_COLOUR, KURVA_S_SERIES } from '../../components/chart-card/palette';
import { summaryMessages } from './summary-messages';
import { kurvaSLegendItems } from '../../components/chart-card/kurva-s-legend';
import { legendSpace, SvgLegend } from '../../components/chart-card/svg-legend';

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthOf(date: string, locale: 'id' | 'en'): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      month: 'short',
      timeZone: 'UTC',
    });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** One tick per month: the first week point in it. */
function monthTicks(points: readonly KurvaSPoint[]): string[] {
  const seen = new Set<string>();
  return points.flatMap((p) => {
    const month = p.date.slice(0, 7);
    if (seen.has(month)) return [];
    seen.add(month);
    return [p.date];
  });
}

const NO_CURVE: KurvaS = { points: [], packages: 0, weight: 0 };

/**
 * The programme kurva S: planned against actual cumulative physical progress of all contracted
 * packages, weighted by contract value, week by week, with payments (÷ contract value) on the same
 * axis. Lines differ by dash as well as colour.
 */
export function KurvaSProgrammeChart({ projects, meta, siteUrl, actions, headingLevel }: ChartProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(summaryMessages);
  const { locale } = useLanguage();
  const programme = useProgrammeKurvaS(projects);
  const curve = programme.state === 'ready' ? programme.curve : NO_CURVE;
  const rows = curve.points;
  const latest = [...rows].reverse().find((p) => p.actual !== undefined);
  const summary =
    programme.state === 'loading'
      ? s.kurvaSLoading()
      : programme.state === 'error'
        ? s.kurvaSFailed()
        : latest
          ? s.kurvaS(
              formatDate(latest.date, locale),
              formatPercent(latest.actual, locale),
              formatPercent(latest.planned, locale),
              formatPoints(Math.round((latest.actual! - latest.planned) * 100) / 100, locale),
              formatPercent(latest.financial, locale),
              formatNumber(curve.packages, locale),
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
    <ChartCard
      chartId="kurva-s-program"
      title={t.titleKurvaS}
      summary={summary}
      meta={meta}
      siteUrl={siteUrl}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.date}
      isEmpty={rows.length === 0}
      chartHeight={height}
      headingLevel={headingLevel}
      actions={
        programme.state === 'error' ? (
          <>
            <button type="button" className="button" onClick={programme.retry}>
              {t.retry}
            </button>
            {actions}
          </>
        ) : (
          actions
        )
      }
    >
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={rows}
          margin={{ top: legendSpace(legend.length), right: 16, bottom: 4, left: 0 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={GRID_COLOUR} />
          <XAxis
            dataKey="date"
            ticks={monthTicks(rows)}
            tickFormatter={(date: string) => monthOf(date, locale)}
            tick={PlainTick}
            stroke={AXIS_COLOUR}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={percent}
            tick={PlainTick}
            stroke={AXIS_COLOUR}
            width={56}
          />
          <Tooltip formatter={percent} labelFormatter={(date) => formatDate(String(date), locale)} />
          <SvgLegend items={legend} />
          <ReferenceLine
            x={meta.asOf}
            stroke={AXIS_COLOUR}
            strokeDasharray="3 3"
            label={{
              value: `${t.asOfLine} ${formatDate(meta.asOf, locale, 'short')}`,
              position: 'insideBottomRight',
              fontSize: 11,
              fill: '#1a1a1a',
            }}
          />
          <Line
            dataKey="planned"
            name={t.planned}
            stroke={KURVA_S_SERIES.planned.colour}
            strokeDasharray={KURVA_S_SERIES.planned.dash}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="actual"
            name={t.actual}
            stroke={KURVA_S_SERIES.actual.colour}
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="financial"
            name={t.financial}
            stroke={KURVA_S_SERIES.financial.colour}
            strokeDasharray={KURVA_S_SERIES.financial.dash}
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
