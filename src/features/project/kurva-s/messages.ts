import { defineMessages } from '../../../lib/i18n/messages';

export const kurvaSMessages = defineMessages({
  id: {
    title: (name: string) => `Kurva S: ${name}`,
    noData:
      'Belum ada data rencana maupun realisasi progres untuk proyek ini, jadi kurva S belum dapat digambar.',
    summary: (date: string, plan: string, actual: string, dev: string, fin: string) =>
      `Pada laporan terakhir (${date}) rencana progres fisik ${plan}, realisasi ${actual}, deviasi ${dev}; serapan keuangan ${fin}.`,
    summaryPlanOnly: (end: string) =>
      `Hanya rencana progres yang tersedia (hingga ${end}); belum ada laporan realisasi fisik.`,
    summaryNoPlan: (date: string, actual: string) =>
      `Realisasi fisik ${actual} pada ${date}; tidak ada rencana (kurva S) untuk dibandingkan.`,
    planned: 'Rencana fisik',
    actual: 'Realisasi fisik',
    financial: 'Realisasi keuangan (serapan)',
    band: 'Batas toleransi (rencana − 10 poin s.d. 70 %, − 5 poin di atasnya)',
    bandLegend: 'Toleransi (−10 poin; −5 di atas 70 %)',
    date: 'Tanggal',
    plannedCol: 'Rencana fisik (%)',
    interpolatedNote:
      '≈: rencana pada tanggal laporan yang tidak tercantum di jadwal, dibaca dari garis lurus di antara dua titik rencana yang dipublikasikan.',
    actualCol: 'Realisasi fisik (%)',
    deviationCol: 'Deviasi (poin)',
    bandCol: 'Batas bawah toleransi (%)',
    financialCol: 'Keuangan (% nilai kontrak)',
    financialAmountCol: 'Keuangan (Rp kumulatif)',
    notAvailable: 'tidak tersedia',
    yes: 'ya',
    no: 'tidak',
    devTitle: (name: string) => `Deviasi per periode: ${name}`,
    devSummary: (n: number, beyond: number, last: string) =>
      `${n} laporan realisasi; ${beyond} di antaranya tertinggal melebihi batas toleransi. Deviasi terakhir ${last}.`,
    devNone: 'Tidak ada laporan realisasi yang dapat dibandingkan dengan rencana.',
    deviation: 'Deviasi (realisasi − rencana)',
    limit: 'Batas toleransi',
    devAhead: 'Sesuai atau di depan rencana',
    devBehind: 'Terlambat, dalam toleransi',
    devBeyond: 'Terlambat melebihi toleransi',
    beyondCol: 'Melebihi batas?',
    toleranceCol: 'Batas (poin)',
  },
  en: {
    title: (name: string) => `Kurva S (S-curve): ${name}`,
    noData: 'There is no planned or actual progress for this project yet, so no S-curve can be drawn.',
    summary: (date: string, plan: string, actual: string, dev: string, fin: string) =>
      `At the latest report (${date}) planned physical progress was ${plan}, actual ${actual}, deviation ${dev}; financial progress ${fin}.`,
    summaryPlanOnly: (end: string) =>
      `Only the plan is available (to ${end}); no actual progress reported yet.`,
    summaryNoPlan: (date: string, actual: string) =>
      `Actual physical progress ${actual} on ${date}; there is no plan (S-curve) to compare with.`,
    planned: 'Planned physical',
    actual: 'Actual physical',
    financial: 'Financial progress (paid)',
    band: 'Tolerance band (plan − 10 pts up to 70%, − 5 pts above)',
    bandLegend: 'Tolerance (−10 pts; −5 above 70%)',
    date: 'Date',
    plannedCol: 'Planned physical (%)',
    interpolatedNote:
      '≈: the plan on a report date the schedule does not list, read off the straight line between two published plan points.',
    actualCol: 'Actual physical (%)',
    deviationCol: 'Deviation (pts)',
    bandCol: 'Tolerance lower bound (%)',
    financialCol: 'Financial (% of contract)',
    financialAmountCol: 'Financial (Rp cumulative)',
    notAvailable: 'not available',
    yes: 'yes',
    no: 'no',
    devTitle: (name: string) => `Deviation per period: ${name}`,
    devSummary: (n: number, beyond: number, last: string) =>
      `${n} progress reports; ${beyond} of them lag by more than the tolerance. Latest deviation ${last}.`,
    devNone: 'No progress report can be compared with a plan.',
    deviation: 'Deviation (actual − plan)',
    limit: 'Tolerance limit',
    devAhead: 'On or ahead of plan',
    devBehind: 'Behind, within tolerance',
    devBeyond: 'Behind beyond tolerance',
    beyondCol: 'Beyond the limit?',
    toleranceCol: 'Limit (pts)',
  },
});
