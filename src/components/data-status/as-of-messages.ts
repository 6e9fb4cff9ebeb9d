import { defineMessages } from '../../lib/i18n/messages';

/** What a package without publishedDate is dated by (AsOfNotice). */
export const asOfMessages = defineMessages({
  id: {
    latestRecord: (date: string) =>
      `Paket ini tidak mencantumkan tanggal terbit. Tanggal “Data per” (${date}) diambil dari catatan terbaru di dalamnya: laporan kemajuan atau pembaruan proyek.`,
    readDate: (date: string) =>
      `Paket ini tidak memuat tanggal terbit maupun tanggal laporan. Rencana dan kemajuan dihitung per hari paket dibuka (${date}); itu bukan tanggal data.`,
  },
  en: {
    latestRecord: (date: string) =>
      `This package states no publication date. The “as of” date (${date}) is its latest record: a progress report or a project update.`,
    readDate: (date: string) =>
      `This package carries no publication date and no dated report. Plan and progress are computed for the day it was opened (${date}); that is not the data's date.`,
  },
});
