import { defineMessages } from '../../../lib/i18n/messages';

/** The sentence under the chart, from its data (arguments arrive formatted). */
export const fundingSummary = defineMessages({
  id: {
    none: () => 'Tidak ada proyek untuk filter ini.',
    funding: (top: string, amount: string, share: string, sources: string) =>
      `${top} membiayai ${amount} (${share}); ${sources} sumber dana disebut.`,
  },
  // Same arguments as `id`; the types come from there.
  en: {
    none: () => 'No projects match this filter.',
    funding: (top, amount, share, sources) =>
      `${top} funds ${amount} (${share}); ${sources} funding sources are named.`,
  },
});
