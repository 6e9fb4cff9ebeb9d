import { defineMessages } from '../../../lib/i18n/messages';

/** The sentence under the chart, from its data (arguments arrive formatted). */
export const fisikKeuanganSummary = defineMessages({
  id: {
    fisikKeuangan: (bidang: string, physical: string, financial: string) =>
      `Selisih terbesar antara progres fisik dan keuangan ada di ${bidang}: fisik ${physical}, keuangan ${financial} (keduanya terhadap nilai kontrak).`,
    fisikKeuanganNone: () => 'Tidak ada paket berkontrak yang melaporkan progres untuk filter ini.',
  },
  // Same arguments as `id`; the types come from there.
  en: {
    fisikKeuangan: (bidang, physical, financial) =>
      `The largest gap between physical and financial progress is in ${bidang}: ${physical} built, ${financial} paid (both against contract value).`,
    fisikKeuanganNone: () => 'No contracted package with a progress report matches this filter.',
  },
});
