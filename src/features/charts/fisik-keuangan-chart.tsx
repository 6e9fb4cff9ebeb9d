import { useMemo } from 'react';
import { fisikKeuanganByBidang } from '../../domain/aggregate/fisik-keuangan';
import type { ChartProps } from './chart-props';
import { FisikKeuanganView } from './fisik-keuangan-view';
import { AppChartChrome } from '../../components/chart-card/app-chrome';

/** The physical/financial chart of the app, from the filtered projects. */
export function FisikKeuanganChart({ projects, ...card }: ChartProps) {
  const data = useMemo(() => fisikKeuanganByBidang(projects), [projects]);
  return (
    <AppChartChrome>
      <FisikKeuanganView {...card} data={data} />
    </AppChartChrome>
  );
}
