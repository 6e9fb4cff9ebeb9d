/**
 * Assembles one OC4IDS 0.9 project from a spec, its timeline and its geometry, following
 * mocks/data/CONTRACT.md (x_kategori / x_bidang classifications, ID-KEMENDAGRI gazetteer, x_volume,
 * forecasts/metrics ids physicalProgress and financialProgress, documents of type termination, …).
 */
import { AS_OF, toIso, type Day } from './dates';
import type { Point } from './kurva-s';
import type { WorkGeometry } from './location';
import { buildParties, DINAS, funderOf, fundingLines, orgRef } from './parties';
import type { Rng } from './prng';
import { buildContractingProcess, tenderPublished } from './contracting';
import type { Timeline } from './timeline';
import type { PackageSpec } from './types';
import type { Wilayah } from './wilayah';

const PERCENT = { name: 'percent', id: 'P1', scheme: 'UNCEFACT' };
export const DOC_BASE = 'https://contoh.invalid/dokumen';

const SECTORS: Record<string, string[]> = {
  jalan: ['transport', 'transport.road'],
  jembatan: ['transport', 'transport.road'],
  drainase: ['waterAndWaste', 'naturalResources.floodProtection'],
  normalisasi: ['naturalResources', 'naturalResources.floodProtection'],
  tanggul: ['naturalResources', 'naturalResources.floodProtection'],
  perencanaan: ['transport', 'transport.road'],
};

export const projectId = (seq: number, width: number): string =>
  `oc4ids-pb-2023-${String(seq).padStart(width, '0')}`;

const observation = (i: number, p: Point): Record<string, unknown> => ({
  id: String(i + 1),
  period: { startDate: toIso(p.day), endDate: toIso(p.day) },
  measure: p.value,
  unit: PERCENT,
});

function status(spec: PackageSpec, t: Timeline | null): string {
  const sc = spec.scenario;
  if (sc.kind === 'cancelled') return 'cancelled';
  if (sc.kind === 'persiapan') return sc.projectStatus;
  if (sc.kind === 'gagal') return 'preparation'; // to be re-tendered in 2024
  return t?.completedOn != null ? 'completion' : 'implementation';
}

