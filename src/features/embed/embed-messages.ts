import { defineMessages } from '../../lib/i18n/messages';

/** The words every embed shows: its footer, loading line and the not-found explanation. */
export const embedMessages = defineMessages({
  id: {
    brand: 'PantauBangun',
    fullView: 'Lihat selengkapnya di PantauBangun',
    newTab: '(tab baru)',
    notFoundTitle: 'Grafik tidak ditemukan',
    notFoundBody: (chart: string) => `Tidak ada grafik bernama "${chart}" di PantauBangun.`,
    notFoundProject:
      'Proyek untuk grafik ini tidak ditemukan. Periksa parameter "proyek" pada alamat sematan.',
    notFoundLink: 'Buka statistik PantauBangun',
    available: 'Grafik yang tersedia:',
    projectKurvaS: 'Kurva S satu proyek (proyek=…)',
    mapChart: 'Peta kecamatan atau proyek',
    sample: 'DATA CONTOH',
    loading: 'Memuat grafik…',
    menu: 'Menu',
    menuLabel: (title: string) => `Menu grafik: ${title}`,
    menuLoading: 'Memuat menu…',
    menuFailed: 'Menu tidak dapat dimuat.',
  },
  en: {
    brand: 'PantauBangun',
    fullView: 'See more on PantauBangun',
    newTab: '(new tab)',
    notFoundTitle: 'Chart not found',
    notFoundBody: (chart: string) => `PantauBangun has no chart called "${chart}".`,
    notFoundProject:
      'The project for this chart was not found. Check the "proyek" parameter of the embed address.',
    notFoundLink: 'Open PantauBangun statistics',
    available: 'Available charts:',
    projectKurvaS: 'S-curve of one project (proyek=…)',
    mapChart: 'Map of a kecamatan or project',
    sample: 'SAMPLE DATA',
    loading: 'Loading the chart…',
    menu: 'Menu',
    menuLabel: (title: string) => `Chart menu: ${title}`,
    menuLoading: 'Loading the menu…',
    menuFailed: 'The menu could not be loaded.',
  },
});
