import type { ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine } from 'recharts';
import { ChartFrame } from './chart-frame';
import { LazyTooltip } from './lazy-tooltip';
import type { ChartTooltipProps } from './chart-tooltip';
import { AXIS_COLOUR, GRID_COLOUR, KURVA_S_SERIES, TICK_STYLE } from './palette';
import { legendSpace, SvgLegend, type LegendItem } from './svg-legend';

type Series = keyof typeof KURVA_S_SERIES;
const SERIES = Object.keys(KURVA_S_SERIES) as Series[];

/**
 * How a project's reported points are marked: actual progress as rings, payments as dots (they
 * differ without colour too). The plan's points are not reports and stay unmarked.
 */
const MARKS = {
  planned: false,
  actual: { r: 3, strokeWidth: 2 },
  financial: { r: 3, strokeWidth: 0, fill: KURVA_S_SERIES.financial.colour },
} as const;

/** Where the data's date falls on the x axis, and its label ("Data per …"). */
export interface AsOfMark {
  x: string | number;
  label: string;
  /** Left of the line when it is in the right half of the chart, so the label is not cut. */
  side: 'left' | 'right';
}

export interface KurvaSFrameProps<Row extends object> {
  rows: Row[];
  /** The drawing's height with its legend, px. */
  height: number;
  legend: LegendItem[];
  /** The three lines' names, as the tooltip gives them. */
  names: Record<Series, string>;
  /** The x and y axes; the x axis may thin its ticks on a narrow chart, so it gets the width. */
  axes: (width: number) => ReactNode;
  tooltip: Pick<ChartTooltipProps, 'formatter' | 'labelFormatter'>;
  /** None when the data's date falls outside the curve. */
  asOf?: AsOfMark;
  /** A project's few reports are marked on its lines; a programme's weekly curve is not. */
  markPoints?: boolean;
  /** Drawn under the lines: a project's tolerance band. */
  children?: ReactNode;
}

/**
 * The frame both kurva S charts share (the programme's and every project's): the grid, the legend,
 * the tooltip, the three lines as KURVA_S_SERIES draws them and the data's date as a dashed line.
 * The charts bring their axes and their rows.
 */
export function KurvaSFrame<Row extends object>({
  rows,
  height,
  legend,
  names,
  axes,
  tooltip,
  asOf,
  markPoints = false,
  children,
}: KurvaSFrameProps<Row>) {
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
          {axes(width)}
          {active && <LazyTooltip {...tooltip} />}
          <SvgLegend items={legend} />
          {children}
          {SERIES.map((series) => {
            const { colour, dash, width: strokeWidth } = KURVA_S_SERIES[series];
            return (
              <Line
                key={series}
                dataKey={series}
                name={names[series]}
                stroke={colour}
                strokeDasharray={dash}
                strokeWidth={strokeWidth}
                dot={markPoints && MARKS[series]}
                connectNulls
                isAnimationActive={false}
              />
            );
          })}
          {asOf && (
            <ReferenceLine
              x={asOf.x}
              stroke={AXIS_COLOUR}
              strokeDasharray="3 3"
              label={{
                value: asOf.label,
                position: asOf.side === 'left' ? 'insideBottomRight' : 'insideBottomLeft',
                ...TICK_STYLE,
              }}
            />
          )}
        </LineChart>
      )}
    </ChartFrame>
  );
}
