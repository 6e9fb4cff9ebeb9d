import type { Category, ProjectDetail } from '../project/types';
import { clean, statusFields } from './oc4ids-status';

/**
 * What an OC4IDS project is written from: the app's view model without the values the app computes
 * (progress summary, search key, how the region was found). The spreadsheet import builds the same
 * shape, so the published package and the imported one are written by one function.
 */
export type ProjectRecord = Omit<
  ProjectDetail,
  | 'progress'
  | 'roadLength'
  | 'regionSource'
  | 'locationIssue'
  | 'desa'
  | 'durationDays'
  // Computed from the addenda and from the whole package, not recorded.
  | 'durationChanges'
  | 'standing'
> & {
  /** A desa that is not in the Kemendagri list keeps its name only. */
  desa?: { code?: string; name: string };
  durationDays?: number;
};

const SECTORS: Partial<Record<Category, string[]>> = {
  jalan: ['transport', 'transport.road'],
  jembatan: ['transport', 'transport.road'],
  perencanaan: ['transport', 'transport.road'],
  drainase: ['waterAndWaste', 'naturalResources.floodProtection'],
  normalisasi: ['naturalResources', 'naturalResources.floodProtection'],
  tanggul: ['naturalResources', 'naturalResources.floodProtection'],
};

const idr = (amount: number | undefined) => (amount === undefined ? undefined : { amount, currency: 'IDR' });
const dateTime = (day: string | undefined) => (day ? `${day}T00:00:00Z` : undefined);

function observations(points: readonly { date: string; value?: number; amount?: number }[]) {
  return points.map((point, index) => ({
    id: String(index + 1),
    period: { startDate: dateTime(point.date), endDate: dateTime(point.date) },
    measure: point.value,
    value: idr(point.amount),
  }));
}

function contractingProcess(p: ProjectRecord): Record<string, unknown> | undefined {
  const awarded = p.contractValue !== undefined || p.contractor !== undefined;
  const status = statusFields(p.status, awarded);
  const termination = p.documents.find((d) => d.type === 'termination');
  const hasProcess =
    status.needsProcess ||
    awarded ||
    [p.hps, p.procurementMethod, p.contractNumber, p.contractStart, p.contractEnd].some(
      (v) => v !== undefined,
    ) ||
    p.modifications.length > 0;
  if (!hasProcess) return undefined;
  const summary = {
    externalReference: p.contractNumber,
    status: status.process,
    tender: {
      procurementMethod: p.procurementCode ?? methodCode(p.procurementMethod),
      procurementMethodDetails: p.procurementMethod,
      costEstimate: idr(p.hps),
      numberOfTenderers: p.tenderers,
    },
    suppliers: p.contractor ? [{ name: p.contractor }] : undefined,
    contractValue: idr(p.contractValue),
    // Only when the addenda do not already say it: the latest value is read back the same.
    finalValue: p.latestValue === lastValueAddendum(p) ? undefined : idr(p.latestValue),
    contractPeriod: {
      startDate: dateTime(p.contractStart),
      endDate: dateTime(p.contractEnd),
      durationInDays: p.durationDays,
    },
    modifications: p.modifications.map((m) => ({
      id: m.id,
      date: dateTime(m.date),
      type: m.type,
      description: m.description,
      rationale: m.rationale,
      oldContractValue: idr(m.oldValue),
      newContractValue: idr(m.newValue),
      oldContractPeriod: m.oldEndDate ? { endDate: dateTime(m.oldEndDate) } : undefined,
      newContractPeriod: m.newEndDate ? { endDate: dateTime(m.newEndDate) } : undefined,
    })),
    // The status rule reads the termination document from the contracting process.
    documents:
      p.status === 'putus-kontrak'
        ? [
            termination
              ? documentOf(termination)
              : { id: 'pemutusan', documentType: 'termination', title: 'Pemutusan kontrak' },
          ]
        : undefined,
  };
  return { id: `${p.id}-kontrak`, summary };
}

const lastValueAddendum = (p: ProjectRecord) =>
  p.modifications.findLast((m) => m.newValue !== undefined)?.newValue;

