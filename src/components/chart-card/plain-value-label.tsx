/** What Recharts hands a label's `content` (only the parts used here). */
interface LabelProps {
  x?: number | string;
  y?: number | string;
  /** Recharts 3 hands a custom label the bar's box, not the label's point. */
  width?: number | string;
  height?: number | string;
  offset?: number;
  value?: unknown;
}

interface PlainValueLabelProps extends LabelProps {
  /** The value as the label shows it. */
  format?: (value: unknown) => string;
  fontSize: number;
  fill: string;
}

/**
 * A value at the end of a bar (LabelList position "right") as one plain <text>, just past the
 * bar's end. Recharts' own label is a Text that measures every word in the DOM to wrap it:
 * two dozen labels drawn right after the bars forced as many layouts of the whole page.
 */
export function PlainValueLabel({
  x,
  y,
  width,
  height,
  offset = 5,
  value,
  format,
  fontSize,
  fill,
}: PlainValueLabelProps) {
  if (x === undefined || y === undefined) return null;
  // Past the bar's end, level with its middle: drawn at (x, y) the value covered the bar's start.
  const atX = Number(x) + (Number(width) || 0) + offset;
  const atY = Number(y) + (Number(height) || 0) / 2;
  return (
    <text
      x={atX}
      y={atY}
      dy="0.355em"
      textAnchor="start"
      fontSize={fontSize}
      fill={fill}
      className="chart-value-label"
    >
      {format ? format(value) : String(value ?? '')}
    </text>
  );
}
