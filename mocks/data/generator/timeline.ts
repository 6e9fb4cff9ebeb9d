/**
 * The 2023 story of one package as dates and curves: contract period, addenda, weekly plan and actual
 * physical progress, termijn payments, completion or termination. Everything is derived from the spec's
 * scenario, so the dashboard's computed statuses (terlambat, indikasi kritis) follow from published data.
 */
import { AS_OF, fridayOnOrAfter, fridayOnOrBefore, type Day } from './dates';
import {
  actualSeries,
  isKritis,
  paymentSeries,
  planSeries,
  plannedAt,
  round2,
  slowdownFor,
  type Point,
} from './kurva-s';
import type { Rng } from './prng';
import { BOUNDARY_SHAPE } from './scenarios';
import type { PackageSpec } from './types';

export interface Modification {
  kind: 'duration' | 'value';
  date: Day;
  rationale: string;
  oldEnd?: Day;
  newEnd?: Day;
  oldValue?: number;
  newValue?: number;
}

export interface Timeline {
  start: Day;
  originalEnd: Day;
  end: Day; // after addenda
  contractValue: number; // after CCO (the signed value is spec.contractValue)
  plan: Point[];
  actual: Point[];
  payments: Point[];
  modifications: Modification[];
  completedOn: Day | null; // Friday on which 100 % was reported
  terminatedOn: Day | null;
  kritis: boolean | null; // at the as-of date, by the dashboard rule (null: not running)
  planAtAsOf: number | null;
  actualAtAsOf: number | null;
}

const DELAY_REASONS = [
  'Cuaca/banjir: curah hujan tinggi dan genangan di lokasi pekerjaan',
  'Keterlambatan pasokan beton ready-mix dari batching plant',
  'Pemindahan utilitas (PLN/Telkom/PDAM) di badan jalan',
  'Penertiban bangunan liar di sempadan jalan/saluran',
  'Cuaca/banjir: luapan kali merendam lokasi pekerjaan',
];

/** Completed work: actual stretched so that 100 % is reported on the Friday `done`. */
function completed(rng: Rng, start: Day, end: Day, a: number, done: Day): { actual: Point[]; done: Day } {
  const slow = (done - start) / Math.max(1, end - start);
  const actual = actualSeries(rng, start, end, a, slow, done - 7).map((p) => ({
    ...p,
    value: Math.min(p.value, 99.5),
  }));
  actual.push({ day: done, value: 100 });
  return { actual, done };
}

