import { TICK_STYLE } from '../../components/chart-card/palette';
import { wrapName } from './format';

/** What Recharts hands a custom tick (only the parts used here). */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  className?: string;
}

/** Line spacing, em. */
const LINE = 1.15;

/** As many lines as a row's height holds (at most three), so a long name wraps instead of "Bina…". */
export function nameLinesFor(rowHeight: number): number {
  return Math.max(1, Math.min(3, Math.floor((rowHeight - 6) / (TICK_STYLE.fontSize * LINE))));
}

/**
 * A category name on up to `lines` lines, centred on its bar: long firm names keep their
 * distinguishing words on a phone instead of being cut after "PT Contoh". Plain <text> and
 * <tspan>, nothing measured, so the build's static drawing breaks the lines where the app does.
 */
export function WrappedNameTick({
  x,
  y,
  payload,
  textAnchor,
  className,
  maxChars,
  lines: maxLines,
}: TickProps & { maxChars: number; lines: number }) {
  const lines = wrapName(String(payload?.value ?? ''), maxChars, maxLines);
  // The block of lines is centred where one line would be (0.355 em below its middle).
  const first = 0.355 - ((lines.length - 1) * LINE) / 2;
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      className={className}
      fontSize={TICK_STYLE.fontSize}
      fill={TICK_STYLE.fill}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? first : LINE}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
