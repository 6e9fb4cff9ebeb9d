export interface LegendItem {
  label: string;
  colour: string;
  /** Lines show their dash pattern, so the legend tells series apart without colour. */
  kind: 'line' | 'box';
  dash?: string;
  /** A box for a shaded area is drawn as light as the area. */
  opacity?: number;
}

const LEGEND_ROW = 20;

/** Top margin a chart needs for a legend of `count` rows. */
export const legendSpace = (count: number) => count * LEGEND_ROW + 12;

/**
 * A legend drawn inside the chart's SVG, one item per row: it travels with the downloaded PNG
 * (an HTML legend would not), and one row per item never overflows on a phone.
 */
export function SvgLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <g className="chart-legend" aria-hidden="true">
      {items.map((item, i) => {
        const y = 10 + i * LEGEND_ROW;
        return (
          <g key={item.label} transform={`translate(8, ${y})`}>
            {item.kind === 'line' ? (
              <line
                x1={0}
                x2={28}
                y1={0}
                y2={0}
                stroke={item.colour}
                strokeWidth={3}
                strokeDasharray={item.dash}
              />
            ) : (
              <rect x={6} y={-6} width={16} height={12} fill={item.colour} fillOpacity={item.opacity} />
            )}
            <text x={36} y={0} dominantBaseline="central" fontSize={12} fill="#1a1a1a">
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
