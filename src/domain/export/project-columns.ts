import { anchorOf } from '../geo/geometry';
import { KRITIS_NOT_ASSESSED_ID, kritisNotAssessed } from '../progress/kritis-not-assessed';
import type { Bidang, Category, ProjectDetail, ProjectStatus } from '../project/types';
import { fieldSpec, type FieldKey } from '../spreadsheet/fields';
import type { CsvValue } from './csv';
import { assessSignals } from '../integrity/assess';
import { SIGNALS, type SignalState } from '../integrity/signals';

/** Labels for coded values; the page passes the Indonesian labels so the CSV reads naturally. */
export interface ExportLabels {
  category: (value: Category) => string;
  bidang: (value: Bidang) => string;
  status: (value: ProjectStatus) => string;
}

export interface ExportColumn {
  header: string;
  value: (project: ProjectDetail, labels: ExportLabels) => CsvValue;
}

/** As the kritis column: never blank, and "cannot be assessed" is not "no". */
const SIGNAL_CELL: Record<SignalState, string> = {
  flagged: 'ya',
  clear: 'tidak',
  unknown: 'tidak dapat dinilai',
};

const anchor = (p: ProjectDetail) => (p.geometry ? anchorOf(p.geometry) : undefined);

/**
 * One row per project. The first columns carry the import's own headers (src/domain/spreadsheet/
 * fields.ts), so an exported CSV can be imported again; the last ones are figures the app computes.
 */
const IMPORTABLE: [FieldKey, (p: ProjectDetail, l: ExportLabels) => CsvValue][] = [
  ['id', (p) => p.id],
  ['title', (p) => p.title],
  ['category', (p, l) => l.category(p.category)],
  ['bidang', (p, l) => l.bidang(p.bidang)],
  ['status', (p, l) => l.status(p.status)],
  ['kecamatan', (p) => p.kecamatan?.name],
  ['desa', (p) => p.desa?.name],
  ['location', (p) => p.locationName],
  ['lat', (p) => anchor(p)?.[1]],
  ['lng', (p) => anchor(p)?.[0]],
  ['volume', (p) => p.volume?.description],
  ['lengthM', (p) => p.volume?.lengthM],
  ['widthM', (p) => p.volume?.widthM],
  ['pagu', (p) => p.pagu],
  ['hps', (p) => p.hps],
  ['contractValue', (p) => p.contractValue],
  ['fundingSource', (p) => p.fundingSources.map((s) => s.name).join(' + ') || undefined],
  ['method', (p) => p.procurementMethod],
  ['contractor', (p) => p.contractor],
  ['supervisor', (p) => p.supervisor],
  ['contractNumber', (p) => p.contractNumber],
  ['startDate', (p) => p.contractStart],
  ['endDate', (p) => p.contractEnd],
  ['progressDate', (p) => p.progress.reportDate],
  ['plannedPhysical', (p) => p.progress.planned],
  ['actualPhysical', (p) => p.progress.actual],
  ['financialPercent', (p) => p.progress.financialPercent],
  ['financialAmount', (p) => p.progress.financialAmount],
  ['description', (p) => p.description],
];

const PROJECT_COLUMNS: readonly ExportColumn[] = [
  ...IMPORTABLE.map(([key, value]) => ({ header: fieldSpec(key).header, value })),
  { header: 'Deviasi (poin)', value: (p) => p.progress.deviation },
  {
    // Never blank: a project the rule cannot judge says so, and why (as the project page does).
    header: 'Indikasi kritis',
    value: (p) => {
      const reason = kritisNotAssessed(p);
      return reason ? `tidak dapat dinilai: ${KRITIS_NOT_ASSESSED_ID[reason]}` : p.progress.kritis!.kritis;
    },
  },
  { header: 'Terlambat', value: (p) => p.progress.late },
  { header: 'Durasi (hari kalender)', value: (p) => p.durationDays },
  // One column per integrity signal, named by its public slug (/metodologi#<slug>).
  ...SIGNALS.map((slug, i): ExportColumn => ({
    header: `Tanda ${slug}`,
    value: (p) => SIGNAL_CELL[assessSignals(p)[i]!.state],
  })),
  { header: 'Jenis geometri', value: (p) => p.geometry?.type },
  { header: 'Diperbarui', value: (p) => p.updated },
];

const keyLabels: ExportLabels = { category: (c) => c, bidang: (b) => b, status: (s) => s };

export function projectRows(projects: readonly ProjectDetail[], labels: ExportLabels = keyLabels) {
  return {
    header: PROJECT_COLUMNS.map((c) => c.header),
    rows: projects.map((p) => PROJECT_COLUMNS.map((c) => c.value(p, labels))),
  };
}
