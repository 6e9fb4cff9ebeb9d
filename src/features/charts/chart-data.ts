import {
  budgetByBidang,
  budgetByKecamatan,
  budgetByStatus,
  type BudgetBucket,
} from '../../domain/aggregate/breakdowns';
import { topContractors, type TopContractors } from '../../domain/aggregate/contractors';
import { rankDelayed } from '../../domain/aggregate/delayed';
import { fisikKeuanganByBidang, type FisikKeuanganRow } from '../../domain/aggregate/fisik-keuangan';
import { budgetByFunding, type FundingBucket } from '../../domain/aggregate/funding';
import { programmeKurvaS, type KurvaS, type KurvaSSeries } from '../../domain/aggregate/kurva-s';
import type { Bidang, Project, ProjectStatus } from '../../domain/project/types';
import type { ChartId } from './chart-ids';

/** One row of the most-delayed ranking: only what the chart, its table and its links show. */
export interface DelayedRow {
  id: string;
  title: string;
  status: ProjectStatus;
  /** realisasi − rencana at the last report, percentage points; negative. */
  deviation: number;
  reportDate?: string;
}

export interface DelayedData {
  /** Every package behind plan. */
  behind: number;
  /** The furthest behind, worst first. */
  top: DelayedRow[];
}

/**
 * What each chart draws, computed from projects. Plain JSON, without words: the view labels it in
 * the reader's language, so the app, the embed, the publish step (embed/<chart>.json) and the
 * static drawing all draw the same figures.
 */
export interface ChartDataMap {
  'anggaran-kecamatan': BudgetBucket[];
  'anggaran-bidang': BudgetBucket<Bidang>[];
  'sumber-dana': FundingBucket[];
  status: BudgetBucket<ProjectStatus>[];
  'kurva-s-program': KurvaS;
  'fisik-keuangan': FisikKeuanganRow[];
  'paket-terlambat': DelayedData;
  'penyedia-terbesar': TopContractors;
}

export type ChartData<C extends ChartId = ChartId> = ChartDataMap[C];

/** The most-delayed ranking as the chart needs it. */
export function delayedData(projects: readonly Project[], limit = 10): DelayedData {
  const { behind, top } = rankDelayed(projects, limit);
  return {
    behind,
    top: top.map(({ project, deviation }) => ({
      id: project.id,
      title: project.title,
      status: project.status,
      deviation,
      ...(project.progress.reportDate && { reportDate: project.progress.reportDate }),
    })),
  };
}

/**
 * Each chart's data from (filtered) projects. The programme kurva S sums the weekly curves of the
 * packages (`series`); without them only the published curve of all projects can be drawn.
 */
export const CHART_DATA: {
  [C in ChartId]: (projects: readonly Project[], series: KurvaSSeries) => ChartDataMap[C];
} = {
  'anggaran-kecamatan': (projects) => budgetByKecamatan(projects),
  'anggaran-bidang': (projects) => budgetByBidang(projects),
  'sumber-dana': (projects) => budgetByFunding(projects),
  status: (projects) => budgetByStatus(projects),
  'kurva-s-program': (projects, series) => programmeKurvaS(projects, series),
  'fisik-keuangan': (projects) => fisikKeuanganByBidang(projects),
  'paket-terlambat': (projects) => delayedData(projects),
  'penyedia-terbesar': (projects) => topContractors(projects),
};
