import { defineMessages } from '../../../lib/i18n/messages';

/** The sentence under the chart, from its data (arguments arrive formatted). */
export const bidangSummary = defineMessages({
  id: {
    none: () => 'Tidak ada proyek untuk filter ini.',
    bidang: (top: string, amount: string, share: string, total: string) =>
      `${top} mendapat pagu terbesar: ${amount} (${share} dari total ${total}).`,
  },
  // Same arguments as `id`; the types come from there.
  en: {
    none: () => 'No projects match this filter.',
    bidang: (top, amount, share, total) =>
      `${top} has the largest budget: ${amount} (${share} of ${total} in total).`,
  },
});
