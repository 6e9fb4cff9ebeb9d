import { Bar, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../components/chart-card/chart-frame';
import { LazyTooltip } from '../../../components/chart-card/lazy-tooltip';
import { PlainTick } from '../../../components/chart-card/plain-tick';
import {
  DEVIATION_COLOURS,
  DEVIATION_LIMIT_DASH,
  GRID_COLOUR,
  INK_COLOUR,
} from '../../../components/chart-card/palette';
import { legendSpace, SvgLegend, type LegendItem } from '../../../components/chart-card/svg-legend';
import type { DeviationPoint } from '../../../domain/progress/kurva-s';
import { formatDate } from '../../../domain/format/date';
import { formatPoints } from '../../../domain/format/number';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kurvaSMessages } from './messages';

/** A report's deviation with the lag limit of its period, as a negative number to plot. */
export interface DeviationRow extends DeviationPoint {
  limit: number;
}

/** Which of the three colours a bar takes; the table and the legend say the same in words. */
function barColour(row: DeviationPoint): string {
  if (row.beyondTolerance) return DEVIATION_COLOURS.beyond;
  return row.deviation < 0 ? DEVIATION_COLOURS.behind : DEVIATION_COLOURS.ahead;
}

export interface ProjectDeviationDrawingProps {
  rows: DeviationRow[];
  /** The drawing's height with its legend, px. */
  height: number;
  legend: LegendItem[];
  axis: { domain: [number, number]; ticks: number[] };
}

/** The deviation bars and limit line (Recharts): in a module of its own, loaded when the card draws. */
export function ProjectDeviationDrawing({ rows, height, legend, axis }: ProjectDeviationDrawingProps) {
  const t = useMessages(kurvaSMessages);
  const { locale } = useLanguage();
  return (
    <ChartFrame height={height}>
      {(width, active) => (
        <ComposedChart
          width={width}
          height={height}
          data={rows}
          margin={{ top: legendSpace(legend.length), right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke={GRID_COLOUR} />
          <XAxis
            dataKey="date"
            tickFormatter={(d: string) => formatDate(d, locale, 'short')}
            minTickGap={16}
            tick={PlainTick}
          />
          <YAxis domain={axis.domain} ticks={axis.ticks} interval={0} width={48} tick={PlainTick} />
          {active && (
            <LazyTooltip
              labelFormatter={(d) => formatDate(String(d), locale)}
              formatter={(v) => (typeof v === 'number' ? formatPoints(v, locale) : '–')}
            />
          )}
          <SvgLegend items={legend} />
          <ReferenceLine y={0} stroke={INK_COLOUR} />
          <Bar dataKey="deviation" name={t.deviation} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.date} fill={barColour(r)} />
            ))}
          </Bar>
          <Line
            dataKey="limit"
            name={t.limit}
            type="stepAfter"
            stroke={DEVIATION_COLOURS.beyond}
            strokeDasharray={DEVIATION_LIMIT_DASH}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </ChartFrame>
  );
}
