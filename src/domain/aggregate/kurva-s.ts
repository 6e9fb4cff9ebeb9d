import type { FinancialPoint, Project, ProjectDetail, ProgressPoint } from '../project/types';
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

/** One package's plan, actual progress and payments (% of its contract value) at each week's date. */
export interface ProjectCurve {
  planned: readonly number[];
  actual: readonly number[];
  financial: readonly number[];
}

/**
 * Every package's curve sampled at the same dates: what the programme kurva S of any filtered set
 * is summed from. Made once when the data is published (or read in the worker), so the page never
 * needs the weekly reports themselves.
 */
export interface KurvaSSeries {
  year: number;
  asOf: string;
  dates: readonly string[];
  /** By project id; packages without a plan or a positive contract value have none. */
  curves: ProjectCurves;
}

/**
 * Each project's curve by id: a Map where the curves are computed, a lookup that expands each curve
 * when first read where they come from the published file (series-file.ts).
 */
export interface ProjectCurves {
  readonly size: number;
  get(id: string): ProjectCurve | undefined;
  keys(): Iterable<string>;
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

/** Curves carry hundredths of a percentage point: finer than any chart or table shows. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

/**
 * Samples a plan at ascending dates in one sweep: linear between observations, 0 before the
 * first, the last value after (the same rule as progress/series valueAt, O(n + m) instead of O(n·m)).
 */
function samplePlan(series: readonly ProgressPoint[], days: readonly number[]): number[] {
  const n = series.length;
  const at = series.map((point) => dayOf(point.date));
  const out: number[] = [];
  let i = 0;
  for (const day of days) {
    while (i < n && at[i]! < day) i++;
    let value: number;
    if (i === 0) value = day < at[0]! ? 0 : series[0]!.value;
    else if (i === n) value = series[n - 1]!.value;
    else {
      const span = at[i]! - at[i - 1]!;
      const t = span === 0 ? 1 : (day - at[i - 1]!) / span;
      value = series[i - 1]!.value + (series[i]!.value - series[i - 1]!.value) * t;
    }
    out.push(hundredths(value));
  }
  return out;
}

/** The last observation on or before each date (a report stands until the next), 0 before any. */
function sampleSteps<T extends { date: string }>(
  series: readonly T[],
  dates: readonly string[],
  valueOf: (point: T) => number | undefined,
): number[] {
  const out: number[] = [];
  let i = 0;
  let current = 0;
  for (const date of dates) {
    while (i < series.length && series[i]!.date <= date) {
      current = valueOf(series[i]!) ?? current;
      i++;
    }
    out.push(hundredths(current));
  }
  return out;
}

/** Paid as % of the contract; an absurd figure that is not a finite number is left out, not drawn. */
function paidPercent(point: FinancialPoint, contractValue: number): number | undefined {
  const percent = point.amount !== undefined ? (point.amount / contractValue) * 100 : point.percent;
  return percent !== undefined && Number.isFinite(percent) && Number.isFinite(hundredths(percent))
    ? percent
    : undefined;
}

/** One package's curve at the given dates, or undefined when it has no plan or no contract value. */
function projectCurve(project: ProjectDetail, dates: readonly string[]): ProjectCurve | undefined {
  const weight = contractWeight(project);
  if (weight === undefined || project.plannedProgress.length === 0) return undefined;
  return {
    planned: samplePlan(project.plannedProgress, dates.map(dayOf)),
    actual: sampleSteps(project.actualProgress, dates, (p: ProgressPoint) => p.value),
    financial: sampleSteps(project.financialProgress, dates, (p) => paidPercent(p, weight)),
  };
}

/** The weekly curves of every package, for the year of the as-of date. */
export function kurvaSSeries(projects: readonly ProjectDetail[], asOf: string): KurvaSSeries {
  const year = Number(asOf.slice(0, 4));
  const dates = weekDates(year, asOf);
  const curves = new Map<string, ProjectCurve>();
  for (const project of projects) {
    const curve = projectCurve(project, dates);
    if (curve) curves.set(project.id, curve);
  }
  return { year, asOf, dates, curves };
}

// Statistics, the deck and embeds ask for the same array's curve more than once: keep one result
// per (projects, series) pair while both live. Results are shared: read only.
const curvesOf = memoizeByObject((_projects: readonly Project[]) => new WeakMap<KurvaSSeries, KurvaS>());

/**
 * The programme kurva S: each package's plan, actual progress and payments, weighted by its
 * contract value (bobot = nilai kontrak ÷ total), summed week by week through the year.
 */
export function programmeKurvaS(projects: readonly Project[], series: KurvaSSeries): KurvaS {
  const bySeries = curvesOf(projects);
  let curve = bySeries.get(series);
  if (!curve) {
    curve = sumCurves(projects, series);
    bySeries.set(series, curve);
  }
  return curve;
}

function sumCurves(projects: readonly Project[], { dates, asOf, curves }: KurvaSSeries): KurvaS {
  const planned = new Float64Array(dates.length);
  const actual = new Float64Array(dates.length);
  const financial = new Float64Array(dates.length);
  let weight = 0;
  let packages = 0;
  for (const project of projects) {
    const w = contractWeight(project);
    const curve = curves.get(project.id);
    if (w === undefined || !curve) continue;
    weight += w;
    packages += 1;
    for (let j = 0; j < dates.length; j++) {
      planned[j]! += w * curve.planned[j]!;
      actual[j]! += w * curve.actual[j]!;
      financial[j]! += w * curve.financial[j]!;
    }
  }
  if (weight === 0) return { points: [], packages, weight };
  const points = dates.map((date, j) => {
    const known = date <= asOf;
    return {
      date,
      planned: planned[j]! / weight,
      actual: known ? actual[j]! / weight : undefined,
      financial: known ? financial[j]! / weight : undefined,
    };
  });
  return { points, packages, weight };
}
