import { defineMessages } from '../../lib/i18n/messages';

/** What the data gates say while data loads and about the data they show. Errors: error-messages.ts. */
export const dataStatusMessages = defineMessages({
  id: {
    loading: 'Memuat data proyek…',
    loadingDetail: 'Memuat rincian proyek…',
    detailFailed: 'Rincian proyek tidak dapat dimuat. ',
    staleShown: 'Yang tampil adalah data terakhir yang berhasil dimuat.',
    emptyPackage: 'Paket data ini tidak berisi proyek yang dapat ditampilkan.',
    localTitle: 'Data impor lokal — hanya di peramban ini.',
    localDetail: (fileName: string, count: number) => `${fileName}, ${count} proyek. Belum diterbitkan.`,
    backToPublished: 'Kembali ke data terbit',
    rejectedSummary: (count: number) =>
      `Catatan mutu data: ${count} proyek tidak dapat ditampilkan karena datanya tidak sah.`,
    rejectedUnnamed: (position: number) => `Proyek ke-${position}`,
    rejectedMore: (count: number) => `…dan ${count} lainnya.`,
  },
  en: {
    loading: 'Loading project data…',
    loadingDetail: 'Loading the project details…',
    detailFailed: 'The project details could not be loaded. ',
    staleShown: 'Showing the last data that loaded successfully.',
    emptyPackage: 'This data package has no projects that can be shown.',
    localTitle: 'Locally imported data — in this browser only.',
    localDetail: (fileName: string, count: number) => `${fileName}, ${count} projects. Not published.`,
    backToPublished: 'Back to the published data',
    rejectedSummary: (count: number) =>
      `Data quality note: ${count} projects could not be shown because their data is invalid.`,
    rejectedUnnamed: (position: number) => `Project #${position}`,
    rejectedMore: (count: number) => `…and ${count} more.`,
  },
});
