import { useMemo } from 'react';
import { budgetByStatus } from '../../domain/aggregate/breakdowns';
import type { ChartProps } from './chart-props';
import { StatusView } from './status-view';
import { AppChartChrome } from '../../components/chart-card/app-chrome';

/** The status chart of the app, from the filtered projects. */
export function StatusChart({ projects, ...card }: ChartProps) {
  const data = useMemo(() => budgetByStatus(projects), [projects]);
  return (
    <AppChartChrome>
      <StatusView {...card} data={data} />
    </AppChartChrome>
  );
}
