import { formatNumber, type Locale } from '../format/number';
import type { Problem, ProblemCode } from './problems';

/** Plain words for every problem: what is wrong and how to write it instead. */
const TEXT: Record<Locale, Record<ProblemCode, (p: Problem) => string>> = {
  id: {
    'not-a-number': () => 'bukan angka yang dapat dibaca. Tulis misalnya 1.234.567.890, Rp 1.234.567.890,00 atau 1,2 M.',
    negative: () => 'bernilai negatif; nilai ini tidak boleh kurang dari nol.',
    'too-large': () => 'terlalu besar (lebih dari Rp 100 triliun atau di luar batas wajar); periksa jumlah digitnya.',
    'not-a-percent': () => 'harus persen antara 0 dan 100 (tulis 45,6 untuk 45,6 %).',
    'not-a-count': () => 'harus bilangan bulat 0 atau lebih, misalnya 3 (jumlah perusahaan yang memasukkan penawaran).',
    'too-many-tenderers': (p) => `lebih dari ${formatNumber(Number(p.detail), 'id')} penawar; periksa angkanya. Isi jumlah penawaran yang masuk, bukan jumlah peserta yang mendaftar.`,
    'not-positive': () => 'harus lebih dari nol; kosongkan sel bila tidak ada addendum nilai.',
    'not-a-date': () => 'bukan tanggal yang dapat dibaca. Tulis misalnya 02/02/2023, 2 Februari 2023 atau 2023-02-02.',
    'impossible-date': () => 'tanggal tidak ada di kalender (hari/bulan/tahun; hari ditulis lebih dulu).',
    'date-out-of-range': () => 'tahunnya di luar 2000–2100; periksa penulisan tahun.',
    'not-a-coordinate': () => 'bukan koordinat yang dapat dibaca. Tulis lintang dan bujur desimal, misalnya -6,27 dan 107,155.',
    'coordinates-swapped': () => 'lintang dan bujur tampak tertukar (lintang Bekasi sekitar -6, bujur sekitar 107). Perbaiki urutannya.',
    'outside-bekasi': () => 'titik berada di luar Kabupaten Bekasi.',
    formula: () => 'diawali =, +, - atau @ sehingga dibaca sebagai rumus spreadsheet. Tulis sebagai teks biasa.',
    html: () => 'berisi kode HTML. Tulis sebagai teks biasa.',
    'control-characters': () => 'berisi karakter kontrol yang tidak terlihat. Ketik ulang isinya.',
    'too-long': (p) => `terlalu panjang (lebih dari ${p.detail ?? ''} karakter).`,
    'unknown-kecamatan': () => 'bukan nama kecamatan di Kabupaten Bekasi.',
    'unknown-category': () => 'kategori tidak dikenal. Pakai: Jalan, Jembatan, Drainase, Normalisasi, Tanggul/TPT, Perencanaan atau Lainnya.',
    'unknown-bidang': () => 'bidang tidak dikenal. Pakai: SDA, Bina Marga: peningkatan jalan, Bina Marga: pemeliharaan jalan, Jembatan atau Lainnya.',
    'unknown-status': () => 'status tidak dikenal. Pakai: Persiapan, Gagal tender, Pelaksanaan, Selesai, Putus kontrak atau Dibatalkan.',
    'status-terlambat': () => '"Terlambat" dihitung aplikasi dari tanggal dan progres. Isi status Pelaksanaan atau Selesai.',
    'unexpected-type': () => 'jenis isinya tidak sesuai kolom ini.',
    required: () => 'wajib diisi.',
    'duplicate-id': (p) => `kode paket sama dengan baris ${p.detail ?? ''}; setiap paket harus punya kode sendiri.`,
    'end-before-start': () => 'tanggal selesai lebih awal dari tanggal mulai.',
    'half-coordinate': () => 'hanya lintang atau hanya bujur yang terisi; isi keduanya atau kosongkan keduanya.',
    'failed-tender-with-contract': () => 'status Gagal tender, tetapi nilai kontrak atau penyedia terisi.',
    'desa-not-found': () => 'tidak ditemukan di daftar desa Kemendagri untuk kecamatan ini; nama disimpan apa adanya tanpa kode wilayah.',
    'contract-above-hps': () => 'nilai kontrak melebihi HPS (tidak diperbolehkan); periksa kembali.',
    'hps-above-pagu': () => 'HPS melebihi pagu; periksa kembali.',
    'no-tenderer-with-contract': () => 'jumlah penawar 0, tetapi nilai kontrak atau penyedia terisi; periksa kembali.',
    'addendum-date-without-value': () => 'tanggal addendum terisi tanpa nilai addendum. Kolom ini untuk addendum nilai: isi "Nilai addendum (Rp)" atau kosongkan tanggalnya.',
    'addendum-before-start': () => 'tanggal addendum lebih awal dari tanggal mulai kontrak.',
    'addendum-looks-like-difference': () => 'kurang dari separuh nilai kontrak. Kolom ini berisi nilai kontrak sesudah addendum, bukan selisih tambah/kurangnya; periksa kembali.',
    'addendum-above-pagu': () => 'nilai kontrak sesudah addendum melebihi pagu; periksa kembali.',
  },
  en: {
    'not-a-number': () => 'is not a readable number. Write e.g. 1.234.567.890, Rp 1.234.567.890,00 or 1,2 M.',
    negative: () => 'is negative; this value cannot be below zero.',
    'too-large': () => 'is too large (over Rp 100 trillion or out of range); check the digits.',
    'not-a-percent': () => 'must be a percentage between 0 and 100 (write 45,6 for 45.6 %).',
    'not-a-count': () => 'must be a whole number from 0, e.g. 3 (the number of firms that submitted a bid).',
    'too-many-tenderers': (p) => `is more than ${formatNumber(Number(p.detail), 'en')} bidders; check the figure. Write the bids received, not the firms that registered.`,
    'not-positive': () => 'must be above zero; leave the cell empty when there is no value addendum.',
    'not-a-date': () => 'is not a readable date. Write e.g. 02/02/2023, 2 Februari 2023 or 2023-02-02.',
    'impossible-date': () => 'is not a calendar date (day/month/year; the day comes first).',
    'date-out-of-range': () => 'has a year outside 2000–2100; check the year.',
    'not-a-coordinate': () => 'is not a readable coordinate. Write decimal latitude and longitude, e.g. -6,27 and 107,155.',
    'coordinates-swapped': () => 'looks like latitude and longitude are swapped (Bekasi is near latitude -6, longitude 107).',
    'outside-bekasi': () => 'is outside Kabupaten Bekasi.',
    formula: () => 'starts with =, +, - or @ and would run as a spreadsheet formula. Write plain text.',
    html: () => 'contains HTML code. Write plain text.',
    'control-characters': () => 'contains invisible control characters. Retype it.',
    'too-long': (p) => `is too long (over ${p.detail ?? ''} characters).`,
    'unknown-kecamatan': () => 'is not a kecamatan of Kabupaten Bekasi.',
    'unknown-category': () => 'is not a known category. Use: Jalan, Jembatan, Drainase, Normalisasi, Tanggul/TPT, Perencanaan or Lainnya.',
    'unknown-bidang': () => 'is not a known division. Use: SDA, Bina Marga: peningkatan jalan, Bina Marga: pemeliharaan jalan, Jembatan or Lainnya.',
    'unknown-status': () => 'is not a known status. Use: Persiapan, Gagal tender, Pelaksanaan, Selesai, Putus kontrak or Dibatalkan.',
    'status-terlambat': () => '"Terlambat" (late) is computed by the app from dates and progress. Write Pelaksanaan or Selesai.',
    'unexpected-type': () => 'has the wrong kind of content for this column.',
    required: () => 'is required.',
    'duplicate-id': (p) => `repeats the package code of row ${p.detail ?? ''}; every package needs its own code.`,
    'end-before-start': () => 'is earlier than the start date.',
    'half-coordinate': () => 'has only latitude or only longitude; fill in both or neither.',
    'failed-tender-with-contract': () => 'says failed tender, but a contract value or contractor is filled in.',
    'desa-not-found': () => 'is not in the Kemendagri list for this kecamatan; the name is kept as written, without a region code.',
    'contract-above-hps': () => 'the contract value exceeds the HPS (not allowed); please check.',
    'hps-above-pagu': () => 'the HPS exceeds the budget ceiling; please check.',
    'no-tenderer-with-contract': () => 'says 0 bidders, but a contract value or contractor is filled in; please check.',
    'addendum-date-without-value': () => 'has an addendum date but no addendum value. This column is for value addenda: fill in "Nilai addendum (Rp)" or clear the date.',
    'addendum-before-start': () => 'the addendum date is earlier than the contract start date.',
    'addendum-looks-like-difference': () => 'is less than half the contract value. This column holds the contract value after the addendum, not the amount added or removed; please check.',
    'addendum-above-pagu': () => 'the contract value after the addendum exceeds the budget ceiling; please check.',
  },
}; // prettier-ignore

/** The words that say where the problem is. */
const WHERE: Record<Locale, { row: string; column: string }> = {
  id: { row: 'Baris', column: 'kolom' },
  en: { row: 'Row', column: 'column' },
};

/** "Baris 5, kolom F (Pagu (Rp)): "1,2,3" bukan angka yang dapat dibaca…" */
export function describeProblem(problem: Problem, locale: Locale): string {
  const words = WHERE[locale];
  const where = [
    `${words.row} ${problem.row}`,
    problem.column ? `${words.column} ${problem.column}${problem.header ? ` (${problem.header})` : ''}` : undefined,
  ]
    .filter(Boolean)
    .join(', '); // prettier-ignore
  const value = problem.value ? ` "${problem.value}"` : '';
  return `${where}:${value} ${TEXT[locale][problem.code](problem)}`;
}
