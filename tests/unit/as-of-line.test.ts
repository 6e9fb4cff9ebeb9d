import { describe, expect, it } from 'vitest';
import { asOfLabel, asOfLine } from '../../src/domain/format/as-of';

describe('asOfLine', () => {
  it("dates figures by the data's own day, published or recorded", () => {
    expect(asOfLine({ asOf: '2023-12-29' })).toBe('Data per 29 Desember 2023');
    expect(asOfLine({ asOf: '2023-09-03', asOfSource: 'latest-record' }, 'en', 'short')).toBe(
      'Data as of 3 Sept 2023',
    );
  });

  it('never calls the day a package was read the date of its data', () => {
    const read = { asOf: '2026-12-05', asOfSource: 'read-date' } as const;
    expect(asOfLine(read)).toBe('Dihitung per 5 Desember 2026');
    expect(asOfLine(read, 'en')).toBe('Computed for 5 December 2026');
    expect(asOfLabel(read)).toBe('Dihitung per');
  });
});
