import type { Locale } from '../../domain/format/number';
import { DataError } from '../../domain/dataset/data-error';
import { ConfigError } from '../../lib/config';
import { HttpError, NetworkError } from '../../api/http';

export interface ErrorDescription {
  title: string;
  detail: string;
}

/** Every way loading can fail, in words a resident understands, with the technical detail after. */
export function describeError(error: unknown, locale: Locale): ErrorDescription {
  const id = locale === 'id';
  if (error instanceof ConfigError)
    return {
      title: id ? 'Konfigurasi situs tidak sah' : 'The site configuration is invalid',
      detail: id
        ? `Berkas config.json bermasalah: ${error.detail}. Hubungi pengelola situs.`
        : `config.json has a problem: ${error.detail}. Please contact the site operator.`,
    };
  if (error instanceof HttpError)
    return {
      title: id ? 'Server data sedang bermasalah' : 'The data server has a problem',
      detail: id
        ? `Server menjawab HTTP ${error.status}. Coba lagi sebentar lagi.`
        : `The server answered HTTP ${error.status}. Please try again shortly.`,
    };
  if (error instanceof NetworkError)
    return {
      title: id ? 'Tidak ada sambungan ke server data' : 'Cannot reach the data server',
      detail: id
        ? 'Periksa koneksi internet Anda, lalu coba lagi.'
        : 'Check your internet connection, then try again.',
    };
  if (error instanceof DataError)
    return error.kind === 'not-json'
      ? {
          title: id ? 'Data yang diterima rusak' : 'The data received is damaged',
          detail: id
            ? `Jawaban server bukan JSON yang sah (${error.detail}).`
            : `The server's answer is not valid JSON (${error.detail}).`,
        }
      : {
          title: id ? 'Data bukan paket OC4IDS yang sah' : 'The data is not a valid OC4IDS package',
          detail: id
            ? `Paket tidak sesuai skema OC4IDS: ${error.detail}`
            : `The package does not match the OC4IDS schema: ${error.detail}`,
        };
  return {
    title: id ? 'Terjadi kesalahan tak terduga' : 'Something unexpected went wrong',
    detail: error instanceof Error ? error.message : String(error),
  };
}
