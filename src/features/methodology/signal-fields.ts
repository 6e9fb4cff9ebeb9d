import type { SignalSlug } from '../../domain/integrity/signals';
import type { Locale } from '../../lib/i18n/locale';

/** One OC4IDS field a rule reads, with what it stands for where the path alone does not say. */
export interface FieldRead {
  path: string;
  note?: Record<Locale, string>;
}

/** The project's main contracting process: the first that states a contract value (map-project.ts). */
const SUMMARY = 'contractingProcesses[].summary';

const field = (path: string, id?: string, en?: string): FieldRead =>
  id && en ? { path, note: { id, en } } : { path };

const contractValue = field(`${SUMMARY}.contractValue`, 'nilai kontrak', 'contract value');
const supplier = field(`${SUMMARY}.suppliers[].name`, 'penyedia', 'contractor');
const physical = field('metrics[id=physicalProgress]', 'progres fisik', 'physical progress');

/** What each rule reads, as src/domain/project/map-project.ts and integrity/assess.ts read it. */
export const SIGNAL_FIELDS: Record<SignalSlug, readonly FieldRead[]> = {
  'satu-penawar': [
    field(`${SUMMARY}.tender.procurementMethod`, 'metode pemilihan', 'procurement method'),
    field(`${SUMMARY}.tender.numberOfTenderers`, 'jumlah penawar', 'number of bidders'),
  ],
  'dekat-hps': [contractValue, field(`${SUMMARY}.tender.costEstimate`, 'HPS', 'HPS, the owner estimate')],
  'jauh-di-bawah-hps': [
    contractValue,
    field(`${SUMMARY}.tender.costEstimate`, 'HPS', 'HPS, the owner estimate'),
  ],
  'nilai-naik': [
    field(`${SUMMARY}.contractValue`, 'nilai kontrak awal', 'signed contract value'),
    field(`${SUMMARY}.finalValue`, 'nilai akhir', 'final value'),
    field(
      `${SUMMARY}.modifications[]`,
      'addendum nilai: newContractValue',
      'value amendments: newContractValue',
    ),
    field('completion.finalValue', 'nilai akhir proyek', "the project's final value"),
  ],
  perpanjangan: [
    field(`${SUMMARY}.contractPeriod.endDate`, 'tanggal akhir kontrak', 'contract end date'),
    field(
      `${SUMMARY}.modifications[]`,
      'addendum waktu: type "duration" atau newContractPeriod.endDate',
      'time extensions: type "duration" or newContractPeriod.endDate',
    ),
    field('completion.endDate', 'tanggal selesai', 'completion date'),
    field(
      'metrics[id=physicalProgress]',
      'tanggal progres fisik mencapai 100 %, bila completion.endDate kosong',
      'the date physical progress reached 100 %, when completion.endDate is empty',
    ),
  ],
  'bayar-mendahului': [
    field(
      'metrics[id=financialProgress]',
      'progres keuangan, laporan terakhir pada atau sebelum tanggal data',
      'financial progress, the last report on or before the data date',
    ),
    field(
      'metrics[id=physicalProgress]',
      'progres fisik, laporan terakhir pada atau sebelum tanggal data',
      'physical progress, the last report on or before the data date',
    ),
  ],
  'penyedia-dominan': [
    supplier,
    field(
      `${SUMMARY}.contractValue`,
      'nilai kontrak semua proyek dalam paket',
      'the contract value of every project in the package',
    ),
  ],
  'nilai-kembar': [contractValue, supplier],
};

/** What the kritis rule reads (domain/progress/kritis.ts, via the kurva S of each project). */
export const KRITIS_FIELDS: readonly FieldRead[] = [
  field('forecasts[id=physicalProgress]', 'rencana (kurva S)', 'plan (S-curve)'),
  physical,
  field(`${SUMMARY}.contractPeriod.endDate`, 'tanggal akhir kontrak', 'contract end date'),
  field(`${SUMMARY}.modifications[]`, 'addendum waktu', 'time extensions'),
];
