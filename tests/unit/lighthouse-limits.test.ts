// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { comparisonTable, medianRun } from '../quality/floor/compare';
import { limitFailures } from '../quality/floor/limits';

const floor = { performance: 90, lcpMs: 2000, tbtMs: 100 };

describe('the limits against the floor page', () => {
  it('passes a page at the limits', () => {
    expect(limitFailures('page', { performance: 85, lcpMs: 2500, tbtMs: 200 }, floor)).toEqual([]);
    expect(limitFailures('chart-embed', { performance: 85, lcpMs: 2500, tbtMs: 200 }, floor)).toEqual([]);
  });

  it('names every limit a page breaks', () => {
    expect(limitFailures('page', { performance: 84, lcpMs: 2501, tbtMs: 201 }, floor)).toEqual([
      'performance 84 < floor 90 − 5',
      'LCP 2.50 s > 1.25 × floor 2.00 s',
      'TBT 201 ms > max(200 ms, 1.5 × floor 100 ms)',
    ]);
  });

  it('lets app pages block 1.5 × the floor, but holds chart embeds to 200 ms', () => {
    const slowFloor = { ...floor, tbtMs: 400 };
    const page = { performance: 90, lcpMs: 2000, tbtMs: 600 };
    expect(limitFailures('page', page, slowFloor)).toEqual([]);
    expect(limitFailures('chart-embed', page, slowFloor)).toEqual(['TBT 600 ms > 200 ms']);
  });
});

describe('the comparison table', () => {
  it('takes each figure’s median and shows the distance from the floor', () => {
    const run = (performance: number, tbtMs: number) => ({
      performance,
      accessibility: 100,
      bestPractices: 100,
      lcpMs: 3000,
      tbtMs,
      jsBytes: 242_000,
    });
    const median = medianRun([run(60, 900), run(80, 300), run(70, 600)]);
    expect(median).toMatchObject({ performance: 70, tbtMs: 600 });
    const floorRun = { ...run(90, 0), lcpMs: 2000, jsBytes: 121_000 };
    const table = comparisonTable([{ label: '/', run: median }], floorRun);
    expect(table).toContain('| / | 70 | −20 | 3.0 s | 1.50× | 600 ms | — | 242.0 kB | 2.00× | 100 | 100 |');
  });
});
