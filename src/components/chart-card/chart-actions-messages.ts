import { defineMessages } from '../../lib/i18n/messages';

/** The download row's words: apart from the card's, so an embed loads them only with its menu. */
export const chartActionsMessages = defineMessages({
  id: {
    downloadPng: 'Unduh PNG',
    downloadCsv: 'Unduh CSV',
    imageSize: 'Ukuran gambar',
    sizeStandard: 'Standar',
    sizeInstagram: 'Instagram 1080×1080',
    sizeX: 'X/Twitter 1200×675',
    sizeStory: 'Story 1080×1920',
    pngFailed: 'Gambar tidak dapat dibuat di peramban ini.',
  },
  en: {
    downloadPng: 'Download PNG',
    downloadCsv: 'Download CSV',
    imageSize: 'Image size',
    sizeStandard: 'Standard',
    sizeInstagram: 'Instagram 1080×1080',
    sizeX: 'X/Twitter 1200×675',
    sizeStory: 'Story 1080×1920',
    pngFailed: 'The image could not be made in this browser.',
  },
});
