import { defineMessages } from '../../../lib/i18n/messages';

export const locationMessages = defineMessages({
  id: {
    label: (title: string, kecamatan?: string) =>
      kecamatan ? `Peta lokasi: ${title}, di Kecamatan ${kecamatan}` : `Peta lokasi: ${title}`,
    caption: (kecamatan?: string) =>
      kecamatan ? `Lokasi pekerjaan di Kecamatan ${kecamatan}.` : 'Lokasi pekerjaan.',
    openOnMap: 'Lihat di peta proyek',
    back: 'Kembali',
    allProjects: 'Semua proyek di peta',
    kecamatanProjects: (kecamatan: string) => `Semua proyek di Kecamatan ${kecamatan}`,
  },
  en: {
    label: (title: string, kecamatan?: string) =>
      kecamatan ? `Location map: ${title}, in Kecamatan ${kecamatan}` : `Location map: ${title}`,
    caption: (kecamatan?: string) =>
      kecamatan ? `Where the work is, in Kecamatan ${kecamatan}.` : 'Where the work is.',
    openOnMap: 'See it on the project map',
    back: 'Back',
    allProjects: 'All projects on the map',
    kecamatanProjects: (kecamatan: string) => `All projects in Kecamatan ${kecamatan}`,
  },
});
