import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { TEMPLATE_HEADERS, templateCsv } from '../../src/domain/spreadsheet/template';

// The templates /data/impor offers for download are committed files (public/templates/), written by
// `npm run data:template`: they must follow the columns the import reads.
const DIR = 'public/templates/templat-impor-paket';

describe('the committed import templates', () => {
  it('CSV: is what the generator writes today', () => {
    expect(readFileSync(`${DIR}.csv`, 'utf8')).toBe(templateCsv());
  });

  it('XLSX: has the import columns as its header row', async () => {
    const rows = await readSheet(readFileSync(`${DIR}.xlsx`));
    expect(rows[0]).toEqual([...TEMPLATE_HEADERS]);
  });
});
