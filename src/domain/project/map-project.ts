import type { Oc4idsProject, Oc4idsSummary } from '../oc4ids/schema';
import type { BoundaryIndex } from '../geo/boundaries';
import { deriveBidang, deriveCategory } from './category';
import { deriveStatus } from './status';
import { locateGeometry, resolveRegion } from './location';
import { financialSeries, isoDay, percentSeries } from './progress-series';
import { safeHttpUrl } from '../text/safe-url';
import type { Modification, ProjectDetail, ProjectDocument, ProjectFacts } from './types';
import { fundingSources } from './funding';
import { summarizeProgress } from '../progress/project-progress';
import { measureRoadLength } from '../aggregate/road-length';

export interface MapContext {
  /** The data's as-of date (yyyy-mm-dd): progress, lateness and kritis are judged on it. */
  asOf: string;
  boundaries?: BoundaryIndex;
}

const amountOf = (value: { amount?: number | null } | null | undefined): number | undefined =>
  typeof value?.amount === 'number' && Number.isFinite(value.amount) ? value.amount : undefined;

const cleanText = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

function documentsOf(project: Oc4idsProject, summaries: Oc4idsSummary[]): ProjectDocument[] {
  const raw = [...(project.documents ?? []), ...summaries.flatMap((s) => s.documents ?? [])];
  return raw.map((doc, index) => {
    const url = safeHttpUrl(doc.url);
    return {
      id: doc.id == null ? String(index + 1) : String(doc.id),
      title: cleanText(doc.title) ?? cleanText(doc.documentType) ?? `Dokumen ${index + 1}`,
      type: cleanText(doc.documentType),
      url,
      unsafeUrl: doc.url != null && doc.url !== '' && url === undefined ? true : undefined,
      datePublished: isoDay(doc.datePublished),
    };
  });
}

function modificationsOf(summary: Oc4idsSummary | undefined): Modification[] {
  return (summary?.modifications ?? []).map((m, index) => ({
    id: m.id == null ? String(index + 1) : String(m.id),
    type: cleanText(m.type),
    date: isoDay(m.date),
    description: cleanText(m.description),
    rationale: cleanText(m.rationale),
    oldValue: amountOf(m.oldContractValue),
    newValue: amountOf(m.newContractValue),
    oldEndDate: isoDay(m.oldContractPeriod?.endDate),
    newEndDate: isoDay(m.newContractPeriod?.endDate),
  }));
}

/** finalValue, else the last value addendum's new value (completion.finalValue for the project). */
function latestValueOf(
  project: Oc4idsProject,
  summary: Oc4idsSummary | undefined,
  modifications: Modification[],
) {
  const lastAddendum = modifications.findLast((m) => m.newValue !== undefined)?.newValue;
  return amountOf(summary?.finalValue) ?? lastAddendum ?? amountOf(project.completion?.finalValue);
}

const countDurationChanges = (modifications: Modification[]) =>
  modifications.filter((m) => m.type === 'duration' || (m.newEndDate && m.newEndDate !== m.oldEndDate))
    .length;

const wholeCount = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function durationDays(
  start: string | undefined,
  end: string | undefined,
  declared: number | null | undefined,
) {
  if (typeof declared === 'number' && declared > 0) return declared;
  if (!start || !end) return undefined;
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
  return days > 0 ? Math.round(days) : undefined;
}

/** One OC4IDS project to the app's view model. Pure: the same input always gives the same output. */
export function mapProject(project: Oc4idsProject, { asOf, boundaries }: MapContext): ProjectDetail {
  const summaries = (project.contractingProcesses ?? []).flatMap((p) => (p.summary ? [p.summary] : []));
  const main = summaries.find((s) => s.contractValue?.amount != null) ?? summaries[0];
  const locations = project.locations ?? [];
  const located = locateGeometry(locations);
  const region = resolveRegion(locations, located.geometry, boundaries);
  const category = deriveCategory(project);
  const contractValue = amountOf(main?.contractValue);
  const contractStart = isoDay(main?.contractPeriod?.startDate);
  const contractEnd = isoDay(main?.contractPeriod?.endDate);
  const supervisor = project.parties?.find((p) => p.roles?.includes('independentMonitor'))?.name;
  const locationName =
    locations.map((l) => cleanText(l.description) ?? cleanText(l.address?.streetAddress)).find(Boolean) ??
    undefined;
  const modifications = modificationsOf(main);
  const actualProgress = percentSeries(project.metrics, 'physicalProgress');
  const mapped: ProjectFacts = {
    id: project.id,
    title: cleanText(project.title) ?? project.id,
    description: cleanText(project.description),
    category,
    bidang: deriveBidang(project, category),
    status: deriveStatus(project),
    kecamatan: region.kecamatan,
    desa: region.desa,
    regionSource: region.source,
    locationName,
    geometry: located.geometry,
    locationIssue: located.issue,
    volume: project.x_volume
      ? {
          lengthM: project.x_volume.lengthM ?? undefined,
          widthM: project.x_volume.widthM ?? undefined,
          description: cleanText(project.x_volume.description),
        }
      : undefined,
    pagu: amountOf(project.budget?.amount),
    hps: amountOf(main?.tender?.costEstimate),
    contractValue,
    fundingSources: fundingSources(project),
    procurementMethod:
      cleanText(main?.tender?.procurementMethodDetails) ?? cleanText(main?.tender?.procurementMethod),
    procurementCode: cleanText(main?.tender?.procurementMethod),
    tenderers: wholeCount(main?.tender?.numberOfTenderers),
    contractor: cleanText(main?.suppliers?.[0]?.name),
    supervisor: cleanText(supervisor),
    contractNumber: cleanText(main?.externalReference),
    contractStart,
    contractEnd,
    latestValue: latestValueOf(project, main, modifications),
    durationChanges: contractValue !== undefined ? countDurationChanges(modifications) : undefined,
    completedOn:
      isoDay(project.completion?.endDate) ?? actualProgress.find((point) => point.value >= 100)?.date,
    durationDays: durationDays(contractStart, contractEnd, main?.contractPeriod?.durationInDays),
    plannedProgress: percentSeries(project.forecasts, 'physicalProgress'),
    actualProgress,
    financialProgress: financialSeries(project.metrics, contractValue),
    documents: documentsOf(project, summaries),
    modifications,
    updated: isoDay(project.updated),
  };
  return {
    ...mapped,
    roadLength: measureRoadLength(mapped.geometry, mapped.volume),
    progress: summarizeProgress(mapped, asOf),
  };
}