/** The actual completion, when the progress reports do not already say it (first report at 100 %). */
const completionOf = (p: ProjectRecord) =>
  p.completedOn && p.completedOn !== p.actualProgress.find((point) => point.value >= 100)?.date
    ? { endDate: dateTime(p.completedOn) }
    : undefined;

const METHOD_CODES: Record<string, string> = {
  tender: 'open',
  seleksi: 'selective',
  'e-purchasing': 'limited',
  'pengadaan langsung': 'direct',
  'penunjukan langsung': 'direct',
  swakelola: 'direct',
};
const methodCode = (details: string | undefined) =>
  details ? METHOD_CODES[details.toLowerCase()] : undefined;

function documentOf(d: ProjectRecord['documents'][number]) {
  return {
    id: d.id,
    documentType: d.type,
    title: d.title,
    url: d.url,
    datePublished: dateTime(d.datePublished),
  };
}

/** One OC4IDS 0.9 project, valid against the official schema, following mocks/data/CONTRACT.md. */
export function toOc4idsProject(p: ProjectRecord): Record<string, unknown> {
  const region = p.desa?.code ?? p.kecamatan?.code;
  const singleSource = p.fundingSources.length === 1;
  const project = {
    id: p.id,
    updated: dateTime(p.updated),
    title: p.title,
    description: p.description,
    ...statusOnly(p),
    sector: SECTORS[p.category],
    additionalClassifications: [
      { scheme: 'x_kategori', id: p.category },
      { scheme: 'x_bidang', id: p.bidang },
    ],
    budget: {
      amount: idr(p.pagu),
      budgetBreakdowns:
        p.fundingSources.length > 0
          ? [
              {
                id: 'sumber-dana',
                description: 'Sumber dana',
                budgetBreakdown: p.fundingSources.map((source, index) => ({
                  id: String(index + 1),
                  description: source.name,
                  amount: idr(source.amount ?? (singleSource ? p.pagu : undefined)),
                })),
              },
            ]
          : undefined,
    },
    locations: [
      {
        id: '1',
        description: p.locationName,
        geometry: p.geometry,
        gazetteer: region ? { scheme: 'ID-KEMENDAGRI', identifiers: [region] } : undefined,
        address:
          p.kecamatan || p.desa
            ? { region: p.kecamatan?.name, locality: p.desa?.name, countryName: 'Indonesia' }
            : undefined,
      },
    ],
    completion: completionOf(p),
    x_volume: p.volume,
    parties: [
      ...(p.contractor ? [{ id: 'penyedia', name: p.contractor, roles: ['supplier'] }] : []),
      ...(p.supervisor ? [{ id: 'pengawas', name: p.supervisor, roles: ['independentMonitor'] }] : []),
    ],
    forecasts:
      p.plannedProgress.length > 0
        ? [{ id: 'physicalProgress', title: 'Rencana progres fisik kumulatif', observations: observations(p.plannedProgress) }]
        : undefined,
    metrics: [
      ...(p.actualProgress.length > 0
        ? [{ id: 'physicalProgress', title: 'Realisasi progres fisik kumulatif', observations: observations(p.actualProgress) }]
        : []),
      ...(p.financialProgress.length > 0
        ? [
            {
              id: 'financialProgress',
              title: 'Realisasi keuangan kumulatif',
              observations: observations(
                p.financialProgress.map((f) => ({ date: f.date, value: f.percent, amount: f.amount })),
              ),
            },
          ]
        : []),
    ],
    documents: p.documents.filter((d) => p.status !== 'putus-kontrak' || d.type !== 'termination').map(documentOf),
    contractingProcesses: [contractingProcess(p)],
  }; // prettier-ignore
  const cleaned = clean(project) as Record<string, unknown> & { locations?: object[] };
  // A location that says nothing but its id is noise.
  if (cleaned.locations?.every((l) => Object.keys(l).length <= 1)) delete cleaned.locations;
  return cleaned;
}

function statusOnly(p: ProjectRecord) {
  const status = statusFields(p.status, p.contractValue !== undefined || p.contractor !== undefined);
  return status.project ? { status: status.project } : {};
}
