/**
 * The 40 grounded SAMPLE rows from the research notes (shared research file "bekasi-2023-sample-rows.csv",
 * columns up to `catatan`). Names, kecamatan, desa, values, dates, methods and statuses are kept as
 * researched; contractor names are the researcher's fictional placeholders. Embedded as a CSV string so
 * the generator does not depend on files outside the repo, and so formatters leave the rows one per line.
 */
import { parseCsvObjects } from './csv';
import { parseYmd, type Day } from './dates';
import type { Bidang, FundSource, Kategori, Method } from './types';

const CSV = `
id,nama_paket,kategori,kecamatan,desa,lat_approx,lon_approx,volume,pagu_rp,hps_rp,nilai_kontrak_rp,sumber_dana,metode_pemilihan,penyedia_placeholder,tgl_mulai_spmk,tgl_selesai_kontrak,durasi_hari_kalender,progres_fisik_31des2023_pct,status,catatan
1,Rekonstruksi Jalan Raya CBL Ruas Pulo Puter - Cibitung (Paket 1),Jalan,Tambun Utara,Karangsatria (perkiraan),-6.222,107.055,1.650 m x 7 m (rigid),10450000000,10397750000,9617919000,APBD 2023,Tender,CV Contoh Alfa Karya (fiktif),2023-05-22,2023-10-18,150,100,Selesai,"3,3 km CBL 2023 dibagi 2 titik; panjang per paket = inferensi (3,3/2)"
2,Rekonstruksi Jalan Raya CBL Ruas Cibitung - Cikarang (Paket 2),Jalan,Cibitung,Sukajaya,-6.24,107.115,1.650 m x 7 m (rigid),10300000000,10248500000,9541354000,APBD 2023,Tender,PT Contoh Bravo Konstruksi (fiktif),2023-06-05,2023-11-01,150,100,Selesai,lihat baris 1
3,Rekonstruksi Jalan Akses Exit Tol Gabus s.d. Kantor Kecamatan Tambun Utara,Jalan,Tambun Utara,Srijaya,-6.196,107.047,2.000 m,15000000000,14940000000,13714920000,APBD 2023,Tender,PT Contoh Charlie Mandiri (fiktif),2023-06-12,2023-12-08,180,96,"Terlambat - addendum 50 hari, denda 1/1000 per hari",Jalan amblas viral; ditangani sementara Mar 2023
4,Rekonstruksi Jalan Inspeksi Kalimalang Ruas Cibitung - Tegal Gede (sisi utara),Jalan,Cikarang Barat,Sukadanau (perkiraan),-6.287,107.108,900 m (2 titik),4500000000,4491000000,4320342000,APBD 2023,Tender,CV Contoh Delta Persada (fiktif),2023-03-27,2023-04-19,24,100,Selesai,"Target H-3 Lebaran 2023; total 1,8 km di 4 titik Rp9 M dibagi 2 paket (inferensi)"
5,Rekonstruksi Jalan Inspeksi Kalimalang Ruas Tegal Gede - Tegal Danas (sisi utara),Jalan,Cikarang Selatan,Pasirsari (perkiraan),-6.292,107.15,900 m (2 titik),4500000000,4491000000,4297887000,APBD 2023,Tender,CV Contoh Echo Utama (fiktif),2023-03-27,2023-04-19,24,100,Selesai,lihat baris 4
6,Pelebaran Jalan Inspeksi Kalimalang Depan Pasar Tegal Danas dan Perbatasan Karawang,Jalan,Cikarang Pusat,Hegarmukti / Pasirtanjung,-6.302,107.2,750 m (150 m + 600 m) + TPT,12500000000,12450000000,11503800000,APBD 2023,Tender,PT Contoh Foxtrot Jaya (fiktif),2023-07-10,2023-11-27,141,92,Perpanjangan waktu (target 27 Nov 2023 terlewati),195 bangli dibongkar; per 15 Jan 2024 masih penyelesaian sambungan/utilitas
7,Pembangunan Jalan Inspeksi Kalimalang Tegal Gede - Universitas Pelita Bangsa (median & lanskap),Jalan,Cikarang Selatan,Cibatu (perkiraan),-6.291,107.16,950 m,7000000000,6979000000,6518386000,APBD 2023,Tender,CV Contoh Golf Karya (fiktif),2023-07-24,2023-11-20,120,100,Selesai,Pagu Rp7 M disebut saat pembahasan anggaran; realisasi belum terkonfirmasi
8,Peningkatan Jalan Kp. Sasak CBL Desa Muara Bakti,Jalan,Babelan,Muara Bakti,-6.128,107.035,2.000 m (cor beton),8400000000,8391600000,8265726000,APBD 2023,E-Purchasing (e-katalog lokal),CV Contoh Hotel Beton (fiktif),2023-05-15,2023-08-12,90,100,Selesai,Dicek Sekda 11-12 Mei 2023; kecelakaan tunggal sering terjadi
9,Peningkatan Jalan Kp. Pangkalan Desa Kedung Pengawas,Jalan,Babelan,Kedung Pengawas,-6.158,107.003,800 m (cor beton),3200000000,3196800000,3155242000,APBD 2023,E-Purchasing (e-katalog lokal),CV Contoh India Mandiri (fiktif),2023-05-15,2023-07-13,60,100,Selesai,
10,Peningkatan Jalan Kp. Pulo Asem,Jalan,Babelan,(perlu verifikasi),-6.14,107.015,1.200 m (cor beton),4800000000,4795200000,4718477000,APBD 2023,E-Purchasing (e-katalog lokal),CV Contoh Juliet Karya (fiktif),2023-05-22,2023-08-04,75,100,Selesai,
11,Rekonstruksi Jalan Jambir arah Jejalen Jaya,Jalan,Tambun Utara,Jejalen Jaya,-6.205,107.03,1.500 m,6000000000,5976000000,5551704000,APBD 2023,Tender,CV Contoh Kilo Persada (fiktif),2023-07-03,2023-10-30,120,100,Selesai,Disebut Camat sebagai rencana 2023
12,Peningkatan Jalan Raya Warung Bongkok,Jalan,Cikarang Barat,Sukadanau (perkiraan),-6.27,107.1,1.100 m,5200000000,5179200000,4873627000,APBD 2023,Tender,CV Contoh Lima Utama (fiktif),2023-06-26,2023-10-23,120,100,Selesai,Prioritas berdasar aduan SP4N-LAPOR!/medsos
13,Pembangunan Jalan Prapatan CBL - Perumahan Grama Puri,Jalan,Cibitung,Sukajaya,-6.238,107.108,600 m,2450000000,2447550000,2413284000,APBD 2023,E-Purchasing (e-katalog lokal),CV Contoh Mike Beton (fiktif),2023-08-07,2023-10-20,75,100,Selesai,Dilanjutkan 2024 s.d. Kp. Wangkal/batas Karang Asih
14,Peningkatan Jalan Kp. Wangkal Desa Kalijaya,Jalan,Cikarang Barat,Kalijaya,-6.268,107.113,700 m,2800000000,2797200000,2749648000,APBD-P 2023,E-Purchasing (e-katalog lokal),CV Contoh November Jaya (fiktif),2023-10-16,2023-12-14,60,100,Selesai,Viral @cikarang.people 27/4/2023; rusak akibat truk proyek perumahan
15,Peningkatan Jalan Cigutul - Cibenda (bertahap),Jalan,Cibarusah,(perlu verifikasi),-6.42,107.1,1.000 m,4100000000,4083600000,3830417000,APBD 2023,Tender,CV Contoh Oscar Karya (fiktif),2023-06-19,2023-10-16,120,100,Selesai,Dikerjakan setengah badan jalan bergantian; beda tinggi sisi jalan
16,Peningkatan Jalan Desa Ridogalih (beberapa titik),Jalan,Cibarusah,Ridogalih,-6.445,107.06,300 m (beberapa titik),1150000000,1148850000,1135064000,APBD 2023,E-Purchasing (e-katalog lokal),CV Contoh Papa Mandiri (fiktif),2023-05-02,2023-06-30,60,100,Selesai,Selesai sebelum 26/07/2023
17,Peningkatan Jalan Kp. Begedor (Desa Pantai Harapan Jaya - Desa Jayasakti),Jalan,Muaragembong,Pantai Harapan Jaya,-5.995,107.045,1.050 m x 4 m,3150000000,3146850000,3102794000,APBD 2023,E-Purchasing (e-katalog lokal),CV Contoh Quebec Pesisir (fiktif),2023-05-29,2023-08-06,70,100,Selesai,Cor selesai per 7/8/2023
18,Peningkatan Jalan Penghubung Desa Pantai Mekar - Desa Pantai Harapan Jaya,Jalan,Muaragembong,Pantai Mekar,-5.975,107.03,680 m,2050000000,2047950000,2017231000,APBD 2023,E-Purchasing (e-katalog lokal),CV Contoh Romeo Pesisir (fiktif),2023-07-10,2023-10-02,85,100,Selesai,290 m selesai per 7/8/2023 (~43%)
19,Rekonstruksi Jalan Pilar - Sukatani (Tahap I),Jalan,Karang Bahagia,(perlu verifikasi),-6.215,107.175,1.500 m,6300000000,6274800000,5873213000,APBD 2023,Tender,CV Contoh Sierra Karya (fiktif),2023-07-17,2023-11-13,120,100,Selesai,Tahap lanjutan ada di APBD 2024 (Rp5.427.459.960) - menyiratkan tahap sebelumnya
20,Peningkatan Jalan Kp. Selang (Desa Bantarjaya - Desa Bantarsari),Jalan,Pebayuran,Bantarjaya,-6.205,107.3,335 m (beton),1400000000,1398600000,1376222000,APBD 2023,E-Purchasing (e-katalog lokal),CV Contoh Tango Jaya (fiktif),2023-08-14,2023-10-12,60,100,Selesai,Viral ditanami pohon pisang Jun 2022; Pj Bupati berharap dibeton APBD 2023
21,Peningkatan Jalan Sukabungah - Sukamukti,Jalan,Bojongmangu,Sukabungah,-6.445,107.185,1.200 m,4300000000,4282800000,4025832000,APBD 2023,Tender,CV Contoh Uniform Persada (fiktif),2023-07-31,2023-11-27,120,100,Selesai,Perbaikan darurat Nov 2022 jelang MTQ; 2023 = lanjutan (inferensi)
22,Peningkatan Jalan Sukamahi - Pasir Kupang,Jalan,Serang Baru,Nagasari,-6.385,107.095,1.000 m,3900000000,,,APBD 2023,Tender,-,,,,0,Gagal tender - diusulkan ulang TA 2024,Diusulkan Musrenbang sejak 2018
23,Peningkatan Jalan Raya Cabangbungin,Jalan,Cabangbungin,(perlu verifikasi),-6.06,107.115,1.300 m,5000000000,4980000000,4586580000,APBD 2023,Tender,CV Contoh Victor Utama (fiktif),2023-07-03,2023-11-29,150,68,Putus kontrak - sisa pekerjaan dianggarkan 2024,"Keluhan lama: berlubang, kecelakaan, rawan begal"
24,Pemeliharaan Rutin Jalan Kabupaten Wilayah Utara (tambal sulam),Jalan,"Lintas kecamatan (Babelan, Tarumajaya, Sukawangi)",-,-6.12,107.01,± 25.000 m2 tambalan,2500000000,,2500000000,APBD 2023,Swakelola,UPTD/Bidang Pemeliharaan Jalan,2023-02-01,2023-12-27,330,100,Selesai,Komponen 'Pemeliharaan Jalan' Rp105 M
25,Perencanaan Teknis (DED) Peningkatan Jalan Pasir Tangkil - Gaok,Perencanaan,Setu,Muktijaya,-6.37,107.02,"DED 1,2 km",95000000,94905000,85889000,APBD 2023,Pengadaan Langsung (jasa konsultansi),CV Contoh Whiskey Konsultan (fiktif),2023-03-13,2023-05-11,60,100,Selesai,Fisik baru dibangun 2024 setelah ~2 tahun diusulkan
26,Pembangunan Jembatan Kali Busa Desa Satriajaya,Jembatan,Tambun Utara,Satriajaya,-6.23,107.045,bentang 12 m,2200000000,2193400000,2050829000,APBD 2023,Tender,CV Contoh Xray Jembatan (fiktif),2023-06-12,2023-11-08,150,100,Selesai,Lokasi dari daftar jembatan 2021 (Rp2 M); tahun 2023 = fiktif
27,Pembangunan Jembatan Penghubung Kp. Selang - Kp. Bendungan Desa Cipayung,Jembatan,Cikarang Timur,Cipayung,-6.27,107.215,bentang 15 m,2100000000,2093700000,1970172000,APBD 2023,Tender,CV Contoh Yankee Karya (fiktif),2023-06-19,2023-11-15,150,100,Selesai,Lokasi dari daftar 2021; 2023 = fiktif
28,Pembangunan Jembatan Kp. Nambo Desa Nagasari,Jembatan,Serang Baru,Nagasari,-6.38,107.11,bentang 18 m,2900000000,2891300000,2683126000,APBD 2023,Tender,PT Contoh Zulu Konstruksi (fiktif),2023-07-03,2023-11-29,150,100,Selesai,Jembatan ambruk viral (akses anak sekolah)
29,Rehabilitasi Jembatan Balong Asem - Blok Temu,Jembatan,Sukawangi,(perlu verifikasi),-6.085,107.075,bentang 12 m,1250000000,1247500000,1180135000,APBD 2023,Tender,CV Contoh Anggrek Jaya (fiktif),2023-07-24,2023-11-20,120,100,Selesai,Nama dari daftar rehabilitasi 2025; 2023 = fiktif
30,Rehabilitasi Jembatan Ridomanah - Medal Krisna,Jembatan,Bojongmangu,Medalkrisna,-6.46,107.15,bentang 14 m,1400000000,1397200000,1318957000,APBD 2023,Tender,CV Contoh Bougenville Karya (fiktif),2023-07-24,2023-11-20,120,100,Selesai,Nama dari daftar rehabilitasi 2025; 2023 = fiktif
31,Pembangunan Jembatan Kp. Kobak Rotan Desa Karangpatri,Jembatan,Pebayuran,Karangpatri,-6.17,107.29,bentang 10 m,1650000000,1646700000,1562718000,APBD 2023,Tender,CV Contoh Cempaka Mandiri (fiktif),2023-08-07,2023-12-04,120,97,Terlambat - addendum 30 hari,Nama dari daftar 2025; 2023 = fiktif
32,Perencanaan Teknis Lanjutan Jembatan Penghubung Desa Pantai Mekar - Pantai Bakti (Jembatan Kuning),Perencanaan,Muaragembong,Pantai Bakti,-5.985,107.01,DED,450000000,449100000,408681000,APBD 2023,Seleksi (jasa konsultansi),PT Contoh Dahlia Konsultan (fiktif),2023-04-10,2023-07-08,90,100,Selesai,Fisik Rp60-70 M di RKPD 2023 tidak masuk APBD 2023; fisik dikerjakan 13/03/2024-17/12/2024
33,Normalisasi Kali Ulu (Desa Karangraharja - Tanjungsari),Normalisasi,Cikarang Utara,Karangraharja,-6.23,107.16,2.500 m,1150000000,1147700000,1104087000,APBD 2023,Tender,CV Contoh Edelweis Tirta (fiktif),2023-06-05,2023-10-02,120,100,Selesai,Luapan Kali Ulu 24-25 Feb 2023 (30-40 cm)
34,Normalisasi Kali Cikarang Hilir (perbatasan Sukawangi - Cabangbungin),Normalisasi,Sukawangi,Sukakerta (perkiraan),-6.075,107.09,4.000 m,1800000000,1796400000,1715562000,APBD 2023,Tender,CV Contoh Flamboyan Tirta (fiktif),2023-07-03,2023-10-30,120,100,Selesai,Sampah & sedimentasi dikeluhkan petani
35,Normalisasi Saluran Sekunder Pulo Sirih,Normalisasi,Sukakarya,(perlu verifikasi),-6.105,107.16,3.000 m,1250000000,1247500000,1195105000,APBD-P 2023,Tender,CV Contoh Gardenia Tirta (fiktif),2023-10-16,2023-12-29,75,100,Selesai,Nama saluran dari kegiatan 2024 (target 6.000 m); 2023 = fiktif
36,Normalisasi Kali Jute Desa Sukabakti,Normalisasi,Tambelang,Sukabakti,-6.165,107.115,2.000 m,950000000,948100000,910176000,APBD 2023,Tender,CV Contoh Kenanga Tirta (fiktif),2023-06-26,2023-10-23,120,100,Selesai,Banjir 27/2/2023 di Desa Sukabakti (30-50 cm)
37,Normalisasi Kali Sepak (Kp. Gabus),Normalisasi,Tambun Utara,Srimukti,-6.2,107.045,1.800 m,900000000,898200000,863170000,APBD 2023,Tender,CV Contoh Lavender Tirta (fiktif),2023-07-10,2023-11-06,120,100,Selesai,Banjir Kp. Gabus Gedong Desa Srimukti Feb 2023
38,Pembangunan Tanggul/TPT Kali Sadang Desa Wanasari,Tanggul/TPT,Cibitung,Wanasari,-6.25,107.075,120 m,2400000000,2392800000,2246839000,APBD 2023,Tender,CV Contoh Melati Karya (fiktif),2023-07-17,2023-12-13,150,100,Selesai,"Warga keluhkan tanggul jebol, sampah, limbah (Jun 2022)"
39,Perbaikan Tanggul Kali Cilemahabang (Kp. Kaum Lebak),Tanggul/TPT,Cikarang Utara,(Kp. Kaum Lebak - perlu verifikasi desa),-6.262,107.15,200 m,1900000000,1894300000,1788219000,APBD-P 2023,Tender,CV Contoh Nusa Indah Karya (fiktif),2023-10-23,2023-12-21,60,100,Selesai (catatan: tanggul di area ini jebol ±20 m pada 4 Jan 2024),Kejadian jebol 2024 nyata; proyek 2023 = fiktif
40,Pembangunan Drainase Jalan Raya Babelan (ruas Kebalen),Drainase,Babelan,Kebalen (kelurahan),-6.18,107.0,800 m (2 sisi),1600000000,1596800000,1518557000,APBD 2023,Tender,CV Contoh Orchid Karya (fiktif),2023-08-14,2023-12-11,120,100,Selesai,Jalan Raya Babelan/Kebalen langganan rusak & genangan`;

