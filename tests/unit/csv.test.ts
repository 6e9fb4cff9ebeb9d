import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/domain/export/csv';
import { safeFileName } from '../../src/lib/download/save-file';

describe('CSV for Excel with Indonesian settings', () => {
  it('starts with a BOM, separates with ";" and keeps numbers plain', () => {
    const csv = toCsv(['Nama paket', 'Pagu (Rp)'], [['Jalan "CBL"; ruas 1', 10450000000.5]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFNama paket;Pagu (Rp)\r\n"Jalan ""CBL""; ruas 1";10450000000,5\r\n');
  });

  it('neutralises anything a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(attack).replace(/^"/, '')).toMatch(/^'/);
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text).replace(/^"/, '');
        // A plain negative number ("-6,27", "-0") stays as it is: a spreadsheet reads it as a number.
        const plainNegative = /^-\d+([.,]\d+)*"?$/.test(cell);
        expect(/^[=+\-@\t\r]/.test(cell) && !plainNegative).toBe(false);
      }),
    );
    expect(csvCell('-0')).toBe('-0');
    expect(csvCell('-6,27')).toBe('"-6,27"');
    expect(csvCell('-6,27+1')).toBe(`"'-6,27+1"`);
  });

  it('leaves no empty or unsafe file names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('<script>')).toBe('script');
    expect(safeFileName('')).toBe('pantaubangun');
  });
});
