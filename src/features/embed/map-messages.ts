import { defineMessages } from '../../lib/i18n/messages';

/** The words of the map embed (it loads with the map). */
export const mapMessages = defineMessages({
  id: {
    mapTitleRegency: 'Peta proyek Kabupaten Bekasi',
    mapTitleKecamatan: (name: string) => `Peta proyek Kecamatan ${name}`,
    mapTitleProject: (title: string) => `Lokasi: ${title}`,
    mapSummary: (count: number, drawn: number) =>
      `${count} paket pekerjaan; ${drawn} di antaranya punya lokasi di peta.`,
    mapList: 'Daftar paket (alternatif teks peta)',
    mapLoading: 'Memuat peta…',
    mapLabel: 'Peta lokasi paket pekerjaan',
    mapLegend: 'Keterangan warna',
    mapLegendDashed: 'garis putus-putus: indikasi kritis',
    more: (count: number) => `dan ${count} paket lainnya`,
    noLocation: 'tanpa lokasi di peta',
  },
  en: {
    mapTitleRegency: 'Map of projects, Kabupaten Bekasi',
    mapTitleKecamatan: (name: string) => `Map of projects, Kecamatan ${name}`,
    mapTitleProject: (title: string) => `Location: ${title}`,
    mapSummary: (count: number, drawn: number) =>
      `${count} work packages; ${drawn} of them have a location on the map.`,
    mapList: 'List of packages (text alternative to the map)',
    mapLoading: 'Loading map…',
    mapLabel: 'Map of work package locations',
    mapLegend: 'Colour key',
    mapLegendDashed: 'dashed line: critical (indikasi kritis)',
    more: (count: number) => `and ${count} more packages`,
    noLocation: 'no location on the map',
  },
});
