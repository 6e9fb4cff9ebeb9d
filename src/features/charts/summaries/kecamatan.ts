import { defineMessages } from '../../../lib/i18n/messages';

/** The sentence under the chart, from its data (arguments arrive formatted). */
export const kecamatanSummary = defineMessages({
  id: {
    none: () => 'Tidak ada proyek untuk filter ini.',
    kecamatan: (top: string, amount: string, share: string, total: string, places: string) =>
      `Pagu terbesar ada di ${top}: ${amount} (${share} dari total ${total}), tersebar di ${places} kecamatan.`,
  },
  // Same arguments as `id`; the types come from there.
  en: {
    none: () => 'No projects match this filter.',
    kecamatan: (top, amount, share, total, places) =>
      `The largest budget is in ${top}: ${amount} (${share} of ${total} in total), spread over ${places} kecamatan.`,
  },
});
