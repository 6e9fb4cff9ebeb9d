import { defineMessages } from '../../lib/i18n/messages';

export const chartCardMessages = defineMessages({
  id: {
    sample: 'DATA CONTOH — bukan data resmi',
    table: 'Tabel data',
    empty: 'Tidak ada proyek untuk filter ini, jadi grafik ini kosong.',
    site: 'Situs',
  },
  en: {
    sample: 'SAMPLE DATA (DATA CONTOH) — not official',
    table: 'Data table',
    empty: 'No projects match this filter, so this chart is empty.',
    site: 'Site',
  },
});
