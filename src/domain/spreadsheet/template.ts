import { toCsv } from '../export/csv';
import { FIELDS, type FieldKey } from './fields';

/**
 * The import template: every column the import reads, in the order a Dinas sheet usually has them,
 * and two example rows written the way Indonesian spreadsheets write values. "Koordinat" (one cell)
 * is left out: the template uses separate Lintang and Bujur columns.
 *
 * The columns an integrity reading needs (all optional):
 * - "Metode pemilihan": Tender, Seleksi, E-Purchasing, Pengadaan Langsung, Penunjukan Langsung or
 *   Swakelola (SiRUP/LPSE spellings such as "e-Katalog" or "Lelang" are read too). It gives OC4IDS
 *   `tender.procurementMethodDetails` and the `tender.procurementMethod` code (open, selective,
 *   limited, direct).
 * - "Jumlah penawar": how many firms submitted a bid (`tender.numberOfTenderers`), a whole number
 *   from 0. Not LPSE's "Jumlah Peserta", which counts the firms that registered.
 * - "HPS (Rp)": the owner estimate (`tender.costEstimate`).
 * - "Nilai addendum (Rp)": the contract value after the last value addendum (CCO), not the amount
 *   added or removed; with "Tanggal addendum" it becomes a `modifications[]` entry of type "value"
 *   (`newContractValue`, `date`). "Nilai kontrak (Rp)" stays the signed value.
 */
export const TEMPLATE_FIELDS: readonly FieldKey[] = FIELDS.map((f) => f.key).filter(
  (k) => k !== 'coordinates',
);

export const TEMPLATE_HEADERS = TEMPLATE_FIELDS.map((key) => FIELDS.find((f) => f.key === key)!.header);

const EXAMPLES: Partial<Record<FieldKey, string>>[] = [
  {
    id: 'CONTOH-2023-001',
    title: 'Rekonstruksi Jalan Contoh Ruas Sukamaju - Sukajadi (CONTOH)',
    category: 'Jalan',
    bidang: 'Bina Marga: peningkatan jalan',
    status: 'Pelaksanaan',
    kecamatan: 'Karangbahagia',
    location: 'Jalan Contoh Sukamaju',
    lat: '-6,2201',
    lng: '107,2103',
    volume: '1.650 m x 7 m (beton)',
    lengthM: '1650',
    widthM: '7',
    pagu: 'Rp 10.450.000.000,00',
    hps: 'Rp 10.397.750.000,00',
    contractValue: 'Rp 9.617.919.000,00',
    fundingSource: 'APBD',
    method: 'Tender',
    tenderers: '7',
    contractor: 'CV Contoh Karya (fiktif)',
    supervisor: 'PT Contoh Pengawas (fiktif)',
    contractNumber: 'PG.02.02/101/SPMK/PJL-DSDABMBK/2023',
    startDate: '22/05/2023',
    endDate: '18 Oktober 2023',
    progressDate: '29/09/2023',
    plannedPhysical: '85,5',
    actualPhysical: '78,25',
    financialPercent: '60',
    financialAmount: '',
    description: 'Baris contoh: hapus sebelum mengisi data sebenarnya.',
  },
  {
    id: 'CONTOH-2023-002',
    title: 'Normalisasi Saluran Contoh Kedung Waringin (CONTOH)',
    category: 'Normalisasi',
    bidang: 'SDA',
    status: 'Selesai',
    kecamatan: 'Kedung Waringin',
    location: 'Saluran Contoh',
    lat: '-6,2502',
    lng: '107,2401',
    volume: '2 km',
    lengthM: '2000',
    widthM: '',
    pagu: '1,2 M',
    hps: '1.190.000.000',
    contractValue: '1.150.000.000',
    fundingSource: 'APBD + APBD-P',
    method: 'E-Purchasing',
    tenderers: '1',
    contractor: 'PT Contoh Tirta (fiktif)',
    supervisor: '',
    contractNumber: 'PG.02.02/187.58/SPMK/PSDA/DSDABMBK/2023',
    startDate: '2-Feb-23',
    endDate: '02/06/2023',
    addendumValue: 'Rp 1.190.000.000',
    addendumDate: '15/05/2023',
    progressDate: '29/12/2023',
    plannedPhysical: '100',
    actualPhysical: '100',
    financialPercent: '100',
    financialAmount: 'Rp 1.190.000.000',
    description: 'Baris contoh: hapus sebelum mengisi data sebenarnya.',
  },
];

export const TEMPLATE_ROWS: string[][] = EXAMPLES.map((row) => TEMPLATE_FIELDS.map((key) => row[key] ?? ''));

/** The CSV template, in the same dialect as the CSV export (";" separator, UTF-8 with BOM). */
export const templateCsv = (): string => toCsv(TEMPLATE_HEADERS, TEMPLATE_ROWS);
