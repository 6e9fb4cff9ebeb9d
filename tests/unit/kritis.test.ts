import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessKritis } from '../../src/domain/progress/kritis';
import { runsPastFiscalYear, summarizeProgress } from '../../src/domain/progress/project-progress';
import { readPackage } from '../../src/domain/dataset/read-package';
import type { ProjectFacts } from '../../src/domain/project/types';
import { BOUNDARY_EXPECTATIONS, expectedKritis } from './kritis-expected';

const past = { runsPastFiscalYear: true };
const within = { runsPastFiscalYear: false };

describe('indikasi kontrak kritis (SSUK rule)', () => {
  it.each([
    // period I: plan 0–70 %, kritis only when the lag is MORE than 10 points
    { planned: 50, actual: 40, ...within, kritis: false, period: 'I', why: 'lag exactly 10' },
    { planned: 50, actual: 39.99, ...within, kritis: true, period: 'I', why: 'lag 10.01' },
    {
      planned: 70,
      actual: 60,
      ...within,
      kritis: false,
      period: 'I',
      why: 'plan exactly 70 is period I, lag 10',
    },
    { planned: 70, actual: 59.9, ...within, kritis: true, period: 'I', why: 'plan exactly 70, lag 10.1' },
    { planned: 70, actual: 62, ...past, kritis: false, period: 'I', why: 'period I ignores the fiscal year' },
    { planned: 0, actual: 0, ...within, kritis: false, period: 'I', why: 'not started' },
    { planned: 30, actual: 45, ...within, kritis: false, period: 'I', why: 'ahead' },
    // period II: plan above 70 %
    { planned: 70.01, actual: 65.01, ...within, kritis: false, period: 'II', why: 'lag exactly 5' },
    { planned: 80, actual: 74.99, ...within, kritis: true, period: 'II', why: 'lag 5.01' },
    { planned: 80, actual: 79, ...within, kritis: false, period: 'II', why: 'small lag within the year' },
    { planned: 80, actual: 79, ...past, kritis: true, period: 'II', why: 'small lag past the fiscal year' },
    { planned: 80, actual: 80, ...past, kritis: false, period: 'II', why: 'no lag past the fiscal year' },
    { planned: 100, actual: 95, ...within, kritis: false, period: 'II', why: 'lag exactly 5 at the end' },
  ])('$why', ({ planned, actual, runsPastFiscalYear, kritis, period }) => {
    const result = assessKritis({ planned, actual, runsPastFiscalYear });
    expect(result.kritis).toBe(kritis);
    expect(result.period).toBe(period);
    expect(result.deviation).toBeCloseTo(actual - planned, 2);
  });

  it('does not let floating-point noise push an exact 10-point lag over the line', () => {
    expect(assessKritis({ planned: 0.1 + 0.2 + 59.7, actual: 50, runsPastFiscalYear: false }).kritis).toBe(
      false,
    );
  });

  it('names the reason', () => {
    expect(assessKritis({ planned: 40, actual: 20, runsPastFiscalYear: false }).reason).toBe('period-i-lag');
    expect(assessKritis({ planned: 90, actual: 80, runsPastFiscalYear: false }).reason).toBe('period-ii-lag');
    expect(assessKritis({ planned: 90, actual: 89, runsPastFiscalYear: true }).reason).toBe(
      'period-ii-past-fiscal-year',
    );
  });
});

