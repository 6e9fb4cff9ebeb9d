import type { Locale } from '../../lib/i18n/locale';
import { chartTitleMessages } from './chart-titles';

/** Public chart names: `/embed/:chart`, file names and anchors depend on them; never rename. */
export const CHART_IDS = [
  'anggaran-kecamatan',
  'anggaran-bidang',
  'sumber-dana',
  'status',
  'kurva-s-program',
  'fisik-keuangan',
  'paket-terlambat',
  'penyedia-terbesar',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

type TitleKey = keyof (typeof chartTitleMessages)['id'];

/** Key of each chart's title in chartTitleMessages (chartMessages holds them too). */
export const CHART_TITLE_KEYS: Readonly<Record<ChartId, TitleKey>> = {
  'anggaran-kecamatan': 'titleKecamatan',
  'anggaran-bidang': 'titleBidang',
  'sumber-dana': 'titleFunding',
  status: 'titleStatus',
  'kurva-s-program': 'titleKurvaS',
  'fisik-keuangan': 'titleFisikKeuangan',
  'paket-terlambat': 'titleDelayed',
  'penyedia-terbesar': 'titleTopContractors',
};

export const isChartId = (value: string | undefined): value is ChartId =>
  value !== undefined && (CHART_IDS as readonly string[]).includes(value);

export function chartTitle(id: ChartId, locale: Locale): string {
  return chartTitleMessages[locale][CHART_TITLE_KEYS[id]];
}
