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
import { TEMPLATE_HEADERS, TEMPLATE_ROWS } from '../../src/domain/spreadsheet/template';
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- written OC4IDS, read as plain JSON
type Summary = Record<string, any>;

describe('the columns an integrity reading needs', () => {
  it('are in the template, whose example rows import without a problem', () => {
    for (const header of [
      'Metode pemilihan',
      'Jumlah penawar',
      'HPS (Rp)',
      'Nilai addendum (Rp)',
      'Tanggal addendum',
    ])
      expect(TEMPLATE_HEADERS).toContain(header);
    const result = importTable([TEMPLATE_HEADERS, ...TEMPLATE_ROWS], OPTIONS);
    expect(result.problems).toEqual([]);
    const [first, second] = result.valid.map((r) => r.record);
    expect([first!.tenderers, first!.procurementCode, first!.modifications]).toEqual([7, 'open', []]);
    expect(second).toMatchObject({ tenderers: 1, procurementCode: 'limited', contractValue: 1_150_000_000 });
    expect(second!.modifications).toEqual([
      {
        id: 'addendum-1',
        type: 'value',
        date: '2023-05-15',
        oldValue: 1_150_000_000,
        newValue: 1_190_000_000,
      },
    ]);
  });

  const HEADERS = [
    'Nama paket',
    'Tanggal mulai',
    'Pagu (Rp)',
    'HPS',
    'Nilai kontrak',
    'Metode Pemilihan',
    'Jumlah Penawar',
    'Penyedia',
    'Nilai Addendum',
    'Tanggal Addendum',
  ];
  const table = (...rows: Cell[][]) => [HEADERS, ...rows];

  it('writes the method code, the number of tenderers and a value addendum to OC4IDS', () => {
    const result = importTable(
      table(
        [
          'Jalan A',
          '02/02/2023',
          '1,2 M',
          '1.190.000.000',
          '1.150.000.000',
          'Tender',
          '1',
          'CV A (fiktif)',
          'Rp 1.190.000.000',
          '15/05/2023',
        ],
        ['Jalan B', '', '', '', '', 'E-Purchasing (e-katalog lokal)', 1, '', '', ''],
        ['Jalan C', '', '', '', '', 'Seleksi', '4 penawar', '', '', ''],
        ['Jalan D', '', '', '', '', 'Penunjukan Langsung', '', '', '', ''],
        ['Jalan E', '', '', '', '', 'Swakelola', '', '', '', ''],
      ),
      OPTIONS,
    );
    expect(result.problems).toEqual([]);
    const pkg = buildPackage(
      result.valid.map((r) => r.record),
      { uri: 'urn:uji', publisher: 'Uji', asOf: OPTIONS.asOf, isSample: false },
    );
    const summaries = (pkg.projects as { contractingProcesses: { summary: Summary }[] }[]).map(
      (p) => p.contractingProcesses[0]!.summary,
    );
    expect(summaries.map((s) => [s.tender.procurementMethod, s.tender.procurementMethodDetails, s.tender.numberOfTenderers])).toEqual([
      ['open', 'Tender', 1],
      ['limited', 'E-Purchasing', 1],
      ['selective', 'Seleksi', 4],
      ['direct', 'Penunjukan Langsung', undefined],
      ['direct', 'Swakelola', undefined],
    ]); // prettier-ignore
    expect(summaries[0]!.tender.costEstimate).toEqual({ amount: 1_190_000_000, currency: 'IDR' });
    expect(summaries[0]!.contractValue).toEqual({ amount: 1_150_000_000, currency: 'IDR' });
    expect(summaries[0]!.modifications).toEqual([
      {
        id: 'addendum-1',
        date: '2023-05-15T00:00:00Z',
        type: 'value',
        oldContractValue: { amount: 1_150_000_000, currency: 'IDR' },
        newContractValue: { amount: 1_190_000_000, currency: 'IDR' },
      },
    ]);
    // Read back, the dashboard sees the signed value, the latest value and the tenderers.
    const back = readPackage(JSON.parse(JSON.stringify(pkg)), { sourceUrl: 'x', fallbackAsOf: '2000-01-01' });
    expect(back.projects[0]).toMatchObject({
      contractValue: 1_150_000_000,
      latestValue: 1_190_000_000,
      tenderers: 1,
      procurementCode: 'open',
    });
  });

  it('reports odd values by row and column in plain words, and never crashes', () => {
    const result = importTable(
      table(
        ['Jalan A', '', '', '', '', 'Tender', '3,5', '', '', ''],
        ['Jalan B', '', '', '', '', 'Tender', '1.000', '', '', ''],
        ['Jalan C', '', '', '', '', 'Tender', 'tiga', '', '', ''],
        ['Jalan D', '', '', '', '', 'Tender', '-2', '', '', ''],
        ['Jalan E', '', '', '', '', '', '', '', '0', ''],
        ['Jalan F', '', '', '', '', '', '', '', '', '15/05/2023'],
        ['Jalan G', '02/06/2023', '', '', '', '', '', '', '1.000.000', '15/05/2023'],
        ['Jalan H', '', '', '', '', '', '', '', '1.000.000', '31/02/2023'],
        ['Jalan I', '', '', '', '', '', true, '', 'sejuta', ''],
      ),
      OPTIONS,
    );
    expect(result.valid).toEqual([]);
    expect(
      result.problems.map(({ row, column, code, severity }) => ({ row, column, code, severity })),
    ).toEqual([
      { row: 2, column: 'G', code: 'not-a-count', severity: 'error' },
      { row: 3, column: 'G', code: 'too-many-tenderers', severity: 'error' },
      { row: 4, column: 'G', code: 'not-a-count', severity: 'error' },
      { row: 5, column: 'G', code: 'negative', severity: 'error' },
      { row: 6, column: 'I', code: 'not-positive', severity: 'error' },
      { row: 7, column: 'J', code: 'addendum-date-without-value', severity: 'error' },
      { row: 8, column: 'J', code: 'addendum-before-start', severity: 'error' },
      { row: 9, column: 'J', code: 'impossible-date', severity: 'error' },
      { row: 10, column: 'G', code: 'unexpected-type', severity: 'error' },
      { row: 10, column: 'I', code: 'not-a-number', severity: 'error' },
    ]);
    const text = result.problems.map((p) => describeProblem(p, 'id'));
    expect(text[0]).toBe(
      'Baris 2, kolom G (Jumlah Penawar): "3,5" harus bilangan bulat 0 atau lebih, misalnya 3 (jumlah perusahaan yang memasukkan penawaran).',
    );
    expect(text[1]).toBe(
      'Baris 3, kolom G (Jumlah Penawar): "1.000" lebih dari 500 penawar; periksa angkanya. Isi jumlah penawaran yang masuk, bukan jumlah peserta yang mendaftar.',
    );
    expect(text[5]).toBe(
      'Baris 7, kolom J (Tanggal Addendum): "15/05/2023" tanggal addendum terisi tanpa nilai addendum. Kolom ini untuk addendum nilai: isi "Nilai addendum (Rp)" atau kosongkan tanggalnya.',
    );
    for (const problem of result.problems)
      expect(describeProblem(problem, 'en')).toMatch(/^Row \d+, column [A-J] /);
  });

  it('keeps rows whose values only look odd, with a warning at the cell to check', () => {
    const result = importTable(
      table(
        // The difference written instead of the value after the addendum.
        ['Jalan A', '', '', '', '1.150.000.000', 'Tender', '3', '', '40.000.000', ''],
        // Past the pagu after the addendum.
        ['Jalan B', '', '1.000.000.000', '', '950.000.000', 'Tender', '3', '', '1.050.000.000', ''],
        // No bid, yet a contract.
        ['Jalan C', '', '', '', '950.000.000', 'Tender', '0', 'CV C (fiktif)', '', ''],
      ),
      OPTIONS,
    );
    expect(result.valid.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(
      result.problems.map(({ row, column, code, severity }) => ({ row, column, code, severity })),
    ).toEqual([
      { row: 2, column: 'I', code: 'addendum-looks-like-difference', severity: 'warning' },
      { row: 3, column: 'I', code: 'addendum-above-pagu', severity: 'warning' },
      { row: 4, column: 'G', code: 'no-tenderer-with-contract', severity: 'warning' },
    ]);
    expect(result.valid[0]!.record.modifications[0]).toMatchObject({
      oldValue: 1_150_000_000,
      newValue: 40_000_000,
    });
    expect(result.valid[2]!.record.tenderers).toBe(0);
  });
});
