import { lazy, Suspense } from 'react';
import type { ChartTooltipProps } from './chart-tooltip';

const Loaded = lazy(() => import('./chart-tooltip').then((m) => ({ default: m.ChartTooltip })));

/**
 * A chart's tooltip, loaded the first time the reader points at, touches or focuses the chart
 * (ChartFrame says when): most readers of an embedded chart only look at it, and the tooltip is
 * a good part of Recharts' code. Rendered inside the chart, like Recharts' own.
 */
export function LazyTooltip(props: ChartTooltipProps) {
  return (
    <Suspense fallback={null}>
      <Loaded {...props} />
    </Suspense>
  );
}