describe('indikasi kritis in the progress summary (fiscal year and status)', () => {
  const base = makeMapped({});
  it('counts any lag in period II when the contract ends after 31 December', () => {
    const p = makeMapped({ contractEnd: '2024-01-20' });
    const s = summarizeProgress(p, '2023-11-30');
    expect(s.planned).toBe(90);
    expect(s.kritis).toMatchObject({ kritis: true, reason: 'period-ii-past-fiscal-year' });
  });
  it('does not when the contract ends within the year and the pace finishes in time', () => {
    // 88 % in 90 days: the last 12 % take about 12 more days, done by mid-December.
    const s = summarizeProgress(base, '2023-11-30');
    expect(s.kritis).toMatchObject({ kritis: false, period: 'II' });
  });
  it('counts it when the pace so far would finish after 31 December', () => {
    // 10 % in a whole year of work: the remaining 90 % cannot be done by 31 December.
    const slow = makeMapped({
      contractStart: '2023-01-02',
      contractEnd: '2023-12-31',
      plannedProgress: [
        { date: '2023-01-02', value: 0 },
        { date: '2023-12-29', value: 10.5 },
      ],
      actualProgress: [{ date: '2023-12-29', value: 10 }],
    });
    expect(runsPastFiscalYear(slow, '2023-12-29', 10, '2023-12-29')).toBe(true);
    // Period I ignores the fiscal year: the lag of 0.5 is within 10.
    expect(summarizeProgress(slow, '2023-12-29').kritis?.kritis).toBe(false);
  });
  it('is not assessed for finished, terminated or unstarted work', () => {
    expect(summarizeProgress({ ...base, status: 'selesai' }, '2023-11-30').kritis).toBeUndefined();
    expect(summarizeProgress({ ...base, status: 'putus-kontrak' }, '2023-11-30').kritis).toBeUndefined();
    expect(summarizeProgress({ ...base, actualProgress: [] }, '2023-11-30').kritis).toBeUndefined();
  });
  it('judges on the latest report on or before the as-of date, not a later one', () => {
    const p = makeMapped({
      actualProgress: [
        { date: '2023-11-22', value: 70 },
        { date: '2023-12-05', value: 99 },
      ],
    });
    const s = summarizeProgress(p, '2023-11-30');
    expect(s.reportDate).toBe('2023-11-22');
    expect(s.kritis?.kritis).toBe(true);
  });
});

describe('indikasi kritis for every project of the sample package, computed independently', () => {
  const raw = JSON.parse(readFileSync('mocks/data/sample-package.json', 'utf8')) as {
    publishedDate: string;
    projects: Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const asOf = raw.publishedDate.slice(0, 10);
  const dataset = readPackage(raw, { sourceUrl: 'sample', fallbackAsOf: asOf });
  const byId = new Map(dataset.projects.map((p) => [p.id, p]));

  it('maps every sample project', () => {
    expect(dataset.projects.length).toBe(raw.projects.length);
  });

  it.each(raw.projects.map((p) => [p.id as string, p] as const))('%s', (id, project) => {
    const mapped = byId.get(id)!;
    const k = mapped.progress.kritis;
    const state = !k ? 'tidak-dinilai' : k.kritis ? 'kritis' : 'aman';
    expect(state).toBe(expectedKritis(project, asOf));
  });

  it.each(BOUNDARY_EXPECTATIONS)('has the boundary case: $why', ({ plan, actual, kritis }) => {
    const matches = dataset.projects.filter(
      (p) => p.progress.reportDate === asOf && p.progress.planned === plan && p.progress.actual === actual,
    );
    expect(matches.length).toBeGreaterThan(0);
    for (const p of matches) expect(p.progress.kritis?.kritis).toBe(kritis);
  });

  it('has both kritis and non-kritis contracts under way', () => {
    const states = raw.projects.map((p) => expectedKritis(p, asOf));
    expect(states).toContain('kritis');
    expect(states).toContain('aman');
  });
});

function makeMapped(overrides: Partial<ProjectFacts>): ProjectFacts {
  return {
    id: 'x',
    title: 'x',
    category: 'jalan',
    bidang: 'bm-peningkatan',
    status: 'pelaksanaan',
    regionSource: 'none',
    fundingSources: [],
    contractStart: '2023-09-01',
    contractEnd: '2023-12-31',
    plannedProgress: [
      { date: '2023-09-01', value: 0 },
      { date: '2023-11-30', value: 90 },
      { date: '2023-12-31', value: 100 },
    ],
    actualProgress: [{ date: '2023-11-30', value: 88 }],
    financialProgress: [],
    documents: [],
    modifications: [],
    ...overrides,
  };
}
