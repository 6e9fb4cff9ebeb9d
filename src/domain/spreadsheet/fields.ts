/**
 * The columns the import understands. `header` is what the template and the CSV export write;
 * `aliases` are other names seen in SiRUP/LPSE exports and Dinas spreadsheets. Headers are matched
 * folded (see matchHeader), so case, spaces, underscores and units in brackets do not matter.
 */
export type FieldKind =
  'text' | 'amount' | 'percent' | 'date' | 'decimal' | 'count' | 'coordinate' | 'pair' | 'vocab';

export interface FieldSpec {
  key: FieldKey;
  header: string;
  headerEn: string;
  kind: FieldKind;
  aliases: string[];
  /** A short example for the template and the import help. */
  example?: string;
}

export const FIELD_KEYS = [
  'id', 'title', 'category', 'bidang', 'status', 'kecamatan', 'desa', 'location', 'lat', 'lng',
  'coordinates', 'volume', 'lengthM', 'widthM', 'pagu', 'hps', 'contractValue', 'fundingSource',
  'method', 'tenderers', 'contractor', 'supervisor', 'contractNumber', 'startDate', 'endDate',
  'addendumValue', 'addendumDate', 'progressDate',
  'plannedPhysical', 'actualPhysical', 'financialPercent', 'financialAmount', 'description',
] as const; // prettier-ignore
export type FieldKey = (typeof FIELD_KEYS)[number];

const f = (
  key: FieldKey,
  header: string,
  headerEn: string,
  kind: FieldKind,
  aliases: string[] = [],
): FieldSpec => ({ key, header, headerEn, kind, aliases });

