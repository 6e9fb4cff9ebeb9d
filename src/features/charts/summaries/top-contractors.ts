import { defineMessages } from '../../../lib/i18n/messages';

/** The sentences under the chart, from its data (arguments arrive formatted). */
export const topContractorsSummary = defineMessages({
  id: {
    topContractors: (n: string, share: string, top: string, total: string, contractors: string) =>
      `${n} penyedia terbesar memegang ${share} dari total nilai kontrak (${top} dari ${total}; ${contractors} penyedia).`,
    topContractorsNone: () => 'Tidak ada penyedia dengan nilai kontrak untuk filter ini.',
    // Packages the ranking cannot place are said, never dropped in silence.
    notRanked: (parts: string[]) => `Tidak dihitung dalam nilai per penyedia: ${parts.join(' dan ')}.`,
    noContractor: (n: string) => `${n} paket tanpa nama penyedia`,
    noValue: (n: string) => `${n} paket tanpa nilai kontrak`,
  },
  // Same arguments as `id`; the types come from there.
  en: {
    topContractors: (n, share, top, total, contractors) =>
      `${n === '1' ? 'The largest contractor holds' : `The ${n} largest contractors hold`} ${share} of the total contract value (${top} of ${total}; ${contractors} contractors).`,
    topContractorsNone: () => 'No contractor with a contract value matches this filter.',
    notRanked: (parts) => `Not counted in any contractor's value: ${parts.join(' and ')}.`,
    noContractor: (n) => `${n} ${n === '1' ? 'package' : 'packages'} without a contractor name`,
    noValue: (n) => `${n} ${n === '1' ? 'package' : 'packages'} without a contract value`,
  },
});
