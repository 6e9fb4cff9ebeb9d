import { defineMessages } from '../../lib/i18n/messages';

/**
 * The words of /metodologi around the signals. No threshold is written here: the rules read theirs
 * from SIGNAL_RULES (signal-labels.ts) and the kritis rule from domain/progress/kritis.ts.
 */
export const methodologyPageMessages = defineMessages({
  id: {
    title: 'Metodologi',
    intro:
      'Cara PantauBangun menandai proyek yang patut dilihat lebih dekat: untuk setiap tanda integritas, aturannya, data OC4IDS yang dibacanya, sumbernya, dan kapan tanda itu bisa muncul walau tidak ada yang salah. Di akhir halaman: aturan indikasi kritis.',
    notAccusationTitle: 'Tanda, bukan tuduhan.',
    notAccusation:
      'Sebuah tanda berarti angka proyek cocok dengan pola yang oleh pemantau pengadaan dianggap patut diperiksa. Tanda tidak membuktikan kecurangan, dan proyek tanpa tanda belum tentu bersih. Penjelasan ada pada PPK, penyedia dan pemeriksa; tanda hanya menunjukkan di mana bertanya.',
    unknownTitle: '"Tidak dapat dinilai"',
    unknown:
      'Bila data sebuah proyek tidak memuat kolom yang dibaca sebuah aturan, hasilnya "tidak dapat dinilai". Hasil itu dihitung dan ditampilkan tersendiri, tidak pernah dianggap bersih: data yang tidak diterbitkan tidak bisa membebaskan sebuah proyek.',
    wholePackage: (first: string, second: string) =>
      `"${first}" dan "${second}" membandingkan proyek satu dengan yang lain. Keduanya dinilai terhadap seluruh paket data (semua proyek yang diterbitkan), bukan terhadap tampilan yang sedang disaring, sehingga saringan tidak pernah mengubah hasil sebuah proyek.`,
    otherFigures: 'Cara angka lain dihitung (pagu, progres, deviasi) dan glosarium ada di halaman',
    otherFiguresLink: 'Data',
    contents: 'Daftar isi',
    rule: 'Aturan',
    fields: 'Data yang dibaca (OC4IDS)',
    sources: 'Sumber',
    falsePositives: 'Positif palsu yang diketahui',
    projects: 'Proyek dengan tanda ini di peta',
    kritisTitle: 'Indikasi kritis',
    kritisIntro:
      'Indikasi kritis bukan tanda integritas: ini aturan keterlambatan dari syarat umum kontrak pemerintah sendiri, yang membandingkan progres fisik dengan rencana kurva S pada tanggal laporan terakhir. PantauBangun menulis "indikasi" karena hanya PPK yang dapat menetapkan sebuah kontrak kritis.',
    kritisRule: 'Aturan lengkap',
  },
  en: {
    title: 'Methodology',
    intro:
      'How PantauBangun marks projects that deserve a closer look: for each integrity signal, its rule, the OC4IDS data it reads, its source, and when it can appear although nothing is wrong. At the end of the page: the critical-contract (kritis) rule.',
    notAccusationTitle: 'A signal, not an accusation.',
    notAccusation:
      "A signal means a project's numbers match a pattern that procurement monitors consider worth checking. It does not prove fraud, and a project without signals is not thereby clean. The explanation lies with the commitment officer (PPK), the contractor and the auditors; a signal only shows where to ask.",
    unknownTitle: '"Cannot be assessed"',
    unknown:
      'When a project\'s data lacks a field a rule reads, the result is "cannot be assessed" (tidak dapat dinilai). It is counted and shown on its own, never as clean: data that was not published cannot clear a project.',
    wholePackage: (first: string, second: string) =>
      `"${first}" and "${second}" compare projects with each other. Both are judged against the whole data package (every published project), not against the filtered view on screen, so a filter never changes a project's result.`,
    otherFigures: 'How the other figures are computed (budget, progress, deviation), and a glossary, are on the page',
    otherFiguresLink: 'Data',
    contents: 'Contents',
    rule: 'Rule',
    fields: 'Fields read (OC4IDS)',
    sources: 'Sources',
    falsePositives: 'Known false positives',
    projects: 'Projects with this signal on the map',
    kritisTitle: 'Critical-contract indication (kritis)',
    kritisIntro:
      "The kritis indication is not an integrity signal: it is the government's own delay rule from the general contract conditions, comparing physical progress with the planned S-curve on the last report date. PantauBangun says \"indication\" because only the commitment officer (PPK) can declare a contract critical.",
    kritisRule: 'The full rule',
  },
}); // prettier-ignore
