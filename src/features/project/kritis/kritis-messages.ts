import { defineMessages } from '../../../lib/i18n/messages';

export const kritisMessages = defineMessages({
  id: {
    kritisLabel: 'Indikasi kritis',
    amanLabel: 'Tidak ada indikasi kritis',
    notAssessedLabel: 'Indikasi kritis: tidak dinilai',
    noProgress: 'Belum ada data progres fisik, jadi indikasi kritis tidak dapat dinilai.',
    notUnderWay: (status: string) =>
      `Indikasi kritis hanya dinilai untuk kontrak yang sedang berjalan; status proyek ini: ${status}.`,
    noReport: (asOf: string) => `Belum ada laporan realisasi fisik sampai ${asOf}.`,
    noPlan: 'Tidak ada rencana progres (kurva S) untuk dibandingkan dengan realisasi.',
    complete: 'Pekerjaan sudah mencapai 100 %.',
    behind: (points: string) => `tertinggal ${points} poin`,
    ahead: (points: string) => `lebih cepat ${points} poin`,
    onPlan: 'tepat sesuai rencana',
    facts: (at: string, plan: string, actual: string, gap: string) =>
      `Laporan ${at}: rencana ${plan}, realisasi ${actual}, ${gap}.`,
    periodI: 'Rencana belum melewati 70 %, jadi batasnya 10 poin.',
    periodII:
      'Rencana sudah di atas 70 %, jadi batasnya 5 poin, dan keterlambatan sekecil apa pun dihitung bila pekerjaan akan melewati akhir tahun anggaran (31 Desember).',
    pastFiscalYear: 'Tertinggal dan diperkirakan selesai melewati 31 Desember.',
    overLimit: (limit: number) => `Ketertinggalan lebih dari ${limit} poin.`,
    withinLimit: 'Masih dalam batas.',
    rule: 'Aturan (Syarat-Syarat Umum Kontrak): selama rencana 0–70 %, kontrak kritis bila realisasi tertinggal lebih dari 10 poin; di atas 70 %, bila tertinggal lebih dari 5 poin, atau tertinggal sedikit pun tetapi pekerjaan akan melewati tahun anggaran. Hanya PPK yang dapat menetapkan kontrak kritis (setelah rapat pembuktian/SCM), jadi di sini disebut "indikasi".',
    /** Ends in a space: the first term link follows on the same line. */
    termsLead: 'Arti istilah: ',
    kritisTerm: 'kontrak kritis',
  },
  en: {
    kritisLabel: 'Critical (indikasi kritis)',
    amanLabel: 'No sign of critical delay',
    notAssessedLabel: 'Critical: not assessed',
    noProgress: 'There is no physical progress data, so it cannot be assessed.',
    notUnderWay: (status: string) =>
      `Only contracts under way are assessed; this project's status: ${status}.`,
    noReport: (asOf: string) => `No actual progress reported by ${asOf}.`,
    noPlan: 'There is no planned progress (kurva S) to compare with.',
    complete: 'The work has reached 100%.',
    behind: (points: string) => `${points} points behind`,
    ahead: (points: string) => `${points} points ahead`,
    onPlan: 'exactly on plan',
    facts: (at: string, plan: string, actual: string, gap: string) =>
      `Report of ${at}: plan ${plan}, actual ${actual}, ${gap}.`,
    periodI: 'The plan is at most 70%, so the limit is 10 points.',
    periodII:
      'The plan is above 70%, so the limit is 5 points, and any lag counts if the work will run past the fiscal year end (31 December).',
    pastFiscalYear: 'Behind, and expected to finish after 31 December.',
    overLimit: (limit: number) => `The lag is more than ${limit} points.`,
    withinLimit: 'Within the limit.',
    rule: 'Rule (general contract conditions, SSUK): while the plan is 0–70%, a contract is critical when actual progress lags by more than 10 points; above 70%, when it lags by more than 5 points, or lags at all and the work will run past the fiscal year. Only the commitment officer (PPK) can declare a contract critical, so this is an "indication".',
    termsLead: 'Terms explained: ',
    kritisTerm: 'critical contract',
  },
});
