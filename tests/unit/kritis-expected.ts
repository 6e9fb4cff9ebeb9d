/**
 * Indikasi kritis computed straight from a raw OC4IDS project, written apart from the app's code
 * (src/domain) so that tests compare two implementations of the SSUK rule, not one with itself.
 * Shared by the unit test and the Chromium e2e spec.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type ExpectedKritis = 'kritis' | 'aman' | 'tidak-dinilai';

const day = (value: string | undefined) => (value ? value.slice(0, 10) : undefined);
const ms = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).getTime();
const round2 = (n: number) => Math.round(n * 100) / 100;

function observations(list: Json[] | undefined, id: string): { date: string; value: number }[] {
  const points = new Map<string, number>();
  for (const series of list ?? []) {
    if (series.id !== id) continue;
    for (const o of series.observations ?? []) {
      const date = day(o.period?.endDate ?? o.period?.startDate);
      const value = typeof o.measure === 'number' ? o.measure : Number(o.measure);
      if (date && Number.isFinite(value)) points.set(date, Math.min(100, Math.max(0, value)));
    }
  }
  return [...points].map(([date, value]) => ({ date, value })).sort((a, b) => (a.date < b.date ? -1 : 1));
}

function planOn(plan: { date: string; value: number }[], date: string): number {
  const t = ms(date);
  let before = { t: -Infinity, v: 0 };
  for (const p of plan) {
    const pt = ms(p.date);
    if (pt === t) return p.value;
    if (pt < t) before = { t: pt, v: p.value };
    else
      return before.t === -Infinity
        ? 0
        : before.v + ((p.value - before.v) * (t - before.t)) / (pt - before.t);
  }
  return before.v;
}

/** What the badge must say for this project on the package's as-of date. */
export function expectedKritis(project: Json, asOf: string): ExpectedKritis {
  const summaries: Json[] = (project.contractingProcesses ?? []).map((c: Json) => c.summary).filter(Boolean);
  const main = summaries.find((s) => s.contractValue?.amount != null) ?? summaries[0];
  const first = summaries[0];
  const terminated = summaries.some((s) =>
    (s.documents ?? []).some((d: Json) => d.documentType === 'termination'),
  );
  const failed =
    first?.status === 'closed' && first.contractValue?.amount == null && !(first.suppliers ?? []).length;
  const underway =
    project.status === 'implementation' && !terminated && !failed && first?.status !== 'pre-award';
  if (!underway) return 'tidak-dinilai';
  const reports = observations(project.metrics, 'physicalProgress').filter((p) => p.date <= asOf);
  const report = reports[reports.length - 1];
  const plan = observations(project.forecasts, 'physicalProgress');
  if (!report || plan.length === 0 || report.value >= 100) return 'tidak-dinilai';
  const planned = round2(planOn(plan, report.date));
  const lag = round2(planned - report.value);
  if (planned <= 70) return lag > 10 ? 'kritis' : 'aman';
  if (lag > 5) return 'kritis';
  if (lag <= 0) return 'aman';
  // Will the work run past 31 December of its fiscal year (the contract's start year)?
  const start = day(main?.contractPeriod?.startDate);
  const end = day(main?.contractPeriod?.endDate);
  const yearEnd = `${(start ?? asOf).slice(0, 4)}-12-31`;
  let past = end !== undefined && end > yearEnd;
  if (!past && start && report.value > 0) {
    const elapsed = (ms(report.date) - ms(start)) / 86_400_000;
    if (elapsed > 0) {
      const finish = ms(report.date) + ((100 - report.value) / report.value) * elapsed * 86_400_000;
      past = finish > new Date(`${yearEnd}T23:59:59Z`).getTime();
    }
  }
  return past ? 'kritis' : 'aman';
}

/** Plan and actual exactly on the thresholds, on the as-of date, as the sample generator promises. */
export const BOUNDARY_EXPECTATIONS = [
  { plan: 62.5, actual: 52.5, kritis: false, why: 'period I, lag exactly 10' },
  { plan: 70, actual: 60, kritis: false, why: 'plan exactly 70 is period I, lag exactly 10' },
  { plan: 70, actual: 59.75, kritis: true, why: 'plan exactly 70, lag 10.25' },
  { plan: 100, actual: 95, kritis: false, why: 'period II, lag exactly 5, within the year' },
  { plan: 100, actual: 94.75, kritis: true, why: 'period II, lag 5.25' },
  { plan: 85.5, actual: 80.5, kritis: true, why: 'period II, lag exactly 5, runs past the fiscal year' },
] as const;
