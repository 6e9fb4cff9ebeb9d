import { describe, expect, it } from 'vitest';
import { chooseAsOf, latestRecordedDay } from '../../src/domain/dataset/as-of';
import { projectSchema, type Oc4idsProject } from '../../src/domain/oc4ids/schema';
import { makeProject } from '../fixtures/oc4ids-builders';

const project = (overrides: Record<string, unknown> = {}): Oc4idsProject =>
  projectSchema.parse(makeProject(overrides));
const report = (endDate: string) => [
  { id: 'physicalProgress', observations: [{ id: '1', measure: 5, period: { endDate } }] },
];

describe('the as-of date of a package', () => {
  it('is the publishedDate when the package states one, whatever its records say', () => {
    expect(chooseAsOf('2023-12-29', [project({ updated: '2024-02-01T00:00:00Z' })], '2026-12-04')).toEqual({
      asOf: '2023-12-29',
    });
  });

  it('is otherwise the newest report, update or completion of any project', () => {
    // makeProject's newest report is 1 Aug 2023.
    expect(chooseAsOf(undefined, [project()], '2026-12-04')).toEqual({
      asOf: '2023-08-01',
      asOfSource: 'latest-record',
    });
    expect(
      latestRecordedDay([project(), project({ updated: '2023-09-03T08:00:00+07:00' })], '2026-12-04'),
    ).toBe('2023-09-03');
    expect(latestRecordedDay([project({ completion: { endDate: '2023-11-30' } })], '2026-12-04')).toBe(
      '2023-11-30',
    );
    expect(latestRecordedDay([project({ metrics: report('2023-10-05T00:00:00Z') })], '2026-12-04')).toBe(
      '2023-10-05',
    );
  });

  it('ignores planned curves and days after the package is read', () => {
    // Forecasts run to 28 Oct; a report dated 2031 is a typo, not news.
    const dated = project({ metrics: [...report('2031-01-01'), ...report('2023-07-01')] });
    expect(latestRecordedDay([dated], '2026-12-04')).toBe('2023-07-01');
  });

  it('is the day it is read, flagged, when nothing in the package carries a date', () => {
    expect(chooseAsOf(undefined, [project({ metrics: [] })], '2026-12-04')).toEqual({
      asOf: '2026-12-04',
      asOfSource: 'read-date',
    });
    expect(chooseAsOf(undefined, [], '2026-12-04').asOfSource).toBe('read-date');
  });
});
