import { CartesianGrid, LineChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
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
import { legendSpace, SvgLegend, type LegendItem } from '../../../components/chart-card/svg-legend';
import type { KurvaSRow } from '../../../domain/progress/kurva-s';
import type { DatasetMeta } from '../../../domain/dataset/types';
import { asOfLine } from '../../../domain/format/as-of';
import { formatDate } from '../../../domain/format/date';
import { formatNumber } from '../../../domain/format/number';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kurvaSMessages } from './messages';
import { ToleranceBand } from './tolerance-band';

export interface ProjectKurvaSDrawingProps {
  rows: KurvaSRow[];
  /** The drawing's height with its legend, px. */
  height: number;
  legend: LegendItem[];
  /** The data's date: a dashed line where it falls inside the curve, labelled as asOfLine says. */
  meta: Pick<DatasetMeta, 'asOf' | 'asOfSource'>;
}

/** The project's kurva S itself (Recharts): in a module of its own, loaded when the card draws. */
export function ProjectKurvaSDrawing({ rows, height, legend, meta }: ProjectKurvaSDrawingProps) {
  const t = useMessages(kurvaSMessages);
  const { locale } = useLanguage();
  const asOfTime = Date.parse(`${meta.asOf}T00:00:00Z`);
  const first = rows[0]!.time;
  const last = rows[rows.length - 1]!.time;
  const tick = (time: number) => formatDate(new Date(time).toISOString().slice(0, 10), locale, 'short');
  const pct = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, locale, 2)} %` : '–');
  return (
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
                value: asOfLine(meta, locale, 'short'),
                // Left of the line when it is in the right half: at 360 px "Data per" was cut to "Da".
                position: asOfTime - first > (last - first) / 2 ? 'insideBottomRight' : 'insideBottomLeft',
                fontSize: 12,
              }}
            />
          )}
        </LineChart>
      )}
    </ChartFrame>
  );
}
