import { defineMessages } from '../../../lib/i18n/messages';

/** The sentence under the chart, from its data (arguments arrive formatted). */
export const delayedSummary = defineMessages({
  id: {
    delayed: (n: string, title: string, deviation: string) =>
      `${n} paket tertinggal dari rencana; yang paling jauh: ${title} (${deviation}).`,
    delayedNone: () => 'Tidak ada paket yang tertinggal dari rencana untuk filter ini.',
  },
  // Same arguments as `id`; the types come from there.
  en: {
    delayed: (n, title, deviation) =>
      `${n} packages are behind plan; the furthest behind: ${title} (${deviation}).`,
    delayedNone: () => 'No package matching this filter is behind plan.',
  },
});
