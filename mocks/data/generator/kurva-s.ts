/**
 * Kurva S: planned cumulative physical progress (rencana), the actual curve (realisasi) and termijn-style
 * payments. All progress values are percentages rounded to 2 decimals, as published in weekly reports.
 */
import { AS_OF, FISCAL_YEAR_END, fridaysBetween, fridayOnOrAfter, type Day } from './dates';
import type { Rng } from './prng';

export const round2 = (v: number): number => Math.round(v * 100) / 100;

/** Logistic-like S on [0,1]: t^a / (t^a + (1-t)^a); a≈2 gives the classic slow–fast–slow shape. */
export function sCurve(t: number, a: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  const x = t ** a;
  return x / (x + (1 - t) ** a);
}

/** Inverse of sCurve by bisection (monotone), used to place exact boundary cases. */
export function sCurveInverse(y: number, a: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (sCurve(mid, a) < y) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface Point {
  day: Day;
  value: number;
}

/** Planned % on a given day for a contract [start, end] (end inclusive). */
export const plannedAt = (d: Day, start: Day, end: Day, a: number): number =>
  round2(100 * sCurve((d - start) / Math.max(1, end - start), a));

/** Weekly plan from the first Friday after the start to the Friday on/after the end (100 %). */
export function planSeries(start: Day, end: Day, a: number): Point[] {
  const pts = fridaysBetween(start + 1, end).map((d) => ({ day: d, value: plannedAt(d, start, end, a) }));
  const last = fridayOnOrAfter(end);
  if (pts.length === 0 || (pts[pts.length - 1] as Point).day !== last) pts.push({ day: last, value: 100 });
  else (pts[pts.length - 1] as Point).value = 100;
  return pts;
}

/**
 * Actual weekly progress: the plan stretched by `slow` (1 = on schedule, 1.3 = 30 % slower), with small
 * week-to-week noise kept monotone. `until` is the last reporting Friday; `cap` freezes progress (stalled
 * work before a termination).
 */
export function actualSeries(
  rng: Rng,
  start: Day,
  end: Day,
  a: number,
  slow: number,
  until: Day,
  cap = 100,
): Point[] {
  const out: Point[] = [];
  let prev = 0;
  for (const d of fridaysBetween(start + 1, until)) {
    const ideal = 100 * sCurve((d - start) / (Math.max(1, end - start) * slow), a);
    let v = Math.min(cap, ideal + (ideal > 0.5 && ideal < 99 ? rng.float(-0.7, 0.7) : 0));
    v = round2(Math.max(prev, Math.min(v, 99.99)));
    if (ideal >= 99.9 && cap >= 100) v = 100;
    out.push({ day: d, value: v });
    prev = v;
    if (v >= 100) break;
  }
  return out;
}

/** Slowdown factor so that the stretched curve reaches `target` % on `at` (bisection). */
export function slowdownFor(target: number, at: Day, start: Day, end: Day, a: number): number {
  const t = sCurveInverse(target / 100, a);
  return (at - start) / (Math.max(1, end - start) * t);
}

/**
 * Cumulative payments (Rp): uang muka (advance) early for tendered works, then termijn when physical
 * progress passes thresholds, paid 1–3 weeks later; payments never run ahead of physical progress
 * except the advance. Returns only the weeks in which the cumulative amount changed.
 */
export function paymentSeries(rng: Rng, actual: Point[], contractValue: number, advancePct: number): Point[] {
  const out: Point[] = [];
  let paidPct = 0;
  const pay = (d: Day, pct: number): void => {
    const day = Math.min(d, AS_OF);
    if (pct <= paidPct) return;
    paidPct = pct;
    const last = out[out.length - 1];
    if (last && last.day >= day) last.value = pct;
    else out.push({ day, value: pct });
  };
  const first = actual[0];
  if (!first) return out;
  if (advancePct > 0) pay(first.day + 7 * rng.int(0, 2), advancePct);
  const thresholds = contractValue > 2_000_000_000 ? [25, 50, 75, 100] : [50, 100];
  for (const th of thresholds) {
    const hit = actual.find((p) => p.value >= th);
    if (!hit) break;
    pay(hit.day + 7 * rng.int(1, 3), th);
  }
  return out
    .filter((p) => p.day <= AS_OF)
    .map((p) => ({ day: p.day, value: Math.round((contractValue * p.value) / 100) }));
}

/**
 * The "indikasi kritis" rule of the dashboard (research notes, anchors §4.2; src/domain/progress):
 * deviation = actual − plan. Period I (plan ≤ 70): kritis when the lag is more than 10 points. Period II
 * (plan > 70): lag more than 5 points, or any lag while the work runs past the fiscal year — the contract
 * end (after addenda) is after 31 Dec, or the pace so far would finish after it. Used here only to check
 * that every generated scenario came out as intended.
 */
export function isKritis(plan: number, actual: number, contractEnd: Day, start: Day): boolean {
  const dev = round2(actual - plan);
  if (plan <= 70) return dev < -10;
  if (dev < -5) return true;
  const elapsed = AS_OF - start;
  const paceEnd = actual > 0 && actual < 100 ? AS_OF + ((100 - actual) * elapsed) / actual : AS_OF;
  return dev < 0 && (contractEnd > FISCAL_YEAR_END || paceEnd >= FISCAL_YEAR_END + 1);
}
