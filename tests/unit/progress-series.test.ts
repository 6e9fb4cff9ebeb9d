// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { percentSeries } from '../../src/domain/project/progress-series';

const observation = (date: string | undefined, measure: unknown) => ({
  period: date === undefined ? undefined : { endDate: date },
  measure: measure as string | number,
});
const metric = (id: string, ...observations: ReturnType<typeof observation>[]) => ({ id, observations });

describe('percentSeries', () => {
  it('keeps reports given in date order as they are, clamped to 0–100', () => {
    const series = percentSeries(
      [
        metric(
          'physicalProgress',
          observation('2023-03-01', 10),
          observation('2023-04-01', '25,5%'),
          observation('2023-05-01', 140),
        ),
      ],
      'physicalProgress',
    );
    expect(series).toEqual([
      { date: '2023-03-01', value: 10 },
      { date: '2023-04-01', value: 25.5 },
      { date: '2023-05-01', value: 100 },
    ]);
  });

  it('sorts reports out of order, keeps the last value of a repeated date, and skips what has no date or number', () => {
    const series = percentSeries(
      [
        metric('physicalProgress', observation('2023-05-01', 50), observation('2023-03-01', 10)),
        metric('other', observation('2023-04-01', 99)),
        metric(
          'physicalProgress',
          observation('2023-05-01T10:00:00Z', 55),
          observation(undefined, 70),
          observation('2023-04-01', 'n/a'),
        ),
        metric('physicalProgress', observation('2023-04-01', -5)),
      ],
      'physicalProgress',
    );
    expect(series).toEqual([
      { date: '2023-03-01', value: 10 },
      { date: '2023-04-01', value: 0 },
      { date: '2023-05-01', value: 55 },
    ]);
  });

  it('treats a repeated date in otherwise ordered reports as a repeat, keeping the last', () => {
    const series = percentSeries(
      [
        metric(
          'p',
          observation('2023-03-01', 10),
          observation('2023-03-01', 12),
          observation('2023-04-01', 20),
        ),
      ],
      'p',
    );
    expect(series).toEqual([
      { date: '2023-03-01', value: 12 },
      { date: '2023-04-01', value: 20 },
    ]);
  });
});
