import type { Locale } from '../../lib/i18n/locale';
import { chartMessages } from './messages';

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

type TitleKey = {
  [K in keyof (typeof chartMessages)['id']]: K extends `title${string}` ? K : never;
}[keyof (typeof chartMessages)['id']];

/** Key of each chart's title in chartMessages. */
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
  return chartMessages[locale][CHART_TITLE_KEYS[id]];
}
