/**
 * Name pools for generated packages. Place names are built from the real desa names of each kecamatan
 * (so "Peningkatan Jalan Sukamaju - Sukaraja" sits in Tambelang), plus generic kampung and channel
 * names common in the region. Company names are obviously fictional: "CV Contoh … (fiktif)".
 */
import type { Rng } from './prng';

/** "1.650 m": Indonesian thousands separator, without depending on the runtime's locale data. */
export const fmtM = (m: number): string => `${String(m).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} m`;
export const roundTo = (v: number, step: number): number => Math.round(v / step) * step;

export const KAMPUNG = [
  'Kp. Babakan',
  'Kp. Bojong',
  'Kp. Bulak',
  'Kp. Buaran',
  'Kp. Cabang',
  'Kp. Gebang',
  'Kp. Kandang',
  'Kp. Kaum',
  'Kp. Pulo',
  'Kp. Rawa Kalong',
  'Kp. Sawah',
  'Kp. Tegal',
  'Kp. Tanah Baru',
  'Kp. Cibeber',
  'Kp. Pasirandu',
  'Kp. Rawa Bebek',
  'Kp. Kebon Kelapa',
  'Kp. Pangkalan',
  'Kp. Pulo Timaha',
  'Kp. Jati',
  'Kp. Sasak',
  'Kp. Gardu',
  'Kp. Ceger',
  'Kp. Karet',
  'Kp. Poncol',
  'Kp. Siluman',
  'Kp. Utan',
] as const;

export const KALI = [
  'Kali Cikarang',
  'Kali Cilemahabang',
  'Kali Jambe',
  'Kali Sepak',
  'Kali Blencong',
  'Kali Menir',
  'Kali Sasak Jarang',
  'Kali Bakung',
  'Kali Busa',
  'Kali Ulu',
  'Kali Jute',
  'Kali Sadang',
  'Kali Cangkring',
  'Kali Ciherang',
  'Kali Tanjung Air',
  'Kali Pangkalan',
  'Kali Sukahurip',
  'Kali Kapuk',
  'Kali Baru',
  'Kali Sabah',
  'Kali Butek',
  'Kali Kiwing',
  'Kali Rasmi',
  'Kali Pisang Batu',
] as const;

export const SALURAN = [
  'Saluran Sekunder Bulak Mangga',
  'Saluran Sekunder Sukatani',
  'Saluran Sekunder Pulo Sirih',
  'Saluran BKG',
  'Saluran BSH',
  'Saluran Sekunder Cabang',
  'Saluran Sekunder Rawa Gede',
  'Saluran Tersier Kebon Kopi',
  'Saluran Sekunder Kedung Gede',
  'Saluran Sekunder Pulo Ampel',
] as const;

const WORDS = [
  'Adhi',
  'Bakti',
  'Cakra',
  'Dirgantara',
  'Eka',
  'Fajar',
  'Garuda',
  'Harapan',
  'Indah',
  'Jaya',
  'Karsa',
  'Lestari',
  'Mitra',
  'Nusantara',
  'Optima',
  'Pertiwi',
  'Raharja',
  'Sentosa',
  'Tunas',
  'Utama',
  'Wibawa',
  'Yudha',
  'Zamrud',
  'Bintang',
  'Cemerlang',
  'Delima',
  'Gemilang',
  'Kencana',
  'Mulia',
  'Samudra',
] as const;
const SUFFIX_CV = ['Karya', 'Konstruksi', 'Mandiri', 'Persada', 'Beton', 'Teknik', 'Bangun'] as const;
const SUFFIX_CONSULT = ['Konsultan', 'Rekayasa', 'Engineering', 'Desain', 'Consult'] as const;

/** A contractor: small packages go to CVs, large ones (> Rp10 M, "non kecil") to PTs. */
export function contractorName(rng: Rng, pagu: number): string {
  const form = pagu > 10_000_000_000 || rng.chance(0.15) ? 'PT' : 'CV';
  return `${form} Contoh ${rng.pick(WORDS)} ${rng.pick(SUFFIX_CV)} (fiktif)`;
}

export function consultantName(rng: Rng): string {
  const form = rng.chance(0.4) ? 'PT' : 'CV';
  return `${form} Contoh ${rng.pick(WORDS)} ${rng.pick(SUFFIX_CONSULT)} (fiktif)`;
}

export const PERENCANAAN_TITLES = [
  'Penyusunan DED Pelebaran Jalan Inspeksi Kalimalang',
  'Penyusunan Masterplan Drainase Kabupaten Bekasi',
  'Survei Kondisi Jalan dan Jembatan Kabupaten (IRMS/BMS) Tahun 2023',
  'Studi Kelayakan dan DED Kolam Retensi (Polder)',
  'Perencanaan Teknis (DED) Penanganan Jembatan Cipamingkis',
  'Perencanaan Teknis (DED) Peningkatan Jalan Raya Pilar - Sukatani',
  'Perencanaan Teknis Normalisasi Saluran Sekunder Tahun Anggaran 2024',
  'Perencanaan Teknis (DED) Peningkatan Jalan Kabupaten Tahun Anggaran 2024',
  'Perencanaan Teknis (DED) Pembangunan Jembatan Tahun Anggaran 2024',
  'Pengawasan Teknis Peningkatan Jalan Wilayah Utara',
  'Pengawasan Teknis Pekerjaan Sumber Daya Air',
  'Penyusunan Dokumen Lingkungan (UKL-UPL) Peningkatan Jalan',
  'Pemutakhiran Data Ruas Jalan Kabupaten (SK Ruas)',
  'Perencanaan Teknis Rehabilitasi Tanggul Kali CBL',
  'Perencanaan Teknis (DED) Rumah Pompa dan Pintu Air',
  'Penyusunan Pola Pengelolaan Sumber Daya Air Kabupaten',
] as const;
