import { defineMessages } from '../../lib/i18n/messages';

/**
 * One sentence per chart, generated from the data. Arguments arrive formatted (id-ID numbers), so
 * the sentences only place them.
 */
export const summaryMessages = defineMessages({
  id: {
    none: () => 'Tidak ada proyek untuk filter ini.',
    kecamatan: (top: string, amount: string, share: string, total: string, places: string) =>
      `Pagu terbesar ada di ${top}: ${amount} (${share} dari total ${total}), tersebar di ${places} kecamatan.`,
    bidang: (top: string, amount: string, share: string, total: string) =>
      `${top} mendapat pagu terbesar: ${amount} (${share} dari total ${total}).`,
    funding: (top: string, amount: string, share: string, sources: string) =>
      `${top} membiayai ${amount} (${share}); ${sources} sumber dana disebut.`,
    status: (done: string, total: string, running: string, failed: string) =>
      `${done} dari ${total} paket selesai, ${running} dalam pelaksanaan, ${failed} putus kontrak atau gagal tender.`,
    kurvaS: (
      date: string,
      actual: string,
      planned: string,
      deviation: string,
      financial: string,
      n: string,
    ) =>
      `Per ${date}, progres fisik program ${actual} terhadap rencana ${planned} (deviasi ${deviation}); progres keuangan ${financial} dari nilai kontrak (${n} paket, dibobot nilai kontrak).`,
    kurvaSNone: () => 'Tidak ada paket berkontrak dengan rencana kurva S untuk filter ini.',
    kurvaSLoading: () => 'Memuat kurva S mingguan untuk filter ini…',
    kurvaSFailed: () =>
      'Kurva S mingguan untuk filter ini tidak dapat dimuat. Angka lain di halaman ini tetap lengkap.',
    fisikKeuangan: (bidang: string, physical: string, financial: string) =>
      `Selisih terbesar antara progres fisik dan keuangan ada di ${bidang}: fisik ${physical}, keuangan ${financial} (keduanya terhadap nilai kontrak).`,
    fisikKeuanganNone: () => 'Tidak ada paket berkontrak yang melaporkan progres untuk filter ini.',
    delayed: (n: string, title: string, deviation: string) =>
      `${n} paket tertinggal dari rencana; yang paling jauh: ${title} (${deviation}).`,
    delayedNone: () => 'Tidak ada paket yang tertinggal dari rencana untuk filter ini.',
  },
  // Same arguments as `id`; the types come from there.
  en: {
    none: () => 'No projects match this filter.',
    kecamatan: (top, amount, share, total, places) =>
      `The largest budget is in ${top}: ${amount} (${share} of ${total} in total), spread over ${places} kecamatan.`,
    bidang: (top, amount, share, total) =>
      `${top} has the largest budget: ${amount} (${share} of ${total} in total).`,
    funding: (top, amount, share, sources) =>
      `${top} funds ${amount} (${share}); ${sources} funding sources are named.`,
    status: (done, total, running, failed) =>
      `${done} of ${total} packages are completed, ${running} in progress, ${failed} terminated or failed at tender.`,
    kurvaS: (date, actual, planned, deviation, financial, n) =>
      `As of ${date}, the programme is ${actual} built against a plan of ${planned} (deviation ${deviation}); ${financial} of the contract value has been paid (${n} packages, weighted by contract value).`,
    kurvaSNone: () => 'No contracted package with a planned S-curve matches this filter.',
    kurvaSLoading: () => 'Loading the weekly S-curves for this filter…',
    kurvaSFailed: () =>
      'The weekly S-curves for this filter could not be loaded. The other figures on this page are complete.',
    fisikKeuangan: (bidang, physical, financial) =>
      `The largest gap between physical and financial progress is in ${bidang}: ${physical} built, ${financial} paid (both against contract value).`,
    fisikKeuanganNone: () => 'No contracted package with a progress report matches this filter.',
    delayed: (n, title, deviation) =>
      `${n} packages are behind plan; the furthest behind: ${title} (${deviation}).`,
    delayedNone: () => 'No package matching this filter is behind plan.',
  },
});
