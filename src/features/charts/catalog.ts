import type { ComponentType } from 'react';
import type { Locale } from '../../lib/i18n/locale';
import { BudgetByBidangChart } from './budget-by-bidang-chart';
import { BudgetByKecamatanChart } from './budget-by-kecamatan-chart';
import type { ChartProps } from './chart-props';
import { DelayedPackagesChart } from './delayed-packages-chart';
import { FisikKeuanganChart } from './fisik-keuangan-chart';
import { FundingSourceChart } from './funding-source-chart';
import { KurvaSProgrammeChart } from './kurva-s-programme-chart';
import { chartMessages } from './messages';
import { StatusChart } from './status-chart';

/** Public chart names: `/embed/:chart`, file names and anchors depend on them; never rename. */
export const CHART_IDS = [
  'anggaran-kecamatan',
  'anggaran-bidang',
  'sumber-dana',
  'status',
  'kurva-s-program',
  'fisik-keuangan',
  'paket-terlambat',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

type TitleKey = {
  [K in keyof (typeof chartMessages)['id']]: K extends `title${string}` ? K : never;
}[keyof (typeof chartMessages)['id']];

export interface ChartEntry {
  id: ChartId;
  /** Key of the title in chartMessages (see chartTitle). */
  titleKey: TitleKey;
  Component: ComponentType<ChartProps>;
}

/** Every programme chart, in the order the statistics page shows them. */
export const CHART_CATALOG: readonly ChartEntry[] = [
  { id: 'anggaran-kecamatan', titleKey: 'titleKecamatan', Component: BudgetByKecamatanChart },
  { id: 'anggaran-bidang', titleKey: 'titleBidang', Component: BudgetByBidangChart },
  { id: 'sumber-dana', titleKey: 'titleFunding', Component: FundingSourceChart },
  { id: 'status', titleKey: 'titleStatus', Component: StatusChart },
  { id: 'kurva-s-program', titleKey: 'titleKurvaS', Component: KurvaSProgrammeChart },
  { id: 'fisik-keuangan', titleKey: 'titleFisikKeuangan', Component: FisikKeuanganChart },
  { id: 'paket-terlambat', titleKey: 'titleDelayed', Component: DelayedPackagesChart },
];

export const isChartId = (value: string | undefined): value is ChartId =>
  value !== undefined && (CHART_IDS as readonly string[]).includes(value);

export function chartById(id: string | undefined): ChartEntry | undefined {
  return CHART_CATALOG.find((entry) => entry.id === id);
}

export function chartTitle(id: ChartId, locale: Locale): string {
  return chartMessages[locale][chartById(id)!.titleKey];
}
