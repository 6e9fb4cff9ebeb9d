/**
 * The spreadsheet import as a command, for the Dinas' publishing pipeline. Same parsing code as the
 * /data/impor page (src/domain/spreadsheet). Usage:
 *
 *   npm run data:import -- paket-2023.xlsx -o public/data/paket-2023.json [--per 2023-12-29]
 *     [--penerbit "Dinas SDABMBK Kabupaten Bekasi"] [--awalan-id oc4ids-bekasi] [--uri https://…]
 *     [--lembar "Sheet1"] [--contoh] [--izinkan-sebagian]
 *
 * Every problem is printed by row and column. With any row in error nothing is written (exit 1),
 * unless --izinkan-sebagian: then the valid rows are written and the invalid ones listed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import type { Cell } from '../../src/domain/spreadsheet/cell';
import { decodeCsvBytes, detectDelimiter, fileKind } from '../../src/domain/spreadsheet/decode';
import { importTable } from '../../src/domain/spreadsheet/import-table';
import { describeProblem } from '../../src/domain/spreadsheet/problem-text';
import { buildPackage } from '../../src/domain/export/oc4ids-package';
import { asOfOption, inputAndOutput } from '../cli-options';

const USAGE =
  'Pemakaian: npm run data:import -- <berkas.xlsx|berkas.csv> -o <keluaran.json> [--per yyyy-mm-dd] ' +
  '[--penerbit NAMA] [--awalan-id AWALAN] [--uri URI] [--lembar NAMA] [--contoh] [--izinkan-sebagian]';

async function readTable(path: string, sheet: string | undefined): Promise<Cell[][]> {
  const bytes = readFileSync(path);
  const kind = fileKind(path, bytes.subarray(0, 2));
  if (kind === 'csv') {
    const { text, encoding } = decodeCsvBytes(bytes);
    if (encoding !== 'utf-8') console.error('Catatan: berkas dibaca sebagai Windows-1252 (bukan UTF-8).');
    return Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false }).data;
  }
  if (kind === 'xlsx') return (await (sheet ? readSheet(path, sheet) : readSheet(path))) as Cell[][];
  throw new Error('Jenis berkas tidak didukung: pakai .xlsx atau .csv (simpan .xls sebagai .xlsx).');
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      per: { type: 'string' },
      penerbit: { type: 'string', default: 'Dinas SDABMBK Kabupaten Bekasi' },
      'awalan-id': { type: 'string', default: 'oc4ids-impor' },
      uri: { type: 'string' },
      lembar: { type: 'string' },
      contoh: { type: 'boolean', default: false },
      'izinkan-sebagian': { type: 'boolean', default: false },
    },
  });
  const files = inputAndOutput(positionals, values.output, USAGE);
  if (!files) return 2;
  const { input, output } = files;
  const asOf = asOfOption(values.per);
  if (!asOf) return 2;
  const table = await readTable(input, values.lembar);
  const result = importTable(table, { asOf, idPrefix: values['awalan-id'] });
  if (result.fatal) {
    const reasons = {
      empty: 'Berkas kosong.',
      'no-header':
        'Baris judul kolom tidak ditemukan (minimal dua kolom yang dikenal, mis. "Nama paket" dan "Pagu").',
      'no-title-column': 'Kolom "Nama paket" tidak ditemukan.',
    };
    console.error(reasons[result.fatal]);
    return 1;
  }
  for (const problem of result.problems)
    console.error(
      `${problem.severity === 'error' ? 'GALAT' : 'PERINGATAN'} ${describeProblem(problem, 'id')}`,
    );
  for (const { column, header } of result.ignoredColumns)
    console.error(`Kolom ${column} "${header}" tidak dikenal dan diabaikan.`);
  if (result.emptyRows.length) console.error(`Baris kosong dilewati: ${result.emptyRows.join(', ')}.`);
  console.error(
    `${result.valid.length} baris sah, ${result.invalid.length} baris bermasalah` +
      (result.invalid.length ? ` (baris ${result.invalid.join(', ')})` : '') +
      '.',
  );
  if (result.valid.length === 0 || (result.invalid.length > 0 && !values['izinkan-sebagian'])) {
    console.error('Tidak ada berkas yang ditulis. Perbaiki baris bermasalah atau pakai --izinkan-sebagian.');
    return 1;
  }
  const pkg = buildPackage(
    result.valid.map((r) => r.record),
    {
      uri: values.uri ?? `urn:pantaubangun:impor:${basename(input)}:${asOf}`,
      publisher: values.penerbit,
      asOf,
      isSample: values.contoh,
    },
  );
  writeFileSync(output, `${JSON.stringify(pkg, null, 2)}\n`);
  console.error(`Paket OC4IDS dengan ${pkg.projects.length} proyek ditulis ke ${output}.`);
  return 0;
}

if (process.argv[1] && /import-cli\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
