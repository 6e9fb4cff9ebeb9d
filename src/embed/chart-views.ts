import type { ComponentType } from 'react';
import { loadDrawings } from '../components/chart-card/lazy-drawing';
import type { ChartData } from '../features/charts/chart-data';
import type { ChartId } from '../features/charts/chart-ids';
import type { ChartViewProps } from '../features/charts/chart-view-props';
import type { ContractorLink } from '../features/charts/contractor-link';
import type { ProjectLink } from '../features/charts/delayed-packages-view';

/**
 * A chart's view as an embed draws it; `projectLink` is for the ranking of packages, whose rows are
 * links; the ranking of contractors links into the app by itself unless given `contractorLink`.
 */
export type EmbedChartView = ComponentType<
  ChartViewProps<ChartData> & { projectLink: ProjectLink; contractorLink?: ContractorLink }
>;

/** How an embed gets a chart's view: one dynamic import each (or the one a page was built with). */
export type ViewLoaders = Partial<Record<ChartId, () => Promise<{ View: EmbedChartView }>>>;

/**
 * A view, once its drawing's code is there too: an embed shows its chart from the first frame (the
 * app's statistics page loads each drawing when its card comes near the screen: lazyDrawing).
 * Also imported by the modules the build writes for each chart's page (tools/vite/embed-build.ts).
 */
export const view = async (component: unknown) => {
  await loadDrawings();
  return { View: component as EmbedChartView };
};

/**
 * One dynamic import per chart: an embed loads the view of the chart it shows and no other (the
 * app's catalog would load all eight).
 */
export const EMBED_VIEWS: Record<ChartId, () => Promise<{ View: EmbedChartView }>> = {
  'anggaran-kecamatan': () =>
    import('../features/charts/budget-by-kecamatan-view').then((m) => view(m.BudgetByKecamatanView)),
  'anggaran-bidang': () =>
    import('../features/charts/budget-by-bidang-view').then((m) => view(m.BudgetByBidangView)),
  'sumber-dana': () =>
    import('../features/charts/funding-source-view').then((m) => view(m.FundingSourceView)),
  status: () => import('../features/charts/status-view').then((m) => view(m.StatusView)),
  'kurva-s-program': () =>
    import('../features/charts/kurva-s-programme-view').then((m) => view(m.KurvaSProgrammeView)),
  'fisik-keuangan': () =>
    import('../features/charts/fisik-keuangan-view').then((m) => view(m.FisikKeuanganView)),
  'paket-terlambat': () =>
    import('../features/charts/delayed-packages-view').then((m) => view(m.DelayedPackagesView)),
  // Its rows link to contractors' pages: without a `contractorLink` the view links into the app.
  'penyedia-terbesar': () =>
    import('../features/charts/top-contractors-view').then((m) => view(m.TopContractorsView)),
};
