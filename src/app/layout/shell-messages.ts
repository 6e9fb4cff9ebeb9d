import { defineMessages } from '../../lib/i18n/messages';

export const shellMessages = defineMessages({
  id: {
    skip: 'Langsung ke isi',
    tagline: 'Pantau pembangunan jalan, jembatan dan sumber daya air Kabupaten Bekasi',
    navLabel: 'Menu utama',
    map: 'Peta',
    statistics: 'Statistik',
    presentation: 'Presentasi',
    data: 'Data',
    language: 'Bahasa',
    switchTo: 'English',
    switchLabel: 'Switch to English',
    methodology: 'Metodologi',
    footer:
      'PantauBangun adalah dasbor terbuka. Batas wilayah: cahyadsn/wilayah_boundaries (MIT). Standar data: OC4IDS (Open Contracting Partnership, Apache-2.0). Peta dasar © kontributor OpenStreetMap.',
    errorTitle: 'Halaman ini gagal ditampilkan',
    errorBody: 'Terjadi kesalahan saat menampilkan halaman. Data Anda tidak hilang.',
    reload: 'Muat ulang halaman',
    home: 'Kembali ke peta',
  },
  en: {
    skip: 'Skip to content',
    tagline: 'Track the road, bridge and water works of Kabupaten Bekasi',
    navLabel: 'Main menu',
    map: 'Map',
    statistics: 'Statistics',
    presentation: 'Presentation',
    data: 'Data',
    language: 'Language',
    switchTo: 'Bahasa Indonesia',
    switchLabel: 'Ganti ke Bahasa Indonesia',
    methodology: 'Methodology',
    footer:
      'PantauBangun is an open dashboard. Boundaries: cahyadsn/wilayah_boundaries (MIT). Data standard: OC4IDS (Open Contracting Partnership, Apache-2.0). Base map © OpenStreetMap contributors.',
    errorTitle: 'This page could not be shown',
    errorBody: 'Something went wrong while showing this page. Nothing you entered is lost.',
    reload: 'Reload the page',
    home: 'Back to the map',
  },
});
