/** What Recharts hands a label's `content` (only the parts used here). */
interface LabelProps {
  x?: number | string;
  y?: number | string;
  value?: unknown;
}

interface PlainValueLabelProps extends LabelProps {
  /** The value as the label shows it. */
  format?: (value: unknown) => string;
  fontSize: number;
  fill: string;
}

/**
 * A value at the end of a bar (LabelList position "right") as one plain <text>, at the point
 * Recharts computed. Recharts' own label is a Text that measures every word in the DOM to wrap it:
 * two dozen labels drawn right after the bars forced as many layouts of the whole page.
 */
export function PlainValueLabel({ x, y, value, format, fontSize, fill }: PlainValueLabelProps) {
  if (x === undefined || y === undefined) return null;
  return (
    <text
      x={x}
      y={y}
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
