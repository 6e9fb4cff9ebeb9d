import type { ComponentProps } from 'react';
import { Tooltip } from 'recharts';

export type ChartTooltipProps = ComponentProps<typeof Tooltip>;

/** Recharts' tooltip, in a module of its own so it loads when a reader reaches for it. */
export function ChartTooltip(props: ChartTooltipProps) {
  return <Tooltip {...props} />;
}
