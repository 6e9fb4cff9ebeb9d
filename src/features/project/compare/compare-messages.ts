import { defineMessages } from '../../../lib/i18n/messages';

export const compareMessages = defineMessages({
  id: {
    title: 'Progres fisik dan keuangan',
    latestReport: (date: string) => `Laporan fisik terakhir: ${date}`,
    noReport: 'Belum ada laporan fisik.',
    physicalActual: 'Fisik (realisasi)',
    physicalPlan: 'Fisik (rencana)',
    deviation: (points: string) => `(deviasi ${points})`,
    financialPaid: 'Keuangan (dibayar)',
    notAvailable: 'tidak tersedia',
    noComparison: 'Perbandingan tidak dapat dibuat karena salah satu angka tidak tersedia.',
    inStep: 'Pembayaran sejalan dengan kemajuan fisik.',
    paidAhead: (points: string) =>
      `Pembayaran ${points} di atas kemajuan fisik: uang yang dibayar lebih banyak dari pekerjaan yang dilaporkan selesai (misalnya uang muka).`,
    paidBehind: (points: string) =>
      `Pembayaran ${points} di bawah kemajuan fisik: pekerjaan sudah dikerjakan tetapi belum dibayar (pembayaran per termin).`,
  },
  en: {
    title: 'Physical and financial progress',
    latestReport: (date: string) => `Latest physical report: ${date}`,
    noReport: 'No physical report yet.',
    physicalActual: 'Physical (actual)',
    physicalPlan: 'Physical (plan)',
    deviation: (points: string) => `(deviation ${points})`,
    financialPaid: 'Financial (paid)',
    notAvailable: 'not available',
    noComparison: 'No comparison: one of the figures is not available.',
    inStep: 'Payments match physical progress.',
    paidAhead: (points: string) =>
      `Payments are ${points} ahead of physical progress: more paid than work reported done (e.g. an advance).`,
    paidBehind: (points: string) =>
      `Payments are ${points} behind physical progress: work done but not yet paid (paid in instalments).`,
  },
});
