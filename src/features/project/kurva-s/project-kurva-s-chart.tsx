import { useMemo, type ReactNode } from 'react';
import { CartesianGrid, LineChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../../components/chart-card/chart-card';
import { ChartFrame } from '../../../components/chart-card/chart-frame';
import { LazyTooltip } from '../../../components/chart-card/lazy-tooltip';
import { PlainTick } from '../../../components/chart-card/plain-tick';
import {
  AXIS_COLOUR,
  GRID_COLOUR,
  KURVA_S_SERIES,
  TOLERANCE_BAND_COLOUR,
  TOLERANCE_BAND_OPACITY,
} from '../../../components/chart-card/palette';
import { kurvaSLegendItems } from '../../../components/chart-card/kurva-s-legend';
import { legendSpace, SvgLegend, type LegendItem } from '../../../components/chart-card/svg-legend';
import type { DatasetMeta } from '../../../domain/dataset/types';
import type { ProjectDetail } from '../../../domain/project/types';
import { buildKurvaSRows } from '../../../domain/progress/kurva-s';
import { formatDate } from '../../../domain/format/date';
import { formatNumber } from '../../../domain/format/number';
import { slugify } from '../../../domain/text/slug';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kurvaSColumns } from './kurva-s-table';
import { kurvaSSummary } from './kurva-s-summary';
import { kurvaSMessages } from './messages';
import { KurvaSEmpty } from './kurva-s-empty';
import { ToleranceBand } from './tolerance-band';

/** Height of the plot and its axes, px; the legend rows come on top. */
const PLOT_HEIGHT = 300;

export interface ProjectKurvaSChartProps {
  project: ProjectDetail;
  meta: DatasetMeta;
  siteUrl?: string;
  /** More actions beside the downloads, e.g. "Sematkan" in the embed builder. */
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}

/**
 * Planned vs actual cumulative physical progress with the tolerance band of the kritis rule, and
 * financial progress beside it. Reused by the embed and presentation views, so it needs only props.
 */
export function ProjectKurvaSChart({
  project,
  meta,
  siteUrl,
  actions,
  headingLevel = 2,
}: ProjectKurvaSChartProps) {
  const t = useMessages(kurvaSMessages);
  const { locale } = useLanguage();
  const rows = useMemo(() => buildKurvaSRows(project), [project]);
  const columns = useMemo(() => kurvaSColumns(t, locale), [t, locale]);
  const title = t.title(project.title);
  const summary = kurvaSSummary(project, rows, t, locale);
  if (rows.length === 0)
    return <KurvaSEmpty title={title} summary={summary} meta={meta} headingLevel={headingLevel} />;
  const asOfTime = Date.parse(`${meta.asOf}T00:00:00Z`);
  const first = rows[0]!.time;
  const last = rows[rows.length - 1]!.time;
  const tick = (time: number) => formatDate(new Date(time).toISOString().slice(0, 10), locale, 'short');
  const pct = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, locale, 2)} %` : '–');
  // Drawn inside the SVG: it travels with the PNG and the print, and costs no measuring pass.
  const legend: LegendItem[] = [
    ...kurvaSLegendItems(t),
    { label: t.bandLegend, colour: TOLERANCE_BAND_COLOUR, kind: 'box', opacity: TOLERANCE_BAND_OPACITY },
  ];
  const height = PLOT_HEIGHT + legendSpace(legend.length);
  return (
    <ChartCard
      chartId={`kurva-s-${slugify(project.id)}`}
      title={title}
      summary={summary}
      meta={meta}
      siteUrl={siteUrl}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.date}
      chartHeight={height}
      headingLevel={headingLevel}
      actions={actions}
    >
      <ChartFrame height={height}>
        {(width, active) => (
          <LineChart
            width={width}
            height={height}
            data={rows}
            margin={{ top: legendSpace(legend.length), right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid stroke={GRID_COLOUR} />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={first === last ? [first - 86_400_000 * 7, last + 86_400_000 * 7] : [first, last]}
              tickFormatter={tick}
              minTickGap={24}
              tick={PlainTick}
            />
            {/* interval 0: the five ticks always fit, so Recharts need not measure their labels. */}
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 70, 100]}
              interval={0}
              unit="%"
              width={48}
              tick={PlainTick}
            />
            {active && (
              <LazyTooltip
                labelFormatter={(label) => (typeof label === 'number' ? tick(label) : String(label))}
                formatter={pct}
              />
            )}
            <SvgLegend items={legend} />
            <ToleranceBand rows={rows} fill={TOLERANCE_BAND_COLOUR} opacity={TOLERANCE_BAND_OPACITY} />
            <Line
              dataKey="planned"
              name={t.planned}
              stroke={KURVA_S_SERIES.planned.colour}
              strokeWidth={2}
              strokeDasharray={KURVA_S_SERIES.planned.dash}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="actual"
              name={t.actual}
              stroke={KURVA_S_SERIES.actual.colour}
              strokeWidth={2.5}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="financial"
              name={t.financial}
              stroke={KURVA_S_SERIES.financial.colour}
              strokeWidth={2}
              strokeDasharray={KURVA_S_SERIES.financial.dash}
              dot={{ r: 3, strokeWidth: 0, fill: KURVA_S_SERIES.financial.colour }}
              connectNulls
              isAnimationActive={false}
            />
            {asOfTime >= first && asOfTime <= last && (
              <ReferenceLine
                x={asOfTime}
                stroke={AXIS_COLOUR}
                strokeDasharray="3 3"
                label={{
                  value: `${t.asOf} ${tick(asOfTime)}`,
                  // Left of the line when it is in the right half: at 360 px "Data per" was cut to "Da".
                  position: asOfTime - first > (last - first) / 2 ? 'insideBottomRight' : 'insideBottomLeft',
                  fontSize: 12,
                }}
              />
            )}
          </LineChart>
        )}
      </ChartFrame>
    </ChartCard>
  );
}