export interface GroundedRow {
  no: number;
  title: string;
  kategori: Kategori;
  bidang: Bidang | null;
  kecamatanName: string;
  desaName: string;
  seed: [number, number]; // approximate [lng, lat] from the research (±1–3 km)
  volumeText: string;
  lengthM: number | null;
  widthM: number | null;
  pagu: number;
  hps: number | null;
  contractValue: number | null;
  source: FundSource;
  method: Method;
  supplier: string | null;
  start: Day | null;
  end: Day | null;
  durationDays: number | null;
  progressAtYearEnd: number;
  statusText: string;
  note: string;
}

const KATEGORI: Record<string, Kategori> = {
  Jalan: 'jalan',
  Jembatan: 'jembatan',
  Normalisasi: 'normalisasi',
  'Tanggul/TPT': 'tanggul',
  Drainase: 'drainase',
  Perencanaan: 'perencanaan',
};

/** "1.650 m x 7 m" → 1650; Indonesian notation uses "." for thousands and "," for decimals. */
const num = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));

function bidangOf(kategori: Kategori, title: string): Bidang | null {
  if (kategori === 'perencanaan') return null; // the ~Rp32 M "planning/other" remainder
  if (kategori === 'jembatan') return 'jembatan';
  if (kategori !== 'jalan') return 'sda';
  // The pre-Lebaran Kalimalang repairs and routine patching are maintenance, not upgrades.
  return /Pemeliharaan|Inspeksi Kalimalang Ruas/.test(title) ? 'bm-pemeliharaan' : 'bm-peningkatan';
}

