import { defineMessages } from '../../../lib/i18n/messages';

/** The sentence under the chart, from its data (arguments arrive formatted). */
export const statusSummary = defineMessages({
  id: {
    none: () => 'Tidak ada proyek untuk filter ini.',
    status: (done: string, total: string, running: string, failed: string) =>
      `${done} dari ${total} paket selesai, ${running} dalam pelaksanaan, ${failed} putus kontrak atau gagal tender.`,
  },
  // Same arguments as `id`; the types come from there.
  en: {
    none: () => 'No projects match this filter.',
    status: (done, total, running, failed) =>
      `${done} of ${total} packages are completed, ${running} in progress, ${failed} terminated or failed at tender.`,
  },
});
