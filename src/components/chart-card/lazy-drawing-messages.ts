import { defineMessages } from '../../lib/i18n/messages';

/** A lazily loaded drawing's box while its code is on its way (not in embeds, which draw at once). */
export const lazyDrawingMessages = defineMessages({
  id: {
    loading: 'Memuat grafik…',
    failed: 'Grafik tidak dapat dimuat. Angkanya ada di tabel data di bawah.',
  },
  en: {
    loading: 'Loading the chart…',
    failed: 'The chart could not be loaded. Its figures are in the data table below.',
  },
});
