import type { Bidang, Category, ProjectStatus } from '../project/types';
import { normalizeText } from '../text/normalize';
import { cellText, fail, ok, type Cell, type CellResult } from './cell';

/**
 * The words spreadsheets use for kategori, bidang, status, sumber dana and metode pemilihan. Keys are
 * folded (lower case, letters and digits only), so "Tanggul/TPT", "tanggul - tpt" and "TANGGUL TPT"
 * are one value. The app's own labels (what the CSV export writes) are included, so exports re-import.
 */
export const fold = (text: string): string => normalizeText(text).replace(/[^a-z0-9]/g, '');

const table = <T extends string>(entries: [T, string[]][]): Map<string, T> =>
  new Map(entries.flatMap(([value, words]) => [value, ...words].map((w) => [fold(w), value] as const)));

const CATEGORY_WORDS = table<Category>([
  ['jalan', ['Jalan', 'Road', 'Jalan dan trotoar', 'Peningkatan jalan', 'Rekonstruksi jalan']],
  ['jembatan', ['Jembatan', 'Bridge']],
  ['drainase', ['Drainase', 'Saluran', 'Drainage']],
  ['normalisasi', ['Normalisasi', 'Normalisasi sungai/saluran', 'Normalisasi sungai', 'Pengerukan']],
  ['tanggul', ['Tanggul', 'TPT', 'Tanggul/TPT', 'Tanggul-TPT', 'Turap', 'Talud']],
  ['perencanaan', ['Perencanaan', 'DED', 'Konsultansi', 'Pengawasan', 'Planning']],
  ['lainnya', ['Lainnya', 'Lain-lain', 'Other']],
]);

const BIDANG_WORDS = table<Bidang>([
  ['sda', ['SDA', 'PSDA', 'Sumber Daya Air']],
  ['bm-peningkatan', ['Bina Marga: peningkatan jalan', 'Peningkatan jalan', 'BM peningkatan']],
  ['bm-pemeliharaan', ['Bina Marga: pemeliharaan jalan', 'Pemeliharaan jalan', 'BM pemeliharaan']],
  ['jembatan', ['Jembatan']],
  ['lainnya', ['Perencanaan & lainnya', 'Lainnya']],
]);

const STATUS_WORDS = table<ProjectStatus>([
  ['persiapan', ['Persiapan', 'Persiapan/pemilihan', 'Perencanaan', 'Proses pemilihan', 'Pemilihan', 'Lelang', 'Proses lelang', 'Tender berlangsung', 'Belum kontrak']],
  ['gagal-tender', ['Gagal tender', 'Tender gagal', 'Gagal lelang', 'Gagal']],
  ['pelaksanaan', ['Pelaksanaan', 'Dalam pelaksanaan', 'Berjalan', 'Sedang berjalan', 'Kontrak sedang berjalan', 'Konstruksi', 'Dikerjakan']],
  ['selesai', ['Selesai', 'PHO', 'FHO', 'Serah terima', 'Selesai 100%', 'Completed']],
  ['putus-kontrak', ['Putus kontrak', 'Pemutusan kontrak', 'Diputus']],
  ['dibatalkan', ['Dibatalkan', 'Batal', 'Cancelled']],
  ['tidak-diketahui', ['Status tidak diketahui', 'Tidak diketahui']],
]); // prettier-ignore

function lookup<T extends string>(
  words: Map<string, T>,
  cell: Cell,
  code: 'unknown-category' | 'unknown-bidang' | 'unknown-status',
): CellResult<T> {
  const value = words.get(fold(cellText(cell)));
  return value ? ok(value) : fail(code, cellText(cell).slice(0, 40));
}

export const parseCategory = (cell: Cell) => lookup(CATEGORY_WORDS, cell, 'unknown-category');
export const parseBidang = (cell: Cell) => lookup(BIDANG_WORDS, cell, 'unknown-bidang');

export function parseStatus(cell: Cell): CellResult<ProjectStatus> {
  // "Terlambat" is computed by the app from the dates and progress; as a status it would hide
  // whether the work is still going on or finished late, so the publisher must say which.
  if (/^terlambat/.test(fold(cellText(cell)))) return fail('status-terlambat');
  return lookup(STATUS_WORDS, cell, 'unknown-status');
}

const FUNDING: [RegExp, string][] = [
  [/^apbdp|^apbdperubahan|^perubahanapbd/, 'APBD-P'],
  [/^apbd(kab|kabupaten)?(bekasi)?(\d{4})?$/, 'APBD'],
  [/^dak/, 'DAK'],
  [/^(banprov|bankeu|bantuankeuangan|apbdprov)/, 'Banprov'],
  [/^apbn/, 'APBN'],
];

/**
 * Sumber dana: one or more sources ("APBD", "APBD 2023", "APBD + APBD-P"). Known names are written the
 * way CONTRACT.md lists them; other names (CSR, Baznas) are kept as written.
 */
export function parseFundingSources(text: string): string[] {
  return text
    .split(/\s*(?:\+|\/|;|,|\bdan\b|&)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => FUNDING.find(([pattern]) => pattern.test(fold(part)))?.[1] ?? part);
}

const METHODS: [RegExp, string, 'open' | 'selective' | 'limited' | 'direct'][] = [
  [/^(epurchasing|ekatalog|katalog)/, 'E-Purchasing', 'limited'],
  [/^(pengadaanlangsung|pl)$/, 'Pengadaan Langsung', 'direct'],
  [/^penunjukanlangsung/, 'Penunjukan Langsung', 'direct'],
  [/^swakelola/, 'Swakelola', 'direct'],
  [/^seleksi/, 'Seleksi', 'selective'],
  [/^(tender|lelang)/, 'Tender', 'open'],
];

/** Metode pemilihan as written on SiRUP/LPSE, with the OCDS method it corresponds to when known. */
export function parseMethod(text: string): {
  details: string;
  method?: 'open' | 'selective' | 'limited' | 'direct';
} {
  const known = METHODS.find(([pattern]) => pattern.test(fold(text)));
  return known ? { details: known[1], method: known[2] } : { details: text };
}
