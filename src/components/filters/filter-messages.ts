import { defineMessages } from '../../lib/i18n/messages';

export const filterMessages = defineMessages({
  id: {
    formLabel: 'Saring proyek',
    search: 'Cari',
    searchHint: 'Judul, nama jalan/sungai, desa atau penyedia',
    kecamatan: 'Kecamatan',
    kategori: 'Kategori',
    status: 'Status',
    sumber: 'Sumber dana',
    tanda: 'Tanda integritas',
    anySignal: (names: string[]) => names.join(' atau '),
    all: 'Semua',
    reset: 'Hapus filter',
    ignored: (names: string) => `Sebagian tautan tidak dikenali dan diabaikan: ${names}.`,
    unknownSource: (slug: string) => `${slug} (tidak ada di data)`,
  },
  en: {
    formLabel: 'Filter projects',
    search: 'Search',
    searchHint: 'Title, road/river name, village or contractor',
    kecamatan: 'District (kecamatan)',
    kategori: 'Category',
    status: 'Status',
    sumber: 'Funding source',
    tanda: 'Integrity signal',
    anySignal: (names: string[]) => names.join(' or '),
    all: 'All',
    reset: 'Clear filters',
    ignored: (names: string) => `Part of the link was not understood and was ignored: ${names}.`,
    unknownSource: (slug: string) => `${slug} (not in the data)`,
  },
});
