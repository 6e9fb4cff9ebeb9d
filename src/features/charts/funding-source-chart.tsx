import { useMemo } from 'react';
import { budgetByFunding } from '../../domain/aggregate/funding';
import type { ChartProps } from './chart-props';
import { FundingSourceView } from './funding-source-view';
import { AppChartChrome } from '../../components/chart-card/app-chrome';

/** The funding chart of the app, from the filtered projects. */
export function FundingSourceChart({ projects, ...card }: ChartProps) {
  const data = useMemo(() => budgetByFunding(projects), [projects]);
  return (
    <AppChartChrome>
      <FundingSourceView {...card} data={data} />
    </AppChartChrome>
  );
}
