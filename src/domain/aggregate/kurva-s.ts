import type { FinancialPoint, Project, ProgressPoint } from '../project/types';
import { memoizeByObject } from '../../lib/memoize-by-object';
import { contractWeight } from './money';

export interface KurvaSPoint {
  /** yyyy-mm-dd: a week's end, or the as-of date. */
  date: string;
  /** Planned cumulative physical progress, % (weighted by contract value). */
  planned: number;
  /** Actual cumulative physical progress, %; undefined after the as-of date (not yet known). */
  actual?: number;
  /** Progres keuangan: paid ÷ contract value, %; undefined after the as-of date. */
  financial?: number;
}

export interface KurvaS {
  points: KurvaSPoint[];
  /** Packages in the curve: a positive contract value and a planned kurva S. */
  packages: number;
  /** Their total contract value: the 100 % of the curve. */
  weight: number;
}

const DAY_MS = 86_400_000;
// Reports repeat the same few hundred dates across thousands of packages: parse each once.
const dayCache = new Map<string, number>();
function dayOf(iso: string): number {
  let day = dayCache.get(iso);
  if (day === undefined) {
    day = Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
    if (dayCache.size < 50_000) dayCache.set(iso, day);
  }
  return day;
}
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Every 7 days from 1 January to 31 December, plus the as-of date when it falls between. */
export function weekDates(year: number, asOf?: string): string[] {
  const first = dayOf(`${year}-01-01`);
  const last = dayOf(`${year}-12-31`);
  const days = new Set<number>();
  for (let day = first; day <= last; day += 7) days.add(day);
  days.add(last);
  if (asOf && asOf.startsWith(`${year}-`)) days.add(dayOf(asOf));
  return [...days].sort((a, b) => a - b).map(isoOf);
}

/**
 * Samples a plan at ascending dates in one sweep: linear between observations, 0 before the
 * first, the last value after (the same rule as progress/series valueAt, O(n + m) instead of O(n·m)).
 */
function samplePlan(series: readonly ProgressPoint[], days: readonly number[], out: Float64Array, w: number) {
  const n = series.length;
  const at = series.map((point) => dayOf(point.date));
  let i = 0;
  for (let j = 0; j < days.length; j++) {
    const day = days[j]!;
    while (i < n && at[i]! < day) i++;
    let value: number;
    if (i === 0) value = day < at[0]! ? 0 : series[0]!.value;
    else if (i === n) value = series[n - 1]!.value;
    else {
      const span = at[i]! - at[i - 1]!;
      const t = span === 0 ? 1 : (day - at[i - 1]!) / span;
      value = series[i - 1]!.value + (series[i]!.value - series[i - 1]!.value) * t;
    }
    out[j]! += w * value;
  }
}

/** The last observation on or before each date (a report stands until the next), 0 before any. */
function sampleSteps<T extends { date: string }>(
  series: readonly T[],
  dates: readonly string[],
  valueOf: (point: T) => number | undefined,
  out: Float64Array,
) {
  let i = 0;
  let current = 0;
  for (let j = 0; j < dates.length; j++) {
    while (i < series.length && series[i]!.date <= dates[j]!) {
      current = valueOf(series[i]!) ?? current;
      i++;
    }
    out[j]! += current;
  }
}

// The deck computes the curve for a slide's subtitle and again in its chart, over the same array:
// keep one result per array (and year, as-of) while the array lives. Results are shared: read only.
const curvesOf = memoizeByObject((_projects: readonly Project[]) => new Map<string, KurvaS>());

/**
 * The programme kurva S: each package's plan, actual progress and payments, weighted by its
 * contract value (bobot = nilai kontrak ÷ total), summed week by week through the year.
 */
export function programmeKurvaS(projects: readonly Project[], year: number, asOf: string): KurvaS {
  const byDate = curvesOf(projects);
  const key = `${year}|${asOf}`;
  let curve = byDate.get(key);
  if (!curve) {
    curve = computeKurvaS(projects, year, asOf);
    byDate.set(key, curve);
  }
  return curve;
}

function computeKurvaS(projects: readonly Project[], year: number, asOf: string): KurvaS {
  const dates = weekDates(year, asOf);
  const days = dates.map(dayOf);
  const planned = new Float64Array(dates.length);
  const actual = new Float64Array(dates.length);
  const paid = new Float64Array(dates.length);
  let weight = 0;
  let packages = 0;
  for (const project of projects) {
    const w = contractWeight(project);
    if (w === undefined || project.plannedProgress.length === 0) continue;
    weight += w;
    packages += 1;
    samplePlan(project.plannedProgress, days, planned, w);
    sampleSteps(project.actualProgress, dates, (p: ProgressPoint) => p.value * w, actual);
    sampleSteps(project.financialProgress, dates, (p: FinancialPoint) => paidAt(p, w), paid);
  }
  const points = dates.map((date, j) => {
    const known = date <= asOf;
    return {
      date,
      planned: weight > 0 ? planned[j]! / weight : 0,
      actual: known && weight > 0 ? actual[j]! / weight : undefined,
      financial: known && weight > 0 ? (paid[j]! / weight) * 100 : undefined,
    };
  });
  return { points: weight > 0 ? points : [], packages, weight };
}

function paidAt(point: FinancialPoint, contractValue: number): number | undefined {
  if (point.amount !== undefined) return point.amount;
  return point.percent === undefined ? undefined : (point.percent / 100) * contractValue;
}
