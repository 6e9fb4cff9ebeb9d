/**
 * Decides what happens to each generated package in 2023 and when its contract runs. The default mix of
 * 160 (40 grounded + 120 generated) is roughly: ~65 % selesai on time, ~12 % finished after the original
 * end (most within a time addendum, the rest late with a penalty; some with a CCO), ~9 % indikasi kritis
 * on 29 Dec, a few running on schedule, 3 putus kontrak, 4 gagal tender, 5 persiapan (2024 planning
 * packages still in tender), 2 dibatalkan. Six fixed boundary cases sit exactly on the kritis thresholds
 * so the dashboard's rule can be tested against real records.
 */
import { AS_OF, day, type Day } from './dates';
import { sCurveInverse } from './kurva-s';
import type { Rng } from './prng';
import type { PackageSpec, Scenario } from './types';

/** Exact boundary cases (plan and actual on Fri 29 Dec 2023). `end2024` = contract end in 2024. */
export const BOUNDARY_CASES: {
  label: string;
  plan: number;
  actual: number;
  end2024: boolean;
  kritis: boolean;
}[] = [
  { label: 'batas-I-deviasi-tepat-10', plan: 62.5, actual: 52.5, end2024: true, kritis: false },
  { label: 'batas-rencana-tepat-70', plan: 70, actual: 60, end2024: true, kritis: false },
  { label: 'batas-rencana-70-lewat', plan: 70, actual: 59.75, end2024: true, kritis: true },
  { label: 'batas-II-deviasi-tepat-5', plan: 100, actual: 95, end2024: false, kritis: false },
  { label: 'batas-II-deviasi-lewat-5', plan: 100, actual: 94.75, end2024: false, kritis: true },
  { label: 'batas-II-tepat-5-lewat-tahun', plan: 85.5, actual: 80.5, end2024: true, kritis: true },
];

/** The S-curve steepness every boundary case uses (so its start date can be solved exactly). */
export const BOUNDARY_SHAPE = 2;

const durationFor = (rng: Rng, pagu: number): number =>
  pagu < 1_500_000_000
    ? rng.pick([60, 75, 90])
    : pagu < 5_000_000_000
      ? rng.pick([90, 120, 120, 150])
      : rng.pick([120, 150, 150, 180]);

function take<T>(pool: T[], n: number): T[] {
  return pool.splice(0, Math.min(n, pool.length));
}

export function assignScenarios(rng: Rng, specs: PackageSpec[]): void {
  const generated = specs.filter((s) => !s.grounded);
  const r = generated.length / 120;
  const planningPool = rng.shuffle(generated.filter((s) => s.kategori === 'perencanaan'));
  planningPool.sort((a, b) => Number(/2024/.test(b.title)) - Number(/2024/.test(a.title)));
  take(planningPool, Math.round(5 * r)).forEach((s, i) => {
    s.scenario = { kind: 'persiapan', projectStatus: i % 2 ? 'identification' : 'preparation' };
  });
  const physical = rng.shuffle(
    generated.filter((s) => s.kategori !== 'perencanaan' && s.geometryKind !== 'none'),
  );
  if (generated.length >= 60) {
    for (const b of BOUNDARY_CASES) {
      const [s] = take(physical, 1);
      if (!s) break;
      s.scenario = {
        kind: 'running',
        expectKritis: b.kritis,
        plan: b.plan,
        actual: b.actual,
        label: b.label,
      };
      boundaryDates(s, b.plan, b.end2024);
    }
  }
  for (const s of take(physical, Math.round(3 * r))) s.scenario = { kind: 'gagal' };
  for (const s of take(physical, Math.round(2 * r))) s.scenario = { kind: 'cancelled' };
  for (const s of take(physical, Math.round(2 * r))) s.scenario = { kind: 'putus', stallAt: rng.int(35, 65) };
  for (const s of take(physical, Math.round(8 * r))) s.scenario = kritisScenario(rng, s);
  for (const s of take(physical, Math.round(6 * r))) {
    s.scenario = { kind: 'running', expectKritis: false, deviation: rng.int(2, 12) / 4 }; // slightly ahead
    lateYearDates(rng, s);
  }
  take(physical, Math.round(19 * r)).forEach((s, i) => {
    s.scenario = {
      kind: 'lateDone',
      addendumDays: i % 5 < 3 ? 0 : null, // 0 = addendum sized later from the actual delay
      valueChangePct: i % 6 === 1 ? rng.pick([-6, 4.5, 8, 9.5]) : null,
    };
  });
  for (const s of generated) {
    if (s.start !== null) continue;
    const k = s.scenario.kind;
    const d = durationFor(rng, s.pagu);
    s.durationDays = k === 'persiapan' ? rng.pick([90, 120]) : d;
    if (k === 'lateDone')
      s.start = rng.int(day(2023, 3, 6), Math.min(day(2023, 7, 20), day(2023, 11, 15) - d));
    else if (k === 'putus') s.start = rng.int(day(2023, 4, 3), day(2023, 6, 30));
    else s.start = rng.int(day(2023, 3, 6), Math.min(day(2023, 7, 31), day(2023, 12, 20) - d));
  }
}

/** Indikasi kritis: far behind a 2024 end, or past the contract end without finishing, or late with addendum. */
function kritisScenario(rng: Rng, s: PackageSpec): Scenario {
  const flavour = rng.int(0, 2);
  if (flavour === 0) {
    lateYearDates(rng, s);
    return { kind: 'running', expectKritis: true, deviation: -rng.int(12, 22) };
  }
  const d = rng.pick([90, 120, 150]);
  s.durationDays = d;
  // Flavour 1 ends 15–22 Dec without finishing; flavour 2 ended 1–15 Dec and got an addendum into 2024.
  const end =
    flavour === 1
      ? rng.int(day(2023, 12, 15), day(2023, 12, 22))
      : rng.int(day(2023, 12, 1), day(2023, 12, 15));
  s.start = end - d + 1;
  return flavour === 1
    ? { kind: 'running', expectKritis: true, actual: rng.int(78, 93) }
    : { kind: 'running', expectKritis: true, actual: rng.int(90, 98), addendumDays: rng.pick([35, 40, 50]) };
}

/** APBD-P contracts signed Sep–Oct that run into 2024, far enough in to have a meaningful plan. */
function lateYearDates(rng: Rng, s: PackageSpec): void {
  const d = rng.pick([120, 150, 180]);
  s.durationDays = d;
  s.start = rng.int(Math.max(day(2023, 8, 21), day(2024, 1, 20) - d + 1), day(2023, 10, 16));
}

/** Start date such that the plan on 29 Dec is (almost exactly) `plan`; exactness is enforced later. */
function boundaryDates(s: PackageSpec, plan: number, end2024: boolean): void {
  if (!end2024) {
    // A short 40-day repair ending Fri 29 Dec: plan 100 that day, and at the pace so far the last 5 %
    // would still be done by 31 Dec, so only the size of the lag decides (no "past fiscal year" rule).
    s.durationDays = 40;
    s.start = AS_OF - 39;
    return;
  }
  const d = 150;
  s.durationDays = d;
  const t = sCurveInverse(plan / 100, BOUNDARY_SHAPE);
  s.start = AS_OF - Math.round(t * (d - 1));
}

export type { Day };
