import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, type ChartCardProps } from '../../components/chart-card/chart-card';
import { shorten } from './format';
import { AXIS_COLOUR, GRID_COLOUR } from '../../components/chart-card/palette';
import { PlainTick } from '../../components/chart-card/plain-tick';
import { legendSpace, SvgLegend, type LegendItem } from '../../components/chart-card/svg-legend';

type ValueFormatter = (value: unknown) => string;

export interface HorizontalBarChartCardProps<Row extends { key: string; label: string }> extends Omit<
  ChartCardProps<Row>,
  'rowKey' | 'isEmpty' | 'children'
> {
  /** Height per category row, and the floor so one or two rows still read as a chart. */
  rowHeight: number;
  minHeight: number;
  marginRight: number;
  /** Room for the category names on the left. */
  labelWidth: number;
  /** Cut long names on the axis; the table keeps them whole. */
  labelMaxChars?: number;
  /** Drawn inside the SVG so it travels with the PNG; also makes room above the bars. */
  legend?: readonly LegendItem[];
  valueAxis: {
    tickFormatter?: ValueFormatter;
    domain?: [number, number];
    ticks?: number[];
    allowDecimals?: boolean;
  };
  tooltipFormatter: ValueFormatter;
  /** The <Bar> series: they must be direct children of the BarChart. */
  children: ReactNode;
}

/**
 * The frame of the category charts: bars run left to right so long names (kecamatan, bidang,
 * funding sources) stay readable on a phone, one row per category, values along the bottom axis.
 */
export function HorizontalBarChartCard<Row extends { key: string; label: string }>({
  rowHeight,
  minHeight,
  marginRight,
  labelWidth,
  labelMaxChars,
  legend,
  valueAxis,
  tooltipFormatter,
  children,
  ...card
}: HorizontalBarChartCardProps<Row>) {
  const { rows } = card;
  const top = legend ? legendSpace(legend.length) : 4;
  const chrome = legend ? 40 + top : 48;
  const height = Math.max(minHeight, rows.length * rowHeight + chrome);
  return (
    <ChartCard {...card} rowKey={(r) => r.key} isEmpty={rows.length === 0} chartHeight={height}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top, right: marginRight, bottom: 4, left: 4 }}
          accessibilityLayer
        >
          <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
          <XAxis type="number" {...valueAxis} tick={PlainTick} stroke={AXIS_COLOUR} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={PlainTick}
            tickFormatter={
              labelMaxChars === undefined ? undefined : (label: string) => shorten(label, labelMaxChars)
            }
            stroke={AXIS_COLOUR}
            interval={0}
          />
          <Tooltip formatter={tooltipFormatter} />
          {legend && <SvgLegend items={legend} />}
          {children}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
