import { useXAxisScale, useYAxisScale } from 'recharts';
import type { KurvaSRow } from '../../../domain/progress/kurva-s';

interface ToleranceBandProps {
  rows: readonly KurvaSRow[];
  fill: string;
  opacity: number;
}

/**
 * The tolerance band under the plan, drawn as one SVG path inside the chart from its own axes.
 * Recharts' Area would draw the same shape with a tenth of an embed's script budget, and would
 * put a meaningless "band: –" line into the tooltip.
 */
export function ToleranceBand({ rows, fill, opacity }: ToleranceBandProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const points = rows.flatMap((row) => {
    const left = x(row.time);
    const low = row.band && y(row.band[0]);
    const high = row.band && y(row.band[1]);
    return left === undefined || low === undefined || high === undefined ? [] : [{ left, low, high }];
  });
  if (points.length < 2) return null;
  const upper = points.map((p) => `${p.left},${p.high}`);
  const lower = points.map((p) => `${p.left},${p.low}`).reverse();
  return (
    <path
      className="kurva-s-band"
      d={`M${upper.join('L')}L${lower.join('L')}Z`}
      fill={fill}
      fillOpacity={opacity}
      stroke="none"
      pointerEvents="none"
    />
  );
}
