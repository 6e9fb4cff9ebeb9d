import type { ComponentType } from 'react';
import { ChartCardBase, type ChartCardProps } from '../../components/chart-card/chart-card-base';
import { ChartFrame } from '../../components/chart-card/chart-frame';
import { lazyDrawing } from '../../components/chart-card/lazy-drawing';
import { legendSpace, type LegendItem } from '../../components/chart-card/svg-legend';
import type { BarSeries, HorizontalBarDrawingProps, ValueAxis, ValueFormatter } from './horizontal-bar-types';
import { nameRoom } from './format';
import { nameLinesFor } from './wrapped-name-tick';

type AnyRow = { key: string; label: string };

/**
 * The bars' drawing, also for the ranking of late packages (its own geometry): Recharts comes with
 * it, when the first card draws (statistics page: near the screen).
 */
export const LazyHorizontalBarDrawing = lazyDrawing(() =>
  import('./horizontal-bar-drawing').then((m) => m.HorizontalBarDrawing),
) as ComponentType<HorizontalBarDrawingProps<AnyRow>>;

/** At most this share of a narrow chart goes to the category names: the bars need the rest. */
const LABEL_SHARE = 0.4;
/** Half the widest value tick ("Rp 1.000 M") hangs past the end of the axis: keep it in the SVG. */
const EDGE_TICK_ROOM = 36;

export interface HorizontalBarChartCardProps<Row extends { key: string; label: string }> extends Omit<
  ChartCardProps<Row>,
  'rowKey' | 'isEmpty' | 'children'
> {
  /**
   * Height per category row, and the floor so one or two rows still read as a chart. A row tall
   * enough for two or three lines of text gets its name wrapped on as many.
   */
  rowHeight: number;
  minHeight: number;
  /** Room right of the bars (value labels: see valueLabelRoom). */
  marginRight: number;
  /** Room for the category names on the left, at full width; narrow charts give them less. */
  labelWidth: number;
  /** Cut long names on the axis; the table keeps them whole. */
  labelMaxChars?: number;
  /** Drawn inside the SVG so it travels with the PNG; also makes room above the bars. */
  legend?: readonly LegendItem[];
  valueAxis: ValueAxis;
  tooltipFormatter: ValueFormatter;
  /** The bars of every row, one series after the other. */
  series: readonly BarSeries<Row>[];
}

/**
 * The frame of the category charts: bars run left to right so long names (kecamatan, bidang,
 * funding sources) stay readable on a phone, one row per category, values along the bottom axis.
 * The height comes from the rows; the width from the box, so a 360 px embed and a desktop page
 * draw the same bars, each as long as its value.
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
  series,
  ...card
}: HorizontalBarChartCardProps<Row>) {
  const { rows } = card;
  const top = legend ? legendSpace(legend.length) : 4;
  const chrome = legend ? 40 + top : 48;
  const height = Math.max(minHeight, rows.length * rowHeight + chrome);
  const nameLines = nameLinesFor(rowHeight);
  const right = Math.max(marginRight, EDGE_TICK_ROOM);
  return (
    <ChartCardBase {...card} rowKey={(r) => r.key} isEmpty={rows.length === 0} chartHeight={height}>
      <ChartFrame height={height}>
        {(width, active) => {
          const { names, maxChars } = nameRoom(width, LABEL_SHARE, labelWidth, labelMaxChars);
          return (
            <LazyHorizontalBarDrawing
              rows={rows}
              width={width}
              height={height}
              active={active}
              margin={{ top, right }}
              names={names}
              maxChars={maxChars}
              nameLines={nameLines}
              valueAxis={valueAxis}
              tooltipFormatter={tooltipFormatter}
              legend={legend}
              series={series as readonly BarSeries<AnyRow>[]}
            />
          );
        }}
      </ChartFrame>
    </ChartCardBase>
  );
}
