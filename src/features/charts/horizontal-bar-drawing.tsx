import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { LazyTooltip } from '../../components/chart-card/lazy-tooltip';
import { AXIS_COLOUR, GRID_COLOUR } from '../../components/chart-card/palette';
import { PlainTick } from '../../components/chart-card/plain-tick';
import { PlainValueLabel } from '../../components/chart-card/plain-value-label';
import { SvgLegend } from '../../components/chart-card/svg-legend';
import { nameAxisProps, valueTickCount } from './format';
import type { HorizontalBarDrawingProps } from './horizontal-bar-types';
import { WrappedNameTick } from './wrapped-name-tick';

/**
 * The category charts' drawing (Recharts), in a module of its own: a page of cards (the statistics
 * page) loads it when the first card comes near the screen, not with the page. The card works out
 * the geometry; this draws it, one <Bar> per series.
 */
export function HorizontalBarDrawing<Row extends { key: string; label: string }>({
  rows,
  width,
  height,
  active,
  margin,
  names,
  maxChars,
  nameLines,
  valueAxis,
  tooltipFormatter,
  legend,
  series,
}: HorizontalBarDrawingProps<Row>) {
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      layout="vertical"
      margin={{ top: margin.top, right: margin.right, bottom: 4, left: 4 }}
      accessibilityLayer
    >
      <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
      <XAxis
        type="number"
        tickCount={valueTickCount(width - names - margin.right - 8)}
        interval={0}
        {...valueAxis}
        tick={PlainTick}
        stroke={AXIS_COLOUR}
      />
      <YAxis
        {...nameAxisProps(names, maxChars, AXIS_COLOUR)}
        tick={
          nameLines > 1
            ? (props: object) => <WrappedNameTick {...props} maxChars={maxChars} lines={nameLines} />
            : PlainTick
        }
      />
      {active && <LazyTooltip formatter={tooltipFormatter} />}
      {legend && <SvgLegend items={legend} />}
      {series.map(({ dataKey, name, fill, valueLabel }) => (
        <Bar
          key={dataKey}
          dataKey={dataKey}
          name={name}
          fill={typeof fill === 'string' ? fill : undefined}
          isAnimationActive={false}
        >
          {typeof fill === 'function' && rows.map((row) => <Cell key={row.key} fill={fill(row)} />)}
          {valueLabel && (
            <LabelList
              dataKey={dataKey}
              position="right"
              content={<PlainValueLabel format={valueLabel.format} {...valueLabel.style} />}
            />
          )}
        </Bar>
      ))}
    </BarChart>
  );
}
