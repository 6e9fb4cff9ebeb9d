/* The category charts' parts: what the card (horizontal-bar-chart-card.tsx) hands its drawing. */
import type { LegendItem } from '../../components/chart-card/svg-legend';

export type ValueFormatter = (value: unknown) => string;

export interface ValueAxis {
  tickFormatter?: ValueFormatter;
  domain?: [number, number];
  ticks?: number[];
  allowDecimals?: boolean;
}

/** One series of bars: a value of every row, in one colour or a colour per row. */
export interface BarSeries<Row> {
  dataKey: string;
  /** The series' name, as the tooltip gives it. */
  name: string;
  fill: string | ((row: Row) => string);
  /** The value written past each bar's end. */
  valueLabel?: { format?: ValueFormatter; style: { fontSize: number; fill: string } };
}

/** What the card hands its drawing (horizontal-bar-drawing.tsx): the rows and the geometry. */
export interface HorizontalBarDrawingProps<Row> {
  rows: readonly Row[];
  width: number;
  height: number;
  /** The reader reached for the chart: time for its tooltip. */
  active: boolean;
  margin: { top: number; right: number };
  /** Room for the category names, px, the characters a line holds, and the lines a row holds. */
  names: number;
  maxChars: number;
  nameLines: number;
  valueAxis: ValueAxis;
  tooltipFormatter: ValueFormatter;
  legend?: readonly LegendItem[];
  series: readonly BarSeries<Row>[];
}
