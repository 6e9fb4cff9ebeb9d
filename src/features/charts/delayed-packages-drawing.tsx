import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { LazyTooltip } from '../../components/chart-card/lazy-tooltip';
import { AXIS_COLOUR, GRID_COLOUR, PALETTE } from '../../components/chart-card/palette';
import { PlainTick } from '../../components/chart-card/plain-tick';
import { formatPoints } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { DelayedRow } from './chart-data';
import { nameAxisProps, valueTickCount } from './format';
import { chartMessages } from './messages';
import { WrappedNameTick } from './wrapped-name-tick';

export interface DelayedPackagesDrawingProps {
  rows: (DelayedRow & { label: string })[];
  width: number;
  height: number;
  active: boolean;
  /** Room for the names, px, the characters a line holds and the lines a row holds (delayedNameRoom). */
  room: { names: number; maxChars: number; lines: number };
}

/**
 * The ranking's bars (Recharts), in a module of its own: the statistics page loads it when the
 * card comes near the screen, not with the page.
 */
export function DelayedPackagesDrawing({ rows, width, height, active, room }: DelayedPackagesDrawingProps) {
  const t = useMessages(chartMessages);
  const { locale } = useLanguage();
  const { names, maxChars, lines } = room;
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: 36, bottom: 4, left: 4 }}
      accessibilityLayer
    >
      <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
      <XAxis
        type="number"
        dataKey="deviation"
        tickCount={valueTickCount(width - names - 44)}
        interval={0}
        tickFormatter={(v: number) => formatPoints(v, locale)}
        tick={PlainTick}
        stroke={AXIS_COLOUR}
      />
      <YAxis
        {...nameAxisProps(names, maxChars, AXIS_COLOUR)}
        tick={(props: object) => <WrappedNameTick {...props} maxChars={maxChars} lines={lines} />}
      />
      {active && (
        <LazyTooltip
          formatter={(value) => (typeof value === 'number' ? formatPoints(value, locale) : String(value))}
        />
      )}
      <Bar dataKey="deviation" name={t.deviation} fill={PALETTE.vermillion} isAnimationActive={false} />
    </BarChart>
  );
}
