import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/spreadsheet/cell';
import { decodeCsvBytes, detectDelimiter } from '../../src/domain/spreadsheet/decode';
import { importTable, type ImportResult } from '../../src/domain/spreadsheet/import-table';
import { describeProblem } from '../../src/domain/spreadsheet/problem-text';
import { buildPackage } from '../../src/domain/export/oc4ids-package';
import { readPackage } from '../../src/domain/dataset/read-package';
import { BROKEN_CELLS, BROKEN_ROWS, EMPTY_ROW, VALID_IDS } from '../fixtures/spreadsheets/mixed-rows';

const DIR = 'tests/fixtures/spreadsheets';
const OPTIONS = { asOf: '2023-12-29', idPrefix: 'oc4ids-uji' };

function csvTable(path: string): Cell[][] {
  const { text } = decodeCsvBytes(readFileSync(path));
  return Papa.parse<string[]>(text, { delimiter: detectDelimiter(text) }).data;
}

const errorsOf = (result: ImportResult) =>
  result.problems
    .filter((p) => p.severity === 'error')
    .map(({ row, column, code }) => ({ row, column, code }))
    .sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
const sorted = [...BROKEN_CELLS].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

describe.each([
  ['CSV', async () => csvTable(`${DIR}/impor-campuran.csv`)],
  ['XLSX', async () => (await readSheet(`${DIR}/impor-campuran.xlsx`)) as Cell[][]],
])('the template with sample and broken rows (%s)', (_kind, load) => {
  it('reports every broken cell by row and column, and nothing else as an error', async () => {
    const result = importTable(await load(), OPTIONS);
    expect(result.fatal).toBeUndefined();
    expect(errorsOf(result)).toEqual(sorted);
  });

  it('keeps the valid rows, lists the invalid ones and the empty row', async () => {
    const result = importTable(await load(), OPTIONS);
    expect(result.valid.map((r) => r.record.id)).toEqual(VALID_IDS);
    expect(result.invalid).toEqual(BROKEN_ROWS);
    expect(result.emptyRows).toEqual([EMPTY_ROW]);
  });

  it('reads kecamatan spelling variants, Indonesian amounts and dates', async () => {
    const { valid } = importTable(await load(), OPTIONS);
    const byId = new Map(valid.map((r) => [r.record.id, r.record]));
    expect(byId.get('UJI-001')!.kecamatan?.name).toBe('Karang Bahagia');
    expect(byId.get('UJI-002')!.kecamatan?.name).toBe('Karang Bahagia');
    expect(byId.get('UJI-003')!.kecamatan?.name).toBe('Kedung Waringin');
    expect(byId.get('UJI-004')!.kecamatan?.slug).toBe('muaragembong');
    expect(byId.get('UJI-001')!.pagu).toBe(1_234_567_890);
    expect(byId.get('UJI-003')!.pagu).toBe(1_200_000_000);
    expect(byId.get('UJI-005')!.pagu).toBe(2_322_782_132);
    expect(byId.get('UJI-001')!.contractStart).toBe('2023-02-02');
    expect(byId.get('UJI-002')!.contractStart).toBe('2023-02-02');
    expect(byId.get('UJI-003')!.contractStart).toBe('2023-02-02');
    expect(byId.get('UJI-004')!.contractStart).toBe('2023-02-02');
    expect(byId.get('UJI-004')!.contractEnd).toBe('2023-10-31');
    expect(byId.get('UJI-003')!.geometry).toEqual({ type: 'Point', coordinates: [107.2401, -6.2502] });
  });

  it('builds a package the dashboard reads with the same statuses and totals', async () => {
    const { valid } = importTable(await load(), OPTIONS);
    const pkg = buildPackage(
      valid.map((r) => r.record),
      { uri: 'urn:uji', publisher: 'Uji', asOf: OPTIONS.asOf, isSample: false },
    );
    const dataset = readPackage(JSON.parse(JSON.stringify(pkg)), {
      sourceUrl: 'x',
      fallbackAsOf: '2000-01-01',
    });
    expect(dataset.rejected).toEqual([]);
    expect(dataset.projects.map((p) => [p.id, p.status])).toEqual([
      ['UJI-001', 'pelaksanaan'],
      ['UJI-002', 'pelaksanaan'],
      ['UJI-003', 'selesai'],
      ['UJI-004', 'pelaksanaan'],
      ['UJI-005', 'gagal-tender'],
      ['UJI-006', 'putus-kontrak'],
      ['UJI-007', 'persiapan'],
    ]);
    const pagu = dataset.projects.reduce((sum, p) => sum + (p.pagu ?? 0), 0);
    expect(pagu).toBe(valid.reduce((sum, r) => sum + (r.record.pagu ?? 0), 0));
    // UJI-001: plan 70 %, actual 55,5 % on the as-of date: period I, 14,5 points behind → kritis.
    expect(dataset.projects[0]!.progress.kritis?.kritis).toBe(true);
  });
});

describe('problem messages', () => {
  it('say row, column, header, value and what to do, in Indonesian and English', () => {
    const result = importTable(csvTable(`${DIR}/impor-campuran.csv`), OPTIONS);
    const pagu = result.problems.find((p) => p.code === 'not-a-number' && p.field === 'pagu')!;
    expect(describeProblem(pagu, 'id')).toBe(
      `Baris ${pagu.row}, kolom ${pagu.column} (Pagu (Rp)): "1,2,3" bukan angka yang dapat dibaca. Tulis misalnya 1.234.567.890, Rp 1.234.567.890,00 atau 1,2 M.`,
    );
    expect(describeProblem(pagu, 'en')).toMatch(/^Row \d+, column [A-Z]+ \(Pagu \(Rp\)\): "1,2,3" is not/);
  });
});

describe('whole-table problems', () => {
  it('explains an empty file, a sheet without headers and a missing title column', () => {
    expect(importTable([], OPTIONS).fatal).toBe('empty');
    expect(
      importTable(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        OPTIONS,
      ).fatal,
    ).toBe('no-header');
    expect(
      importTable(
        [
          ['Pagu', 'Kecamatan'],
          ['1', 'Setu'],
        ],
        OPTIONS,
      ).fatal,
    ).toBe('no-title-column');
  });

  it('finds the header below a title row and lists unknown columns', () => {
    const result = importTable(
      [
        ['DAFTAR PAKET DSDABMBK 2023'],
        [],
        ['Nama Paket', 'PAGU (Rp)', 'Warna'],
        ['Jalan A', '1.000.000', 'merah'],
      ],
      OPTIONS,
    );
    expect(result.headerRow).toBe(2);
    expect(result.ignoredColumns).toEqual([{ column: 'C', header: 'Warna' }]);
    expect(result.valid[0]!.record).toMatchObject({
      title: 'Jalan A',
      pagu: 1_000_000,
      id: 'oc4ids-uji-00004',
    });
  });

  it('uses a manual column mapping when given', () => {
    const result = importTable(
      [
        ['Nama', 'Angka'],
        ['Jalan A', '2.500'],
      ],
      { ...OPTIONS, mapping: ['title', 'hps'] },
    );
    expect(result.valid[0]!.record.hps).toBe(2500);
  });
});
