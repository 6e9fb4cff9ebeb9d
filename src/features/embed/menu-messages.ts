import { defineMessages } from '../../lib/i18n/messages';

/** The words of an embed's menu (it loads when first opened). */
export const menuMessages = defineMessages({
  id: {
    download: 'Unduh',
    table: 'Tabel data',
    about: 'Tentang data',
    license: 'Lisensi',
    language: 'English',
    languageLabel: 'Tampilkan dalam bahasa Inggris',
  },
  en: {
    download: 'Download',
    table: 'Data table',
    about: 'About the data',
    license: 'Licence',
    language: 'Bahasa Indonesia',
    languageLabel: 'Show in Bahasa Indonesia',
  },
});
