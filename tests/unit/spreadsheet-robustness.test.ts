import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/spreadsheet/cell';
import { columnLetter } from '../../src/domain/spreadsheet/headers';
import { importTable } from '../../src/domain/spreadsheet/import-table';
import { TEMPLATE_FIELDS, TEMPLATE_HEADERS } from '../../src/domain/spreadsheet/template';
import { describeProblem } from '../../src/domain/spreadsheet/problem-text';
import { csvCell, neutralizeFormula, toCsv } from '../../src/domain/export/csv';
import { detectDelimiter } from '../../src/domain/spreadsheet/decode';

const OPTIONS = { asOf: '2023-12-29', idPrefix: 'oc4ids-uji' };
const WIDTH = TEMPLATE_HEADERS.length;

const hostileText = fc.oneof(
  fc.constantFrom('=', '+', '@', '-', '＝').chain((start) =>
    // "+0" or "-5" is a signed number, not a formula: a letter after the sign keeps it hostile.
    fc.string({ maxLength: 30 }).map((rest) => `${start}${start === '-' || start === '+' ? 'x' : ''}${rest}`),
  ),
  fc.string({ maxLength: 20 }).map((s) => `<img src=x onerror="${s}">`),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<b>tebal</b>',
    '=cmd|" /C calc"!A0',
    '@SUM(1+1)*cmd|"/C calc"!A0',
  ),
);

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  hostileText,
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e300, -1e300, Number.MAX_SAFE_INTEGER, 1e18, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined, '', '   ', '-'),
);

const anyRow = fc.array(anyCell, { minLength: 0, maxLength: WIDTH + 3 });

describe('the import never crashes and never drops a row unsaid', () => {
  it('partitions every data row into valid, invalid or empty, each error pinned to a real cell', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 30 }), (rows) => {
        const table: Cell[][] = [TEMPLATE_HEADERS, ...rows];
        const result = importTable(table, OPTIONS);
        let last = table.length - 1;
        while (
          last > 0 &&
          table[last]!.every((c) => c === null || c === undefined || String(c).trim() === '' || c === '-')
        )
          last--;
        const dataRows = Array.from({ length: last }, (_, i) => i + 2);
        const seen = [...result.valid.map((r) => r.row), ...result.invalid, ...result.emptyRows].sort(
          (a, b) => a - b,
        );
        expect(seen).toEqual(dataRows);
        for (const row of result.invalid)
          expect(result.problems.some((p) => p.row === row && p.severity === 'error')).toBe(true);
        for (const problem of result.problems) {
          expect(dataRows).toContain(problem.row);
          if (problem.column)
            expect(TEMPLATE_HEADERS.map((_, i) => columnLetter(i))).toContain(problem.column);
          expect(describeProblem(problem, 'id')).toMatch(/^Baris \d+/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reports every hostile cell at its own row and column, in any column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: WIDTH - 1 }), hostileText), {
          minLength: 1,
          maxLength: 20,
        }),
        (placements) => {
          const rows = placements.map(([column, value]) => {
            const row: Cell[] = TEMPLATE_FIELDS.map((field) => (field === 'title' ? 'Jalan Uji' : null));
            row[column] = value;
            return row;
          });
          const result = importTable([TEMPLATE_HEADERS, ...rows], OPTIONS);
          placements.forEach(([column], i) => {
            const problem = result.problems.find((p) => p.row === i + 2 && p.column === columnLetter(column));
            expect(problem?.severity).toBe('error');
          });
          expect(result.valid).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads 10,000 rows with a bad cell in every tenth row', () => {
    const rows: Cell[][] = Array.from({ length: 10_000 }, (_, i) =>
      TEMPLATE_FIELDS.map((field) => {
        if (field === 'id') return `UJI-${i}`;
        if (field === 'title') return `Jalan Uji ${i}`;
        if (field === 'pagu') return i % 10 === 0 ? 'sejuta' : `Rp ${(i % 900) + 100}.000.000,00`;
        if (field === 'kecamatan') return i % 2 ? 'Karangbahagia' : 'Muara Gembong';
        if (field === 'startDate') return '02/02/2023';
        return null;
      }),
    );
    const result = importTable([TEMPLATE_HEADERS, ...rows], OPTIONS);
    expect(result.valid).toHaveLength(9_000);
    expect(result.invalid).toHaveLength(1_000);
    expect(result.problems.filter((p) => p.code === 'not-a-number')).toHaveLength(1_000);
  });
});

describe('CSV export neutralises formula injection', () => {
  it('never starts a text cell with a formula character, and reads back what was written', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string({ maxLength: 30 }), hostileText, fc.double({ noNaN: true })), {
            minLength: 2,
            maxLength: 6,
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (rows) => {
          const width = Math.max(...rows.map((r) => r.length));
          const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
          const header = Array.from({ length: width }, (_, i) => `Kolom ${i}`);
          const csv = toCsv(header, padded);
          expect(csv.startsWith('\uFEFF')).toBe(true);
          const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
          expect(parsed).toHaveLength(rows.length + 1);
          parsed.slice(1).forEach((row, r) =>
            row.forEach((cell, c) => {
              const original = padded[r]![c]!;
              if (typeof original === 'string') {
                expect(cell).not.toMatch(/^[=+@\t\r＝＋－＠]/);
                if (/^-/.test(cell)) expect(cell).toMatch(/^-\d+([.,]\d+)*$/);
                expect(cell).toBe(neutralizeFormula(original));
              }
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes plain numbers with a decimal comma and never exponent notation', () => {
    expect(csvCell(1_234_567_890)).toBe('1234567890');
    expect(csvCell(45.6)).toBe('45,6');
    expect(csvCell(-12.5)).toBe('-12,5');
    expect(csvCell(1e21)).toBe('1000000000000000000000');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('Jalan; Raya')).toBe('"Jalan; Raya"');
    expect(detectDelimiter(toCsv(['a', 'b'], [['1,5', '2,5']]))).toBe(';');
  });
});
