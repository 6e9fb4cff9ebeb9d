import { deriveBidang, deriveCategory } from '../project/category';
import type { ProjectRecord } from '../export/oc4ids-project';
import type { RowValues } from './read-row';
import { parseMethod } from './vocabulary';

export interface BuildOptions {
  /** ISO date the data is valid for: progress without its own date is dated to it. */
  asOf: string;
  /** Prefix of generated ids for rows without a package code. */
  idPrefix: string;
}

/** "oc4ids-impor-00012" for row 12: stable as long as the rows keep their order. */
const generatedId = (prefix: string, rowNumber: number) => `${prefix}-${String(rowNumber).padStart(5, '0')}`;

/**
 * One checked row to the record the OC4IDS writer takes. Nothing is invented: a value that is not
 * in the row is not in the project. Kategori and bidang, when not given, are derived the same way
 * the dashboard derives them for any publisher (keywords in the title; CONTRACT.md).
 */
export function buildRecord(row: RowValues, rowNumber: number, options: BuildOptions): ProjectRecord {
  const id = row.id ?? generatedId(options.idPrefix, rowNumber);
  const title = row.title ?? id;
  const category = row.category ?? deriveCategory({ id, title });
  const progressDate = row.progressDate ?? options.asOf;
  const volume =
    row.volume !== undefined || row.lengthM !== undefined || row.widthM !== undefined
      ? { lengthM: row.lengthM, widthM: row.widthM, description: row.volume }
      : undefined;
  const financial =
    row.financialPercent !== undefined || row.financialAmount !== undefined
      ? [{ date: progressDate, percent: row.financialPercent, amount: row.financialAmount }]
      : [];
  return {
    id,
    title,
    description: row.description,
    category,
    bidang: row.bidang ?? deriveBidang({ id, title }, category),
    status: row.status ?? 'tidak-diketahui',
    kecamatan: row.kecamatan,
    desa: row.desa,
    locationName: row.location,
    geometry: row.point ? { type: 'Point', coordinates: row.point } : undefined,
    volume,
    pagu: row.pagu,
    hps: row.hps,
    contractValue: row.contractValue,
    fundingSources: (row.fundingSource ?? []).map((name) => ({ name })),
    procurementMethod: row.method,
    procurementCode: row.method === undefined ? undefined : parseMethod(row.method).method,
    tenderers: row.tenderers,
    contractor: row.contractor,
    supervisor: row.supervisor,
    contractNumber: row.contractNumber,
    contractStart: row.startDate,
    contractEnd: row.endDate,
    plannedProgress:
      row.plannedPhysical === undefined ? [] : [{ date: progressDate, value: row.plannedPhysical }],
    actualProgress:
      row.actualPhysical === undefined ? [] : [{ date: progressDate, value: row.actualPhysical }],
    financialProgress: financial,
    documents: [],
    modifications: valueAddendum(row),
    updated: options.asOf,
  };
}

/**
 * "Nilai addendum" is the contract value after the addendum (OC4IDS newContractValue), dated by
 * "Tanggal addendum"; the signed value stays the contract value, as OC4IDS wants.
 */
function valueAddendum(row: RowValues): ProjectRecord['modifications'] {
  if (row.addendumValue === undefined) return [];
  return [
    {
      id: 'addendum-1',
      type: 'value',
      date: row.addendumDate,
      oldValue: row.contractValue,
      newValue: row.addendumValue,
    },
  ];
}
