import { defineMessages } from '../../../lib/i18n/messages';

/** What the deck says about its copy of the data (freshness-line.tsx). */
export const offlineMessages = defineMessages({
  id: {
    readyOffline: 'siap tanpa internet',
    savedCopy: 'LURING: salinan tersimpan',
    fetchedAt: ', diambil ',
  },
  en: {
    readyOffline: 'ready offline',
    savedCopy: 'OFFLINE: saved copy',
    fetchedAt: ', fetched ',
  },
});
