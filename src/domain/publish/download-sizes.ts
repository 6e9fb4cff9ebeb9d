import type { DatasetMeta } from '../dataset/types';
import type { ProjectDetail } from '../project/types';
import { toCsv } from '../export/csv';
import { toGeoJson } from '../export/geojson';
import { buildPackage, packageOptionsFrom } from '../export/oc4ids-package';
import { projectRows, type ExportLabels } from '../export/project-columns';

/** The files /data offers, as its buttons name them. */
export type DownloadFormat = 'oc4ids' | 'csv' | 'xlsx' | 'geojson';
/** The formats whose size is a sum over projects (text: a row, a feature, a record each). */
const SUMMED = ['csv', 'geojson', 'oc4ids'] as const;
type SummedFormat = (typeof SUMMED)[number];

/**
 * An XLSX file is compressed, so its size is not a sum: it is estimated as its empty file (the
 * zip's fixed parts) plus so many bytes per byte of the same rows in CSV, both measured on the
 * published rows.
 */
export interface XlsxModel {
  empty: number;
  perCsvByte: number;
}

/**
 * What each download would weigh, written by the publish step (unduhan.json beside index.json),
 * so /data can say a file's size before anyone builds it. A text file is its empty form plus one
 * part per project, so any filter's size is a sum; an XLSX file's is estimated (XlsxModel).
 */
export interface DownloadSizes {
  empty: Record<SummedFormat, number>;
  perProject: ReadonlyMap<string, Record<SummedFormat, number>>;
  /** Undefined when it could not be measured. */
  xlsx?: XlsxModel;
}

/** The file as stored: columns aligned with `ids`. */
export interface DownloadSizesFile {
  version: 1;
  empty: Record<SummedFormat, number>;
  xlsx?: XlsxModel;
  ids: string[];
  csv: number[];
  geojson: number[];
  oc4ids: number[];
}

const utf8 = new TextEncoder();
const bytesOf = (text: string) => utf8.encode(text).length;

/** The text of each summed format for some projects, exactly as /data writes it. */
function texts(projects: readonly ProjectDetail[], meta: DatasetMeta, labels: ExportLabels) {
  const { header, rows } = projectRows(projects, labels);
  return {
    csv: toCsv(header, rows),
    geojson: `${JSON.stringify(toGeoJson(projects, meta))}\n`,
    oc4ids: `${JSON.stringify(buildPackage(projects, packageOptionsFrom(meta)), null, 2)}\n`,
  };
}

/** Each project's part of each text download, and the empty files. */
export function measureDownloadSizes(
  projects: readonly ProjectDetail[],
  meta: DatasetMeta,
  labels: ExportLabels,
  xlsx?: XlsxModel,
): DownloadSizesFile {
  const emptyTexts = texts([], meta, labels);
  const empty = { csv: 0, geojson: 0, oc4ids: 0 };
  for (const format of SUMMED) empty[format] = bytesOf(emptyTexts[format]);
  const file: DownloadSizesFile = { version: 1, empty, ids: [], csv: [], geojson: [], oc4ids: [] };
  if (xlsx) file.xlsx = xlsx;
  for (const project of projects) {
    const one = texts([project], meta, labels);
    file.ids.push(project.id);
    for (const format of SUMMED) file[format].push(bytesOf(one[format]) - empty[format]);
  }
  return file;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The stored file read back; undefined for anything malformed (sizes are a nicety, never a fault). */
export function decodeDownloadSizes(raw: unknown): DownloadSizes | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const file = raw as Partial<DownloadSizesFile>;
  if (file.version !== 1 || !Array.isArray(file.ids) || typeof file.empty !== 'object' || !file.empty)
    return undefined;
  const { ids, empty } = file;
  if (!SUMMED.every((format) => isCount(empty[format]))) return undefined;
  const columns = SUMMED.map((format) => file[format]);
  if (!columns.every((column) => Array.isArray(column) && column.length === ids.length)) return undefined;
  const perProject = new Map<string, Record<SummedFormat, number>>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const [csv, geojson, oc4ids] = columns.map((column) => column![i]);
    if (typeof id !== 'string' || !isCount(csv) || !isCount(geojson) || !isCount(oc4ids)) return undefined;
    perProject.set(id, { csv, geojson, oc4ids });
  }
  const { xlsx } = file;
  const goodXlsx =
    typeof xlsx === 'object' && xlsx !== null && isCount(xlsx.empty) && isCount(xlsx.perCsvByte);
  return {
    empty: { csv: empty.csv, geojson: empty.geojson, oc4ids: empty.oc4ids },
    perProject,
    ...(goodXlsx ? { xlsx: { empty: xlsx.empty, perCsvByte: xlsx.perCsvByte } } : {}),
  };
}

/**
 * About how many bytes each download of these projects weighs, in one pass over them; undefined
 * when a project is not in the sizes (data loaded from elsewhere, or newer than the sizes): no
 * figure rather than a wrong one.
 */
export function estimateEachFormat(
  sizes: DownloadSizes,
  projectIds: readonly string[],
): Record<DownloadFormat, number | undefined> {
  const total = { ...sizes.empty };
  for (const id of projectIds) {
    const part = sizes.perProject.get(id);
    if (!part) return { csv: undefined, xlsx: undefined, geojson: undefined, oc4ids: undefined };
    // In JSON a comma joins each part to the next; a CSV row's line end is part of the row.
    total.csv += part.csv;
    total.geojson += part.geojson + 1;
    total.oc4ids += part.oc4ids + 1;
  }
  const { xlsx } = sizes;
  return {
    ...total,
    xlsx: xlsx && Math.round(xlsx.empty + (total.csv - sizes.empty.csv) * xlsx.perCsvByte),
  };
}

/** One download's size (estimateEachFormat). */
export function estimateDownloadBytes(
  sizes: DownloadSizes,
  projectIds: readonly string[],
  format: DownloadFormat,
): number | undefined {
  return estimateEachFormat(sizes, projectIds)[format];
}
