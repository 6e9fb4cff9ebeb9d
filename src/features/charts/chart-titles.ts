import { defineMessages } from '../../lib/i18n/messages';

/**
 * The programme charts' titles, apart from their other labels (messages.ts): an embed page needs
 * every title (its not-found page lists the charts) but only its own chart's labels.
 */
export const chartTitleMessages = defineMessages({
  id: {
    titleKecamatan: 'Anggaran per kecamatan',
    titleBidang: 'Anggaran per bidang',
    titleFunding: 'Sumber dana',
    titleStatus: 'Status paket',
    titleKurvaS: 'Kurva S program: rencana dan realisasi',
    titleFisikKeuangan: 'Progres fisik dan progres keuangan per bidang',
    titleDelayed: 'Paket paling tertinggal dari rencana',
    titleTopContractors: 'Penyedia terbesar',
  },
  en: {
    titleKecamatan: 'Budget by kecamatan (district)',
    titleBidang: 'Budget by field (bidang)',
    titleFunding: 'Funding sources',
    titleStatus: 'Package status',
    titleKurvaS: 'Programme S-curve: plan and actual',
    titleFisikKeuangan: 'Physical and financial progress by field',
    titleDelayed: 'Packages furthest behind plan',
    titleTopContractors: 'Largest contractors',
  },
});