export function buildProject(
  rng: Rng,
  spec: PackageSpec,
  t: Timeline | null,
  geometry: WorkGeometry | null,
  w: Wilayah,
  id: string,
): Record<string, unknown> {
  const kec = w.kecamatanByCode.get(spec.kecamatanCode);
  const desa = spec.desaCode ? w.byCode.get(spec.desaCode) : undefined;
  const codes = spec.desaCode ? [spec.desaCode] : [spec.kecamatanCode, ...spec.extraKecamatanCodes];
  const approval: Day = spec.sources.includes('APBD-P') && spec.sources.length === 1 ? 19_632 : 19_359; // 2 Oct / 2 Jan
  const lines = fundingLines(spec, rng.float(0.1, 0.2));
  const tl = t;
  const project: Record<string, unknown> = {
    id,
    updated: toIso(lastEvent(spec, tl)),
    title: spec.title,
    description: `${spec.note ? `${spec.note}. ` : ''}Volume: ${spec.volumeText}. DATA CONTOH — bukan data resmi.`,
    status: status(spec, tl),
    type: spec.type,
    sector: SECTORS[spec.kategori],
    additionalClassifications: [
      { scheme: 'x_kategori', id: spec.kategori },
      ...(spec.bidang ? [{ scheme: 'x_bidang', id: spec.bidang }] : []),
    ],
    publicAuthority: DINAS,
    budget: {
      amount: { amount: spec.pagu, currency: 'IDR' },
      approvalDate: toIso(approval),
      budgetBreakdowns: [
        {
          id: 'sumber-dana',
          description: 'Sumber dana',
          budgetBreakdown: lines.map((l, i) => ({
            id: String(i + 1),
            description: l.source,
            amount: { amount: l.amount, currency: 'IDR' },
            sourceParty: funderOf(l.source),
            period: { startDate: '2023-01-01T00:00:00Z', endDate: '2023-12-31T00:00:00Z' },
          })),
        },
      ],
    },
    locations: [
      {
        id: '1',
        description: spec.placeName,
        ...(geometry ? { geometry } : {}),
        gazetteer: { scheme: 'ID-KEMENDAGRI', identifiers: codes },
        address: {
          ...(desa ? { locality: desa.name } : {}),
          region: kec?.name ?? '',
          countryName: 'Indonesia',
        },
      },
    ],
    // Extension field (CONTRACT.md); consultancy packages have no physical volume.
    ...(spec.kategori === 'perencanaan'
      ? {}
      : { x_volume: { lengthM: spec.lengthM, widthM: spec.widthM, description: spec.volumeText } }),
    parties: buildParties(spec),
    documents: [
      {
        id: 'kak',
        documentType: 'technicalSpecifications',
        title: `Kerangka Acuan Kerja (KAK) — ${spec.title}`,
        url: `${DOC_BASE}/${id}/kak.pdf`,
        format: 'application/pdf',
        language: 'id',
      },
    ],
  };
  if (tl) {
    project.implementationPeriod = {
      startDate: toIso(tl.start),
      endDate: toIso(tl.end),
      durationInDays: tl.end - tl.start + 1,
    };
    project.forecasts = [
      {
        id: 'physicalProgress',
        title: 'Rencana progres fisik kumulatif (kurva S)',
        observations: tl.plan.map((p, i) => observation(i, p)),
      },
    ];
    const metrics: Record<string, unknown>[] = [];
    if (tl.actual.length)
      metrics.push({
        id: 'physicalProgress',
        title: 'Realisasi progres fisik kumulatif',
        observations: tl.actual.map((p, i) => observation(i, p)),
      });
    if (tl.payments.length)
      metrics.push({
        id: 'financialProgress',
        title: 'Realisasi keuangan kumulatif (pembayaran)',
        observations: tl.payments.map((p, i) => ({
          id: String(i + 1),
          period: { startDate: toIso(p.day), endDate: toIso(p.day) },
          value: { amount: p.value, currency: 'IDR' },
          measure: Math.round((p.value / tl.contractValue) * 10_000) / 100,
          unit: PERCENT,
        })),
      });
    if (metrics.length) project.metrics = metrics;
  }
  project.contractingProcesses = [buildContractingProcess(rng, spec, tl, id)];
  if (tl?.completedOn != null) project.completion = completion(spec, tl, tl.completedOn);
  return project;
}

/** OC4IDS `completion`: the Friday 100 % was reported, and the value paid in the end. */
function completion(spec: PackageSpec, t: Timeline, done: Day): Record<string, unknown> {
  const late = done - t.end;
  const signed = spec.contractValue ?? t.contractValue;
  const change = Math.round(((t.contractValue - signed) / signed) * 1000) / 10;
  return {
    endDate: toIso(done),
    ...(late > 0
      ? {
          endDateDetails: `Selesai ${late} hari kalender setelah akhir masa kontrak${t.modifications.some((m) => m.kind === 'duration') ? ' (termasuk addendum perpanjangan waktu)' : ''}; denda keterlambatan 1‰ per hari`,
        }
      : {}),
    finalValue: { amount: t.contractValue, currency: 'IDR' },
    ...(change !== 0
      ? {
          finalValueDetails: `Nilai akhir setelah addendum nilai (CCO): pekerjaan ${change > 0 ? 'tambah' : 'kurang'} ${String(Math.abs(change)).replace('.', ',')}% dari nilai kontrak awal`,
        }
      : {}),
  };
}

function lastEvent(spec: PackageSpec, t: Timeline | null): Day {
  if (!t) {
    if (spec.scenario.kind === 'gagal') return tenderPublished(spec) + 42; // failure announced after evaluation
    if (spec.scenario.kind === 'cancelled') return 19_632; // refocused in the APBD-P (2 Oct 2023)
    return AS_OF;
  }
  const days = [t.start, ...t.actual.map((p) => p.day), ...t.payments.map((p) => p.day)];
  if (t.terminatedOn) days.push(t.terminatedOn);
  return Math.min(AS_OF, Math.max(...days) + 3);
}

export { orgRef };
