import { defineMessages } from '../../lib/i18n/messages';

/** The list of contractors (/penyedia). Arguments arrive formatted. */
export const contractorsMessages = defineMessages({
  id: {
    title: 'Penyedia',
    intro:
      'Setiap penyedia (kontraktor) dalam data: berapa paketnya, nilai kontraknya, porsinya dari total nilai kontrak, dan berapa paketnya yang terlambat, berindikasi kritis atau bertanda integritas.',
    formLabel: 'Saring penyedia',
    search: 'Cari nama penyedia',
    kecamatan: 'Kecamatan',
    kategori: 'Kategori',
    all: 'Semua',
    reset: 'Hapus saringan',
    penyedia: 'Penyedia',
    paket: 'Paket',
    nilai: 'Nilai kontrak',
    porsi: 'Porsi dari total',
    terlambat: 'Terlambat',
    kritis: 'Indikasi kritis',
    tanda: 'Dengan tanda',
    naik: 'naik',
    turun: 'turun',
    caption: (filters: string, column: string, direction: string) =>
      `Penyedia${filters ? ` — ${filters}` : ''} (urut: ${column}, ${direction})`,
    shown: (shown: string, total: string, packages: string) =>
      `${shown} dari ${total} penyedia, ${packages} paket.`,
    unassigned: (n: string, value: string | undefined) =>
      `${n} paket tanpa penyedia${value ? ` (nilai kontrak ${value})` : ''}: tidak ada di tabel${value ? ', tetapi nilainya masuk total' : ''}.`,
    shareNote: (total: string) =>
      `Porsi = nilai kontrak penyedia ÷ total nilai kontrak semua paket dalam data (${total}). Terlambat, indikasi kritis dan dengan tanda: jumlah paket penyedia itu, dan bagiannya dari paket penyedia itu.`,
    rulesLink: 'Cara menghitung indikasi kritis dan tanda integritas',
    scrollHint: 'Tabel lebih lebar dari layar: geser ke samping untuk melihat semua kolom.',
    none: 'Tidak ada penyedia yang cocok dengan saringan ini.',
    unvalued: (n: string) => `${n} paket tanpa nilai kontrak`,
    ofPackages: (count: string, share: string) => `${count} (${share})`,
    showMore: (n: string) => `Tampilkan ${n} penyedia lagi`,
    noPage: 'nama tanpa huruf Latin: tidak punya halaman sendiri',
    source: (publisher: string, asOfLine: string) => `Sumber data: ${publisher} · ${asOfLine}.`,
    loading: 'Memuat data penyedia…',
  },
  en: {
    title: 'Contractors',
    intro:
      'Every contractor in the data: how many packages it holds, their contract value, its share of the total contract value, and how many of its packages are late, indikasi kritis or carry an integrity signal.',
    formLabel: 'Filter contractors',
    search: 'Search contractor name',
    kecamatan: 'District (kecamatan)',
    kategori: 'Category',
    all: 'All',
    reset: 'Clear filters',
    penyedia: 'Contractor',
    paket: 'Packages',
    nilai: 'Contract value',
    porsi: 'Share of total',
    terlambat: 'Late',
    kritis: 'Indikasi kritis',
    tanda: 'With signals',
    naik: 'ascending',
    turun: 'descending',
    caption: (filters, column, direction) =>
      `Contractors${filters ? ` — ${filters}` : ''} (sorted by ${column}, ${direction})`,
    shown: (shown, total, packages) => `${shown} of ${total} contractors, ${packages} packages.`,
    unassigned: (n, value) =>
      `${n} packages without a contractor${value ? ` (contract value ${value})` : ''}: not in the table${value ? ', but their value is in the total' : ''}.`,
    shareNote: (total) =>
      `Share = the contractor's contract value ÷ the total contract value of every package in the data (${total}). Late, indikasi kritis and with signals: the contractor's packages, and their part of its packages.`,
    rulesLink: 'How indikasi kritis and the integrity signals are computed',
    scrollHint: 'The table is wider than the screen: swipe sideways to see every column.',
    none: 'No contractor matches this filter.',
    unvalued: (n) => `${n} packages without a contract value`,
    ofPackages: (count, share) => `${count} (${share})`,
    showMore: (n) => `Show ${n} more contractors`,
    noPage: 'name without Latin letters: it has no page of its own',
    source: (publisher, asOfLine) => `Data source: ${publisher} · ${asOfLine}.`,
    loading: 'Loading contractor data…',
  },
});
