import type { ComponentType } from 'react';
import { BudgetByBidangChart } from './budget-by-bidang-chart';
import { BudgetByKecamatanChart } from './budget-by-kecamatan-chart';
import type { ChartProps } from './chart-props';
import { CHART_TITLE_KEYS, type ChartId } from './chart-ids';
import { DelayedPackagesChart } from './delayed-packages-chart';
import { FisikKeuanganChart } from './fisik-keuangan-chart';
import { FundingSourceChart } from './funding-source-chart';
import { KurvaSProgrammeChart } from './kurva-s-programme-chart';
import { StatusChart } from './status-chart';
import { TopContractorsChart } from './top-contractors-chart';

export { CHART_IDS, chartTitle, isChartId, type ChartId } from './chart-ids';

export interface ChartEntry {
  id: ChartId;
  /** Key of the title in chartMessages (see chartTitle). */
  titleKey: (typeof CHART_TITLE_KEYS)[ChartId];
  Component: ComponentType<ChartProps>;
}

const entry = (id: ChartId, Component: ComponentType<ChartProps>): ChartEntry => ({
  id,
  titleKey: CHART_TITLE_KEYS[id],
  Component,
});

/**
 * Every programme chart, in the order the statistics page shows them. The embed does not import
 * this list (it would load every chart): it imports one chart's view (src/embed/chart-views.ts).
 */
export const CHART_CATALOG: readonly ChartEntry[] = [
  entry('anggaran-kecamatan', BudgetByKecamatanChart),
  entry('anggaran-bidang', BudgetByBidangChart),
  entry('sumber-dana', FundingSourceChart),
  entry('status', StatusChart),
  entry('kurva-s-program', KurvaSProgrammeChart),
  entry('fisik-keuangan', FisikKeuanganChart),
  entry('paket-terlambat', DelayedPackagesChart),
  entry('penyedia-terbesar', TopContractorsChart),
];

export function chartById(id: string | undefined): ChartEntry | undefined {
  return CHART_CATALOG.find((entry) => entry.id === id);
}
