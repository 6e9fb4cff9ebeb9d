import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurvaSSeries, programmeKurvaS, weekDates } from '../../src/domain/aggregate/kurva-s';
import { headlineFigures } from '../../src/domain/aggregate/headline';
import { valueAt } from '../../src/domain/progress/series';
import type { ProgressPoint, ProjectDetail } from '../../src/domain/project/types';
import { sampleProjects } from './aggregate-arbitraries';

const base = sampleProjects()[0]!;
let nextId = 0;
const withSeries = (
  contractValue: number,
  plannedProgress: ProgressPoint[],
  actualProgress: ProgressPoint[],
) =>
  ({
    ...base,
    id: `kurva-${nextId++}`,
    contractValue,
    plannedProgress,
    actualProgress,
    financialProgress: [],
  }) as ProjectDetail;

/** The programme curve as the app computes it: weekly curves per package, then weighted sums. */
const curveOf = (projects: ProjectDetail[], asOf: string) =>
  programmeKurvaS(projects, kurvaSSeries(projects, asOf));

describe('programme kurva S', () => {
  it('has a point every week of the year, plus the as-of date', () => {
    const dates = weekDates(2023, '2023-12-29');
    expect(dates[0]).toBe('2023-01-01');
    expect(dates.at(-1)).toBe('2023-12-31');
    expect(dates).toContain('2023-12-29');
    expect(dates).toHaveLength(54);
  });

  it('weights each package by its contract value and stops the actual line at the as-of date', () => {
    const small = withSeries(
      100,
      [
        { date: '2023-01-01', value: 0 },
        { date: '2023-01-15', value: 100 },
      ],
      [{ date: '2023-01-08', value: 40 }],
    );
    const large = withSeries(
      300,
      [
        { date: '2023-01-08', value: 0 },
        { date: '2023-01-22', value: 100 },
      ],
      [],
    );
    const curve = curveOf([small, large], '2023-01-10');
    const week2 = curve.points.find((p) => p.date === '2023-01-08')!;
    expect(week2.planned).toBe((100 * 50 + 300 * 0) / 400);
    expect(week2.actual).toBe((100 * 40) / 400);
    expect(curve.points.find((p) => p.date === '2023-01-15')!.actual).toBeUndefined();
    expect(curve.points.at(-1)!.planned).toBe(100);
    expect(curve).toMatchObject({ packages: 2, weight: 400 });
  });

  it('samples plans the same way as the per-project rule (valueAt)', () => {
    const series = fc
      .uniqueArray(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 12 })
      .chain((days) =>
        fc.tuple(
          fc.constant(days.sort((a, b) => a - b)),
          fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
            minLength: days.length,
            maxLength: days.length,
          }),
        ),
      )
      .map(([days, values]) =>
        days.map((d, i) => ({
          date: new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10),
          value: values[i]!,
        })),
      );
    fc.assert(
      fc.property(series, (plan) => {
        const curve = curveOf([withSeries(1, plan, [])], '2023-12-29');
        // Weekly curves carry hundredths of a point.
        for (const point of curve.points)
          expect(Math.abs(point.planned - valueAt(plan, point.date)!)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });

  it('is empty without contracted, planned packages (no broken axis)', () => {
    expect(curveOf([], '2023-12-29').points).toEqual([]);
  });

  it('ends, for the sample data, at the headline physical progress', () => {
    const projects = sampleProjects();
    const curve = curveOf(projects, '2023-12-29');
    const atAsOf = curve.points.find((p) => p.date === '2023-12-29')!;
    expect(Math.abs(atAsOf.actual! - headlineFigures(projects).physicalPercent!)).toBeLessThanOrEqual(0.005);
    for (let i = 1; i < curve.points.length; i++)
      expect(curve.points[i]!.planned).toBeGreaterThanOrEqual(curve.points[i - 1]!.planned - 1e-9);
  });
});
