/**
 * Writes the import template to public/templates/ as CSV and XLSX (npm run data:template). Run it
 * again whenever the columns in src/domain/spreadsheet/fields.ts or the examples in template.ts
 * change: a unit test (spreadsheet-template) fails while the committed CSV is behind.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { TEMPLATE_HEADERS, TEMPLATE_ROWS, templateCsv } from '../../src/domain/spreadsheet/template';

export const TEMPLATE_DIR = 'public/templates';
export const TEMPLATE_NAME = 'templat-impor-paket';

async function main() {
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  writeFileSync(`${TEMPLATE_DIR}/${TEMPLATE_NAME}.csv`, templateCsv());
  // Text cells ("@" format) so Excel keeps "02/02/2023" and "Rp 1.234.567.890,00" as written:
  // the import reads the Indonesian forms, and Excel must not re-interpret them by its locale.
  const sheet = [
    TEMPLATE_HEADERS.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...TEMPLATE_ROWS.map((row) => row.map((value) => ({ value, type: String, format: '@' }))),
  ];
  await writeXlsxFile(sheet, {
    columns: TEMPLATE_HEADERS.map((h) => ({ width: Math.max(12, h.length + 2) })),
    stickyRowsCount: 1,
  }).toFile(`${TEMPLATE_DIR}/${TEMPLATE_NAME}.xlsx`);
  console.log(`Templat ditulis ke ${TEMPLATE_DIR}/${TEMPLATE_NAME}.csv dan .xlsx`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
