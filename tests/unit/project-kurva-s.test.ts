import { describe, expect, it } from 'vitest';
import {
  buildKurvaSRows,
  deviationSeries,
  toleranceBand,
  toleranceFor,
} from '../../src/domain/progress/kurva-s';

describe('tolerance band of the kritis rule', () => {
  it.each([
    [0, [0, 0]],
    [5, [0, 5]],
    [50, [40, 50]],
    [70, [60, 70]],
    [70.01, [65.01, 70.01]],
    [100, [95, 100]],
  ])('plan %s → band %j', (plan, band) => {
    expect(toleranceBand(plan)).toEqual(band);
  });
  it('is 10 points up to and including 70 %, 5 above', () => {
    expect(toleranceFor(70)).toBe(10);
    expect(toleranceFor(70.001)).toBe(5);
  });
});

describe('kurva S rows', () => {
  const plannedProgress = [
    { date: '2023-07-01', value: 10 },
    { date: '2023-08-01', value: 50 },
    { date: '2023-10-28', value: 100 },
  ];
  it('merges plan, reports and payments by date, interpolating the plan on report-only dates', () => {
    const rows = buildKurvaSRows({
      plannedProgress,
      actualProgress: [{ date: '2023-07-16', value: 20 }],
      financialProgress: [{ date: '2023-07-16', amount: 300, percent: 12.345 }],
    });
    expect(rows.map((r) => r.date)).toEqual(['2023-07-01', '2023-07-16', '2023-08-01', '2023-10-28']);
    const mid = rows[1]!;
    // 15 of 31 days from 10 % to 50 %.
    expect(mid.planned).toBeCloseTo(10 + (40 * 15) / 31, 2);
    expect(mid.plannedInterpolated).toBe(true);
    expect(mid.deviation).toBeCloseTo(20 - (10 + (40 * 15) / 31), 2);
    expect(mid.financial).toBe(12.35);
    expect(mid.financialAmount).toBe(300);
    expect(rows[0]).toMatchObject({ planned: 10, plannedInterpolated: false, band: [0, 10] });
    expect(rows[3]!.band).toEqual([95, 100]);
    expect(rows[0]!.deviation).toBeUndefined();
  });
  it('sorts out-of-order input, drops bad dates and values, and keeps the last of a repeated date', () => {
    const rows = buildKurvaSRows({
      plannedProgress: [],
      actualProgress: [
        { date: '2023-09-01', value: 40 },
        { date: 'bukan-tanggal', value: 10 },
        { date: '2023-08-01', value: Number.NaN },
        { date: '2023-07-01', value: 5 },
        { date: '2023-09-01', value: 42 },
      ],
      financialProgress: [],
    });
    expect(rows.map((r) => [r.date, r.actual, r.planned])).toEqual([
      ['2023-07-01', 5, undefined],
      ['2023-09-01', 42, undefined],
    ]);
    expect(rows.every((r) => r.band === undefined && r.deviation === undefined)).toBe(true);
  });
  it('handles one point and no data', () => {
    expect(
      buildKurvaSRows({
        plannedProgress: [],
        actualProgress: [{ date: '2023-07-01', value: 5 }],
        financialProgress: [],
      }),
    ).toHaveLength(1);
    expect(buildKurvaSRows({ plannedProgress: [], actualProgress: [], financialProgress: [] })).toEqual([]);
  });
});

describe('deviation per period', () => {
  it('flags reports beyond the tolerance of their period, at the exact boundaries', () => {
    const points = deviationSeries({
      plannedProgress: [
        { date: '2023-01-01', value: 50 },
        { date: '2023-02-01', value: 70 },
        { date: '2023-03-01', value: 80 },
        { date: '2023-04-01', value: 90 },
      ],
      actualProgress: [
        { date: '2023-01-01', value: 40 }, // lag exactly 10, period I
        { date: '2023-02-01', value: 59.99 }, // lag 10.01 at plan exactly 70
        { date: '2023-03-01', value: 75 }, // lag exactly 5, period II
        { date: '2023-04-01', value: 84.99 }, // lag 5.01
      ],
    });
    expect(points.map((p) => [p.deviation, p.tolerance, p.beyondTolerance])).toEqual([
      [-10, 10, false],
      [-10.01, 10, true],
      [-5, 5, false],
      [-5.01, 5, true],
    ]);
  });
  it('is empty without a plan', () => {
    expect(
      deviationSeries({ plannedProgress: [], actualProgress: [{ date: '2023-01-01', value: 1 }] }),
    ).toEqual([]);
  });
});
