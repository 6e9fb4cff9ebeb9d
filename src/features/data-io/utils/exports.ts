import type { DatasetMeta } from '../../../domain/dataset/types';
import type { Filters } from '../../../domain/filters/filters';
import type { ProjectDetail } from '../../../domain/project/types';
import { toCsv } from '../../../domain/export/csv';
import { exportFileName, filterRecord } from '../../../domain/export/file-names';
import { toGeoJson } from '../../../domain/export/geojson';
import { buildPackage, packageOptionsFrom } from '../../../domain/export/oc4ids-package';
import { projectRows, type ExportLabels } from '../../../domain/export/project-columns';
import { xlsxOptions, xlsxSheet } from '../../../domain/export/xlsx-sheet';
import type { DownloadFormat } from '../../../domain/publish/download-sizes';
import { MIME, saveBlob, saveText } from '../../../lib/download/save-file';

export type ExportFormat = DownloadFormat;

/** Writes one download: the projects given (already filtered), in one format. */
export async function downloadProjects(
  format: ExportFormat,
  projects: readonly ProjectDetail[],
  meta: DatasetMeta,
  filters: Filters,
  labels: ExportLabels,
): Promise<void> {
  const name = (ext: string) => exportFileName(meta.asOf, filters, ext, meta.isSample);
  switch (format) {
    case 'oc4ids': {
      const pkg = buildPackage(projects, packageOptionsFrom(meta, filterRecord(filters)));
      saveText(`${JSON.stringify(pkg, null, 2)}\n`, name('json'), MIME.json);
      return;
    }
    case 'csv': {
      const { header, rows } = projectRows(projects, labels);
      saveText(toCsv(header, rows), name('csv'), MIME.csv);
      return;
    }
    case 'xlsx': {
      const { header, rows } = projectRows(projects, labels);
      // Loaded only when asked for: the writer is not part of any page.
      const { default: writeXlsxFile } = await import('write-excel-file/browser');
      const blob = await writeXlsxFile(xlsxSheet(header, rows), xlsxOptions(header, rows)).toBlob();
      saveBlob(blob, name('xlsx'));
      return;
    }
    case 'geojson':
      saveText(`${JSON.stringify(toGeoJson(projects, meta))}\n`, name('geojson'), MIME.geojson);
  }
}
