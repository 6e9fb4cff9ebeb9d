import { defineMessages } from '../../lib/i18n/messages';

/** Texts of the /data page (about the data, methodology, glossary, downloads). */
export const dataMessages = defineMessages({
  id: {
    title: 'Data terbuka',
    intro:
      'Semua angka di PantauBangun berasal dari satu paket data proyek berformat OC4IDS. Di halaman ini Anda dapat mengunduhnya (sesuai saringan atau seluruhnya), membaca cara setiap angka dihitung, dan mengimpor daftar paket dari spreadsheet.',
    aboutTitle: 'Tentang data',
    source: 'Sumber',
    license: 'Lisensi',
    noLicense: 'Tidak disebutkan dalam paket data',
    projects: 'Jumlah proyek',
    sampleTitle: 'Apa arti "DATA CONTOH"?',
    sampleText:
      'Paket yang menandai dirinya sebagai contoh (x_sample: true) berisi data yang disusun untuk menunjukkan cara kerja PantauBangun: judul dan lokasi pekerjaan meniru yang diberitakan, tetapi nilai, progres, dan nama penyedia (bertanda "fiktif") bukan data resmi Pemkab Bekasi. Setiap tampilan dan setiap unduhan dari paket seperti itu tetap diberi label DATA CONTOH.',
    sampleActive: 'Paket yang sedang ditampilkan adalah DATA CONTOH.',
    sampleInactive: 'Paket yang sedang ditampilkan tidak menandai dirinya sebagai data contoh.',
    downloadsTitle: 'Unduh data',
    filteredTitle: 'Sesuai saringan saat ini',
    allTitle: 'Seluruh data',
    noFilter: 'Tidak ada saringan aktif: unduhan "sesuai saringan" sama dengan seluruh data.',
    changeFilter: 'Ubah saringan di bawah; unduhan mengikuti saringan yang sama dengan peta dan statistik.',
    count: (n: number) => `${n} proyek`,
    oc4ids: 'Paket OC4IDS (JSON)',
    csv: 'Tabel (CSV)',
    xlsx: 'Tabel (XLSX)',
    geojson: 'Peta (GeoJSON)',
    formatsTitle: 'Tentang format unduhan',
    oc4idsNote:
      'OC4IDS 0.9 (Open Contracting for Infrastructure Data Standard): lolos validasi skema resmi dan dapat dimuat kembali ke PantauBangun dengan angka yang sama. Saringan yang dipakai dicatat di kolom x_filter.',
    csvNote:
      "CSV: satu baris per proyek, nama kolom berbahasa Indonesia, UTF-8 dengan BOM. Pemisah kolom titik koma (;) karena Excel dengan pengaturan wilayah Indonesia memakai koma sebagai pemisah desimal. Angka ditulis tanpa pemisah ribuan dengan koma desimal (45,6), tanggal dalam format ISO (2023-12-29). Teks yang diawali =, +, - atau @ diberi tanda petik (') agar tidak dijalankan sebagai rumus. Kolom-kolomnya sama dengan templat impor, sehingga berkas ini dapat diimpor kembali.",
    xlsxNote:
      'XLSX: kolom dan baris yang sama dengan CSV, untuk Excel, LibreOffice atau Google Sheets tanpa langkah impor. Angka disimpan sebagai angka, sehingga tampil dengan pemisah desimal pengaturan wilayah pembaca; teks tetap teks dan tidak pernah dijalankan sebagai rumus. Berkas ini juga dapat diimpor kembali.',
    geojsonNote:
      'GeoJSON: FeatureCollection geometri pekerjaan (titik atau garis, [bujur, lintang]) dengan angka utama sebagai properti, untuk QGIS atau peta web. Proyek tanpa geometri tidak ikut; jumlahnya dicatat di x_tanpa_geometri.',
    withoutGeometry: (n: number) => `${n} proyek tanpa geometri tidak termasuk dalam GeoJSON.`,
    preparing: 'Menyiapkan berkas…',
    aboutSize: (size: string) => `sekitar ${size}`,
    sizesNote:
      'Ukuran berkas adalah perkiraan dari data yang diterbitkan; ukuran XLSX diperkirakan dari ukuran CSV-nya.',
    downloadFailed:
      'Berkas tidak dapat disiapkan: paket data tidak terbaca. Periksa sambungan, lalu coba lagi.',
    importTitle: 'Impor dari spreadsheet',
    importText:
      'Dinas dapat menerbitkan daftar paketnya tanpa pemrogram: isi templat (CSV atau XLSX), periksa di halaman impor, lalu unduh paket OC4IDS untuk diterbitkan. Berkas dibaca di peramban ini saja dan tidak diunggah ke mana pun.',
    importLink: 'Buka halaman impor',
    templateCsv: 'Templat CSV',
    templateXlsx: 'Templat XLSX',
  },
  en: {
    title: 'Open data',
    intro:
      'Every figure in PantauBangun comes from one OC4IDS project package. Here you can download it (filtered or whole), read how each figure is computed, and import a package list from a spreadsheet.',
    aboutTitle: 'About the data',
    source: 'Source',
    license: 'License',
    noLicense: 'Not stated in the data package',
    projects: 'Number of projects',
    sampleTitle: 'What does "DATA CONTOH" mean?',
    sampleText:
      'A package that marks itself as sample data (x_sample: true) was put together to show how PantauBangun works: titles and places follow reported works, but amounts, progress and contractor names (marked "fiktif") are not official data of Kabupaten Bekasi. Every view and every download of such a package stays labelled DATA CONTOH.',
    sampleActive: 'The package shown now is sample data (DATA CONTOH).',
    sampleInactive: 'The package shown now does not mark itself as sample data.',
    downloadsTitle: 'Download the data',
    filteredTitle: 'Current filter',
    allTitle: 'All data',
    noFilter: 'No filter is active: the "current filter" download equals all data.',
    changeFilter: 'Change the filter below; downloads follow the same filter as the map and statistics.',
    count: (n: number) => `${n} ${n === 1 ? 'project' : 'projects'}`,
    oc4ids: 'OC4IDS package (JSON)',
    csv: 'Table (CSV)',
    xlsx: 'Table (XLSX)',
    geojson: 'Map (GeoJSON)',
    formatsTitle: 'About the download formats',
    oc4idsNote:
      'OC4IDS 0.9 (Open Contracting for Infrastructure Data Standard): validates against the official schema and loads back into PantauBangun with the same figures. The filter used is recorded in x_filter.',
    csvNote:
      'CSV: one row per project, Indonesian column names, UTF-8 with BOM. Columns are separated by semicolons (;) because Excel with Indonesian regional settings uses the comma as decimal separator. Numbers have no thousands separators and a decimal comma (45,6); dates are ISO (2023-12-29). Text starting with =, +, - or @ gets a leading apostrophe so it never runs as a formula. The columns match the import template, so the file can be imported again.',
    xlsxNote:
      'XLSX: the same columns and rows as the CSV, for Excel, LibreOffice or Google Sheets without an import step. Numbers are stored as numbers, so they show with the reader’s own decimal separator; text stays text and never runs as a formula. The file can be imported again too.',
    geojsonNote:
      'GeoJSON: a FeatureCollection of the work geometries (points or lines, [longitude, latitude]) with the main figures as properties, for QGIS or web maps. Projects without geometry are left out; their number is in x_tanpa_geometri.',
    withoutGeometry: (n: number) => `${n} projects without geometry are not in the GeoJSON.`,
    preparing: 'Preparing the file…',
    aboutSize: (size: string) => `about ${size}`,
    sizesNote: 'File sizes are estimated from the published data; the XLSX size is estimated from its CSV’s.',
    downloadFailed:
      'The file could not be prepared: the data package could not be read. Check the connection, then try again.',
    importTitle: 'Import from a spreadsheet',
    importText:
      'The Dinas can publish its package list without a programmer: fill in the template (CSV or XLSX), check it on the import page, then download the OC4IDS package to publish. Files are read in this browser only and uploaded nowhere.',
    importLink: 'Open the import page',
    templateCsv: 'CSV template',
    templateXlsx: 'XLSX template',
  },
});