function methodOf(raw: string): Method {
  if (raw.startsWith('E-Purchasing')) return 'E-Purchasing';
  if (raw.startsWith('Pengadaan Langsung')) return 'Pengadaan Langsung';
  if (raw.startsWith('Seleksi')) return 'Seleksi';
  if (raw.startsWith('Swakelola')) return 'Swakelola';
  return 'Tender';
}

export function groundedRows(): GroundedRow[] {
  return parseCsvObjects(CSV.trim()).map((r) => {
    const get = (k: string): string => (r[k] ?? '').trim();
    const kategori = KATEGORI[get('kategori')];
    if (!kategori) throw new Error(`unknown kategori ${get('kategori')}`);
    const volume = get('volume');
    const len = /([\d.,]+)\s*m(?![\w²2])/.exec(volume);
    const width = /x\s*([\d,]+)\s*m/.exec(volume);
    const optNum = (k: string): number | null => (get(k) === '' ? null : Number(get(k)));
    const optDay = (k: string): Day | null => (/^\d{4}-/.test(get(k)) ? parseYmd(get(k)) : null);
    return {
      no: Number(get('id')),
      title: get('nama_paket'),
      kategori,
      bidang: bidangOf(kategori, get('nama_paket')),
      kecamatanName: get('kecamatan'),
      desaName: get('desa'),
      seed: [Number(get('lon_approx')), Number(get('lat_approx'))],
      volumeText: volume,
      lengthM: len && kategori !== 'perencanaan' ? num(len[1] as string) : null,
      widthM: width ? num(width[1] as string) : null,
      pagu: Number(get('pagu_rp')),
      hps: optNum('hps_rp'),
      contractValue: optNum('nilai_kontrak_rp'),
      source: get('sumber_dana').startsWith('APBD-P') ? 'APBD-P' : 'APBD',
      method: methodOf(get('metode_pemilihan')),
      supplier: /\(fiktif\)/.test(get('penyedia_placeholder')) ? get('penyedia_placeholder') : null,
      start: optDay('tgl_mulai_spmk'),
      end: optDay('tgl_selesai_kontrak'),
      durationDays: optNum('durasi_hari_kalender'),
      progressAtYearEnd: Number(get('progres_fisik_31des2023_pct') || '0'),
      statusText: get('status'),
      note: get('catatan'),
    };
  });
}
