import type { DatasetMeta } from '../dataset/types';
import type {
  FinancialPoint,
  Modification,
  ProgressPoint,
  Project,
  ProjectDetail,
  ProjectDocument,
  Volume,
} from '../project/types';
import { safeHttpUrl } from '../text/safe-url';
import { decodeIndex, encodeIndex, type IndexFile, type PublishedMeta } from './index-file';
import { FileShapeError, isNumber, isRecord, isText, optionalText } from './json-checks';
import { roundGeometry } from '../geo/simplify';

export const PROJECT_FORMAT = 'pantaubangun-proyek';
export const PROJECT_VERSION = 1;
const FILE = 'proyek/*.json';

/** A clean id is its own file name; anything else (capitals, slashes, dots) is hashed. */
const CLEAN_ID = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/;

/** 53-bit string hash (cyrb53): the same in every browser and in Node, no crypto needed. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Where a project's file is, beside index.json: `proyek/<id>.json`. Ids are the publisher's and
 * may hold anything, so only a short lower-case id is used as it is (safe on every file system and
 * in every URL); others become `proyek/~<hash>.json` ("~" never starts a clean id).
 */
export function projectFileName(id: string): string {
  return id.length <= 100 && CLEAN_ID.test(id) ? `${id}.json` : `~${hash53(id)}.json`;
}

/** What the project page shows that the index leaves out. */
type DetailExtras = Omit<ProjectDetail, keyof Project>;

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  /** The project's row, in the index's own encoding, with the geometry as published (rounded). */
  index: IndexFile;
  detail: DetailExtras;
}

function extrasOf(detail: ProjectDetail): DetailExtras {
  return {
    description: detail.description,
    volume: detail.volume,
    supervisor: detail.supervisor,
    contractNumber: detail.contractNumber,
    durationDays: detail.durationDays,
    plannedProgress: detail.plannedProgress,
    actualProgress: detail.actualProgress,
    financialProgress: detail.financialProgress,
    documents: detail.documents,
    modifications: detail.modifications,
    updated: detail.updated,
  };
}

/** One project's file: a one-row index (so it reads exactly like the index) and the rest. */
export function encodeProjectFile(meta: PublishedMeta, detail: ProjectDetail): ProjectFile {
  const row = { ...detail, geometry: detail.geometry && roundGeometry(detail.geometry) };
  const index = encodeIndex({
    meta,
    rejected: [],
    projects: [row],
    kurvaS: { points: [], packages: 0, weight: 0 },
  });
  return { format: PROJECT_FORMAT, version: PROJECT_VERSION, index, detail: extrasOf(detail) };
}

const optionalNumber = (record: Record<string, unknown>, key: string) =>
  isNumber(record[key]) ? (record[key] as number) : undefined;

function list<T>(value: unknown, name: string, read: (item: Record<string, unknown>) => T | undefined): T[] {
  if (!Array.isArray(value)) throw new FileShapeError(FILE, `${name}: harus berupa daftar`);
  return value.flatMap((item) => {
    const read_ = isRecord(item) ? read(item) : undefined;
    return read_ === undefined ? [] : [read_];
  });
}

const readPoint = (item: Record<string, unknown>): ProgressPoint | undefined =>
  isText(item.date) && isNumber(item.value) ? { date: item.date, value: item.value } : undefined;

const readFinancial = (item: Record<string, unknown>): FinancialPoint | undefined =>
  isText(item.date)
    ? { date: item.date, amount: optionalNumber(item, 'amount'), percent: optionalNumber(item, 'percent') }
    : undefined;

function readDocument(item: Record<string, unknown>): ProjectDocument | undefined {
  if (!isText(item.id) || !isText(item.title)) return undefined;
  // The URL was checked when published; checked again, since this file is data like any other.
  const url = safeHttpUrl(optionalText(item, 'url'));
  return {
    id: item.id,
    title: item.title,
    type: optionalText(item, 'type'),
    url,
    unsafeUrl: item.unsafeUrl === true || (item.url !== undefined && url === undefined) ? true : undefined,
    datePublished: optionalText(item, 'datePublished'),
  };
}

function readModification(item: Record<string, unknown>): Modification | undefined {
  if (!isText(item.id)) return undefined;
  return {
    id: item.id,
    type: optionalText(item, 'type'),
    date: optionalText(item, 'date'),
    description: optionalText(item, 'description'),
    rationale: optionalText(item, 'rationale'),
    oldValue: optionalNumber(item, 'oldValue'),
    newValue: optionalNumber(item, 'newValue'),
    oldEndDate: optionalText(item, 'oldEndDate'),
    newEndDate: optionalText(item, 'newEndDate'),
  };
}

function readVolume(value: unknown): Volume | undefined {
  if (!isRecord(value)) return undefined;
  return {
    lengthM: optionalNumber(value, 'lengthM'),
    widthM: optionalNumber(value, 'widthM'),
    description: optionalText(value, 'description'),
  };
}

/** Reads a project file back, checking every value (it comes over the network like any data). */
export function decodeProjectFile(
  json: unknown,
  sourceUrl: string,
): { meta: DatasetMeta; project: ProjectDetail } {
  if (!isRecord(json) || json.format !== PROJECT_FORMAT || json.version !== PROJECT_VERSION)
    throw new FileShapeError(FILE, `format: bukan ${PROJECT_FORMAT} versi ${PROJECT_VERSION}`);
  const { meta, projects } = decodeIndex(json.index, sourceUrl);
  const row = projects[0];
  const detail = json.detail;
  if (projects.length !== 1 || !row || !isRecord(detail)) throw new FileShapeError(FILE, 'index/detail');
  return {
    meta,
    project: {
      ...row,
      description: optionalText(detail, 'description'),
      volume: readVolume(detail.volume),
      supervisor: optionalText(detail, 'supervisor'),
      contractNumber: optionalText(detail, 'contractNumber'),
      durationDays: optionalNumber(detail, 'durationDays'),
      plannedProgress: list(detail.plannedProgress, 'plannedProgress', readPoint),
      actualProgress: list(detail.actualProgress, 'actualProgress', readPoint),
      financialProgress: list(detail.financialProgress, 'financialProgress', readFinancial),
      documents: list(detail.documents, 'documents', readDocument),
      modifications: list(detail.modifications, 'modifications', readModification),
      updated: optionalText(detail, 'updated'),
    },
  };
}
