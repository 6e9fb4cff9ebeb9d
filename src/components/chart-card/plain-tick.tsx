import { TICK_STYLE } from './palette';

/** What Recharts hands a custom tick (only the parts used here). */
interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value?: unknown };
  tickFormatter?: (value: unknown, index: number) => string;
  unit?: string | number;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  className?: string;
}

/** Baseline shift for each vertical anchor, as Recharts' own Text places one line. */
const SHIFT = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis label as one plain <text>. Recharts' default tick is a Text that measures every word in
 * the DOM to wrap it: on a chart with two dozen labels those forced layouts are a good share of the
 * drawing. Labels here are one short line (long names are cut before they reach the axis).
 */
export function PlainTick({
  x,
  y,
  index = 0,
  payload,
  tickFormatter,
  unit,
  textAnchor,
  verticalAnchor = 'middle',
  className,
}: TickProps) {
  const value = payload?.value;
  const text = tickFormatter ? tickFormatter(value, index) : String(value ?? '');
  return (
    <text
      x={x}
      y={y}
      dy={SHIFT[verticalAnchor]}
      textAnchor={textAnchor}
      className={className}
      fontSize={TICK_STYLE.fontSize}
      fill={TICK_STYLE.fill}
    >
      {text}
      {unit}
    </text>
  );
}
