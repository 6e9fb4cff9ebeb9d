import { AppChartChrome } from './app-chrome';
import { ChartCardBase, type ChartCardProps } from './chart-card-base';

export type { ChartCardProps } from './chart-card-base';

/**
 * A chart card with the app's chrome (caption, table, action row; drawn when near the viewport
 * under DeferChartDrawingContext), or the chrome of the page around it (an embed's footer).
 */
export function ChartCard<Row>(props: ChartCardProps<Row>) {
  return (
    <AppChartChrome>
      <ChartCardBase {...props} />
    </AppChartChrome>
  );
}