export const FIELDS: readonly FieldSpec[] = [
  f('id', 'Kode paket', 'Package code', 'text', ['id', 'kode', 'kode rup', 'kode tender', 'id proyek', 'id paket', 'kd rup', 'kode sirup']),
  f('title', 'Nama paket', 'Package name', 'text', ['nama', 'nama pekerjaan', 'nama kegiatan', 'pekerjaan', 'nama tender', 'paket', 'judul', 'uraian pekerjaan']),
  f('category', 'Kategori', 'Category', 'vocab', ['jenis', 'jenis pekerjaan', 'kategori pekerjaan']),
  f('bidang', 'Bidang', 'Division', 'vocab', []),
  f('status', 'Status', 'Status', 'vocab', ['status paket', 'status pekerjaan', 'tahap', 'status kontrak']),
  f('kecamatan', 'Kecamatan', 'District', 'vocab', ['kec', 'nama kecamatan']),
  f('desa', 'Desa', 'Village', 'text', ['desa kelurahan', 'desa/kelurahan', 'kelurahan', 'desa kel', 'nama desa']),
  f('location', 'Lokasi', 'Location', 'text', ['lokasi pekerjaan', 'detail lokasi', 'nama ruas', 'ruas', 'ruas jalan', 'nama jalan', 'nama sungai', 'alamat']),
  f('lat', 'Lintang', 'Latitude', 'coordinate', ['lat', 'latitude', 'lat approx', 'garis lintang']),
  f('lng', 'Bujur', 'Longitude', 'coordinate', ['lon', 'long', 'lng', 'longitude', 'lon approx', 'garis bujur']),
  f('coordinates', 'Koordinat', 'Coordinates', 'pair', ['titik koordinat', 'lat long', 'lat lon', 'lat lng', 'latlong']),
  f('volume', 'Volume', 'Volume', 'text', ['volume pekerjaan', 'volume satuan']),
  f('lengthM', 'Panjang (m)', 'Length (m)', 'decimal', ['panjang', 'panjang meter', 'panjang penanganan']),
  f('widthM', 'Lebar (m)', 'Width (m)', 'decimal', ['lebar', 'lebar meter']),
  f('pagu', 'Pagu (Rp)', 'Budget ceiling (Rp)', 'amount', ['nilai pagu', 'total pagu', 'nilai pagu paket', 'pagu anggaran', 'anggaran', 'pagu rp']),
  f('hps', 'HPS (Rp)', 'Owner estimate (Rp)', 'amount', ['nilai hps', 'nilai hps paket', 'harga perkiraan sendiri', 'hps rp']),
  f('contractValue', 'Nilai kontrak (Rp)', 'Contract value (Rp)', 'amount', ['nilai kontrak', 'harga kontrak', 'nilai kontrak rp', 'kontrak']),
  f('fundingSource', 'Sumber dana', 'Funding source', 'text', ['asal dana', 'sumber anggaran', 'sumber pendanaan']),
  f('method', 'Metode pemilihan', 'Procurement method', 'text', ['metode pengadaan', 'metode', 'mtd pemilihan', 'cara pengadaan']),
  // LPSE's "Jumlah Peserta" counts the firms that registered, not the bids: it is deliberately no alias.
  f('tenderers', 'Jumlah penawar', 'Number of tenderers', 'count', ['jml penawar', 'penawar', 'jumlah penawaran', 'jumlah penawaran masuk', 'penawaran masuk', 'jumlah peserta menawar', 'peserta yang menawar', 'number of bidders', 'bidders', 'tenderers', 'number of tenderers']),
  f('contractor', 'Penyedia', 'Contractor', 'text', ['pelaksana', 'kontraktor', 'nama penyedia', 'pemenang', 'nama pemenang', 'penyedia jasa', 'penyedia placeholder']),
  f('supervisor', 'Konsultan pengawas', 'Supervision consultant', 'text', ['pengawas', 'konsultan', 'konsultan supervisi']),
  f('contractNumber', 'Nomor kontrak', 'Contract number', 'text', ['no kontrak', 'no spmk', 'nomor spmk', 'spmk', 'nomor spk', 'no spk', 'nomor kontrak spmk']),
  f('startDate', 'Tanggal mulai', 'Start date', 'date', ['tgl mulai', 'mulai', 'tgl mulai spmk', 'tanggal spmk', 'tgl mulai pekerjaan', 'tanggal mulai kontrak', 'mulai kontrak']),
  f('endDate', 'Tanggal selesai', 'End date', 'date', ['tgl selesai', 'selesai', 'tgl selesai kontrak', 'tgl selesai pekerjaan', 'tanggal akhir', 'tanggal selesai kontrak', 'akhir kontrak']),
  // The contract value after the (last) value addendum, not the amount added: OC4IDS newContractValue.
  f('addendumValue', 'Nilai addendum (Rp)', 'Value after addendum (Rp)', 'amount', ['nilai addendum', 'nilai adendum', 'nilai addendum kontrak', 'nilai kontrak addendum', 'nilai kontrak setelah addendum', 'nilai kontrak sesudah addendum', 'nilai kontrak akhir', 'nilai kontrak terakhir', 'nilai amandemen', 'nilai cco']),
  f('addendumDate', 'Tanggal addendum', 'Addendum date', 'date', ['tgl addendum', 'tanggal adendum', 'tgl adendum', 'tanggal addendum kontrak', 'tanggal amandemen', 'tanggal cco']),
  f('progressDate', 'Tanggal progres', 'Progress date', 'date', ['tanggal laporan', 'per tanggal', 'tanggal data', 'tgl progres', 'tgl laporan']),
  f('plannedPhysical', 'Progres fisik rencana (%)', 'Planned physical progress (%)', 'percent', ['rencana fisik', 'rencana', 'target fisik', 'fisik rencana', 'progres rencana']),
  f('actualPhysical', 'Progres fisik realisasi (%)', 'Actual physical progress (%)', 'percent', ['realisasi fisik', 'progres fisik', 'fisik', 'fisik realisasi', 'progres', 'progres realisasi', 'realisasi']),
  f('financialPercent', 'Progres keuangan (%)', 'Financial progress (%)', 'percent', ['keuangan', 'realisasi keuangan persen', 'progres keuangan persen', 'serapan']),
  f('financialAmount', 'Realisasi keuangan (Rp)', 'Amount paid (Rp)', 'amount', ['realisasi keuangan', 'pembayaran', 'dibayar', 'realisasi keuangan rp']),
  f('description', 'Keterangan', 'Notes', 'text', ['deskripsi', 'catatan', 'uraian', 'catatan masalah']),
]; // prettier-ignore

const FIELD_BY_KEY = new Map(FIELDS.map((field) => [field.key, field]));
export const fieldSpec = (key: FieldKey): FieldSpec => FIELD_BY_KEY.get(key)!;
