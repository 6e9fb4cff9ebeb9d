import { defineMessages } from '../../lib/i18n/messages';

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
    source: 'Sumber',
    asOf: 'Data per',
    mapTitleRegency: 'Peta proyek Kabupaten Bekasi',
    mapTitleKecamatan: (name: string) => `Peta proyek Kecamatan ${name}`,
    mapTitleProject: (title: string) => `Lokasi: ${title}`,
    mapSummary: (count: number, drawn: number) =>
      `${count} paket pekerjaan; ${drawn} di antaranya punya lokasi di peta.`,
    mapList: 'Daftar paket (alternatif teks peta)',
    mapLoading: 'Memuat peta…',
    mapLabel: 'Peta lokasi paket pekerjaan',
    more: (count: number) => `dan ${count} paket lainnya`,
    noLocation: 'tanpa lokasi di peta',
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
    source: 'Source',
    asOf: 'Data as of',
    mapTitleRegency: 'Map of projects, Kabupaten Bekasi',
    mapTitleKecamatan: (name: string) => `Map of projects, Kecamatan ${name}`,
    mapTitleProject: (title: string) => `Location: ${title}`,
    mapSummary: (count: number, drawn: number) =>
      `${count} work packages; ${drawn} of them have a location on the map.`,
    mapList: 'List of packages (text alternative to the map)',
    mapLoading: 'Loading map…',
    mapLabel: 'Map of work package locations',
    more: (count: number) => `and ${count} more packages`,
    noLocation: 'no location on the map',
  },
});
