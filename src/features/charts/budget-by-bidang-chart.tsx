import { useMemo } from 'react';
import { budgetByBidang } from '../../domain/aggregate/breakdowns';
import type { ChartProps } from './chart-props';
import { BudgetByBidangView } from './budget-by-bidang-view';
import { AppChartChrome } from '../../components/chart-card/app-chrome';

/** The bidang chart of the app, from the filtered projects. */
export function BudgetByBidangChart({ projects, ...card }: ChartProps) {
  const data = useMemo(() => budgetByBidang(projects), [projects]);
  return (
    <AppChartChrome>
      <BudgetByBidangView {...card} data={data} />
    </AppChartChrome>
  );
}
