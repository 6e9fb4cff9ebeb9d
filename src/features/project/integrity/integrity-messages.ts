import { defineMessages } from '../../../lib/i18n/messages';

export const integrityMessages = defineMessages({
  id: {
    title: 'Sinyal integritas',
    intro:
      'Pola pengadaan dan pelaksanaan yang patut dicermati lebih jauh. Sinyal bukan tuduhan: setiap sinyal punya aturan, data yang dibaca, dan kemungkinan salah tanda.',
    methodology: 'Cara sinyal dihitung',
    signal: 'Sinyal',
    state: 'Hasil',
    numbers: 'Angka proyek ini',
    caption: (flagged: number, unknown: number) =>
      `${flagged} dari 8 sinyal menandai proyek ini; ${unknown} tidak dapat dinilai karena datanya tidak lengkap.`,
    tenderers: 'Jumlah penawar',
    contractorPage: 'Semua paket penyedia ini',
  },
  en: {
    title: 'Integrity signals',
    intro:
      'Procurement and delivery patterns that deserve a closer look. A signal is not an accusation: each has a rule, the data it reads, and known false positives.',
    methodology: 'How the signals are computed',
    signal: 'Signal',
    state: 'Result',
    numbers: "This project's numbers",
    caption: (flagged: number, unknown: number) =>
      `${flagged} of 8 signals flag this project; ${unknown} cannot be assessed because data is missing.`,
    tenderers: 'Number of bidders',
    contractorPage: "All of this contractor's packages",
  },
});