export function buildTimeline(rng: Rng, spec: PackageSpec): Timeline | null {
  const sc = spec.scenario;
  if (sc.kind === 'gagal' || sc.kind === 'persiapan' || sc.kind === 'cancelled') return null;
  if (spec.start === null || spec.durationDays === null || spec.contractValue === null) return null;
  const start = spec.start;
  const originalEnd = start + spec.durationDays - 1;
  const a = sc.kind === 'running' && sc.plan !== undefined ? BOUNDARY_SHAPE : round2(rng.float(1.6, 2.4));
  const plan = planSeries(start, originalEnd, a);
  const t: Timeline = {
    start,
    originalEnd,
    end: originalEnd,
    contractValue: spec.contractValue,
    plan,
    actual: [],
    payments: [],
    modifications: [],
    completedOn: null,
    terminatedOn: null,
    kritis: null,
    planAtAsOf: null,
    actualAtAsOf: null,
  };
  if (sc.kind === 'onTime') {
    // 100 % is reported on a Friday inside the contract period, so the dashboard sees it as on time.
    const early = fridayOnOrBefore(originalEnd - rng.int(0, 6));
    const done = early >= start + 0.7 * spec.durationDays ? early : fridayOnOrBefore(originalEnd);
    const c = completed(rng, start, originalEnd, a, done);
    t.actual = c.actual;
    t.completedOn = c.done;
  } else if (sc.kind === 'lateDone') {
    const finish = Math.max(
      originalEnd + 4,
      Math.min(originalEnd + rng.int(10, 50), 19_713 /* 22 Dec 2023 */),
    );
    const c = completed(rng, start, originalEnd, a, Math.min(fridayOnOrAfter(finish), AS_OF));
    t.actual = c.actual;
    t.completedOn = c.done;
    if (sc.addendumDays !== null) {
      // The addendum covers the whole delay with a few days to spare, so the work ends inside the
      // amended period; a package that finishes late without one pays the penalty (denda 1‰ per
      // day). The draw that once sized a partial addendum still sizes the spare days, so no value
      // of the stream shifts.
      const days = c.done - originalEnd + Math.round(rng.float(0.4, 0.8) * 5);
      t.end = originalEnd + days;
      t.modifications.push({
        kind: 'duration',
        date: originalEnd - rng.int(3, 14),
        rationale: `${rng.pick(DELAY_REASONS)}; perpanjangan ${days} hari kalender`,
        oldEnd: originalEnd,
        newEnd: t.end,
      });
    }
    if (sc.valueChangePct !== null) {
      const newValue = Math.min(
        spec.pagu,
        Math.round((spec.contractValue * (1 + sc.valueChangePct / 100)) / 1000) * 1000,
      );
      t.modifications.push({
        kind: 'value',
        date: start + Math.round(spec.durationDays * 0.6),
        rationale: `CCO (contract change order): pekerjaan ${sc.valueChangePct > 0 ? 'tambah' : 'kurang'} hasil pengukuran bersama (MC-50)`,
        oldValue: spec.contractValue,
        newValue,
      });
      t.contractValue = newValue;
    }
  } else if (sc.kind === 'putus') {
    const terminated = Math.max(start + 60, Math.min(originalEnd + rng.int(7, 35), 19_699 /* 8 Dec 2023 */));
    t.actual = actualSeries(rng, start, originalEnd, a, rng.float(1.15, 1.4), terminated, sc.stallAt);
    t.terminatedOn = terminated;
  } else {
    // running on 29 Dec
    if (sc.addendumDays) {
      t.end = originalEnd + sc.addendumDays;
      t.modifications.push({
        kind: 'duration',
        date: originalEnd - rng.int(3, 10),
        rationale: `${rng.pick(DELAY_REASONS)}; perpanjangan ${sc.addendumDays} hari kalender`,
        oldEnd: originalEnd,
        newEnd: t.end,
      });
    }
    const planAsOf = sc.plan ?? (AS_OF >= originalEnd ? 100 : plannedAt(AS_OF, start, originalEnd, a));
    const asOfPoint = plan.find((p) => p.day === AS_OF);
    if (asOfPoint) {
      asOfPoint.value = planAsOf; // exact for boundary cases; keep the curve monotone around it
      for (const p of plan) if (p.day < AS_OF && p.value > planAsOf) p.value = planAsOf;
    }
    const target = sc.actual ?? Math.min(round2(planAsOf + (sc.deviation ?? 0)), Math.max(planAsOf, 99.99));
    const slow = slowdownFor(target, AS_OF, start, originalEnd, a);
    t.actual = actualSeries(rng, start, originalEnd, a, slow, AS_OF)
      .filter((p) => p.day < AS_OF)
      .map((p) => ({ ...p, value: Math.min(p.value, target) }));
    t.actual.push({ day: AS_OF, value: target });
    t.planAtAsOf = planAsOf;
    t.actualAtAsOf = target;
    t.kritis = isKritis(planAsOf, target, t.end, start);
    if (!spec.grounded && t.kritis !== sc.expectKritis)
      throw new Error(`${spec.title}: kritis=${t.kritis}, expected ${sc.expectKritis}`);
  }
  const up = spec.signals?.valueIncreasePct;
  if (up !== undefined && t.completedOn !== null) {
    // Chosen by integrity.ts: a "pekerjaan tambah" addendum above the usual 10 %, before the last termin.
    const newValue = Math.round((t.contractValue * (1 + up / 100)) / 1000) * 1000;
    t.modifications.push({
      kind: 'value',
      date: start + Math.round(spec.durationDays * 0.6),
      rationale: `CCO (contract change order): pekerjaan tambah ${String(up).replace('.', ',')}% hasil pengukuran bersama (MC-50), melebihi 10% dengan justifikasi teknis kondisi lapangan`,
      oldValue: t.contractValue,
      newValue,
    });
    t.contractValue = newValue;
  }
  const advance = spec.method === 'Tender' || spec.method === 'Seleksi' ? rng.pick([0, 20, 25, 30]) : 0;
  t.payments = paymentSeries(rng, t.actual, t.contractValue, t.contractValue > 1_000_000_000 ? advance : 0);
  return t;
}
