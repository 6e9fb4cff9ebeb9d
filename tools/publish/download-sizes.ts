import writeXlsxFile from 'write-excel-file/node';
import type { DatasetMeta } from '../../src/domain/dataset/types';
import { toCsv } from '../../src/domain/export/csv';
import { projectRows } from '../../src/domain/export/project-columns';
import { xlsxOptions, xlsxSheet } from '../../src/domain/export/xlsx-sheet';
import type { ProjectDetail } from '../../src/domain/project/types';
import { measureDownloadSizes, type XlsxModel } from '../../src/domain/publish/download-sizes';
import { SPREADSHEET_LABELS } from '../../src/features/data-io/utils/export-labels';

/** Rows the XLSX ratio is measured on: enough to be typical, few enough for 100,000 projects. */
const XLSX_SAMPLE_ROWS = 2000;

/** The XLSX writer's bytes for some projects' rows, and the CSV's for the same rows. */
async function xlsxAndCsvBytes(projects: readonly ProjectDetail[]): Promise<[xlsx: number, csv: number]> {
  const { header, rows } = projectRows(projects, SPREADSHEET_LABELS);
  const xlsx = await writeXlsxFile(xlsxSheet(header, rows), xlsxOptions(header, rows)).toBuffer();
  return [xlsx.length, Buffer.byteLength(toCsv(header, rows))];
}

/** The XLSX size model (XlsxModel), written with the app's own sheet and options. */
async function xlsxModel(projects: readonly ProjectDetail[]): Promise<XlsxModel | undefined> {
  const sample = projects.slice(0, XLSX_SAMPLE_ROWS);
  if (sample.length === 0) return undefined;
  const [emptyXlsx, emptyCsv] = await xlsxAndCsvBytes([]);
  const [xlsx, csv] = await xlsxAndCsvBytes(sample);
  return { empty: emptyXlsx, perCsvByte: Number(((xlsx - emptyXlsx) / (csv - emptyCsv)).toFixed(4)) };
}

/** unduhan.json: what each download of /data weighs (see domain/publish/download-sizes.ts). */
export async function downloadSizesText(
  projects: readonly ProjectDetail[],
  meta: DatasetMeta,
): Promise<string> {
  return JSON.stringify(measureDownloadSizes(projects, meta, SPREADSHEET_LABELS, await xlsxModel(projects)));
}
