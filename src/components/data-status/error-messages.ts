import { defineMessages } from '../../lib/i18n/messages';

/**
 * A failed load, in words a resident understands, and its retry button. Apart from messages.ts:
 * the embed pages show ErrorState and nothing else of data-status, and their budget is tight.
 */
export const errorMessages = defineMessages({
  id: {
    retry: 'Coba lagi',
    retrying: 'Memuat ulang…',
    configTitle: 'Konfigurasi situs tidak sah',
    configDetail: (detail: string) => `Berkas config.json bermasalah: ${detail}. Hubungi pengelola situs.`,
    httpTitle: 'Server data sedang bermasalah',
    httpDetail: (status: number) => `Server menjawab HTTP ${status}. Coba lagi sebentar lagi.`,
    networkTitle: 'Tidak ada sambungan ke server data',
    networkDetail: 'Periksa koneksi internet Anda, lalu coba lagi.',
    notJsonTitle: 'Data yang diterima rusak',
    notJsonDetail: (detail: string) => `Jawaban server bukan JSON yang sah (${detail}).`,
    schemaTitle: 'Data bukan paket OC4IDS yang sah',
    schemaDetail: (detail: string) => `Paket tidak sesuai skema OC4IDS: ${detail}`,
    unexpectedTitle: 'Terjadi kesalahan tak terduga',
  },
  en: {
    retry: 'Try again',
    retrying: 'Retrying…',
    configTitle: 'The site configuration is invalid',
    configDetail: (detail: string) =>
      `config.json has a problem: ${detail}. Please contact the site operator.`,
    httpTitle: 'The data server has a problem',
    httpDetail: (status: number) => `The server answered HTTP ${status}. Please try again shortly.`,
    networkTitle: 'Cannot reach the data server',
    networkDetail: 'Check your internet connection, then try again.',
    notJsonTitle: 'The data received is damaged',
    notJsonDetail: (detail: string) => `The server's answer is not valid JSON (${detail}).`,
    schemaTitle: 'The data is not a valid OC4IDS package',
    schemaDetail: (detail: string) => `The package does not match the OC4IDS schema: ${detail}`,
    unexpectedTitle: 'Something unexpected went wrong',
  },
});
