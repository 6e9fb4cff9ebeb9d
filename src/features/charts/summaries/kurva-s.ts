import { defineMessages } from '../../../lib/i18n/messages';

/** The sentence under the chart, from its data (arguments arrive formatted). */
export const kurvaSSummary = defineMessages({
  id: {
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
  },
  // Same arguments as `id`; the types come from there.
  en: {
    kurvaS: (date, actual, planned, deviation, financial, n) =>
      `As of ${date}, the programme is ${actual} built against a plan of ${planned} (deviation ${deviation}); ${financial} of the contract value has been paid (${n} packages, weighted by contract value).`,
    kurvaSNone: () => 'No contracted package with a planned S-curve matches this filter.',
    kurvaSLoading: () => 'Loading the weekly S-curves for this filter…',
    kurvaSFailed: () =>
      'The weekly S-curves for this filter could not be loaded. The other figures on this page are complete.',
  },
});
