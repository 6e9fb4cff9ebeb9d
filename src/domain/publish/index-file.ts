import { BIDANG, CATEGORIES, STATUSES, type Project } from '../project/types';
import type { DatasetMeta, RejectedProject } from '../dataset/types';
import type { KritisReason, KritisResult } from '../progress/kritis';
import type { ProgressSummary } from '../progress/progress-summary';
import type { KurvaS } from '../aggregate/kurva-s';
import { desaByRegionCode, kecamatanByRegionCode } from '../geo/regions';
import { decodeGeometry, encodeGeometry, type GeometryCode } from './geometry-code';
import { readPublishedMeta, type PublishedMeta } from './published-meta';
import {
  column,
  FileShapeError,
  isInt,
  isNumberOrNull,
  isRecord,
  isText,
  optionalText,
  type Check,
} from './json-checks';

export const INDEX_FORMAT = 'pantaubangun-index';
/** 2: the fields the integrity signals read, and each project's standing in the package. */
export const INDEX_VERSION = 2;
const FILE = 'index.json';

export type { PublishedMeta } from './published-meta';

const REGION_SOURCES = ['gazetteer', 'geometry', 'address', 'none'] as const;
const LOCATION_ISSUES = [undefined, 'lat-lng-swapped', 'outside-region', 'invalid-geometry'] as const;
const LENGTH_SOURCES = ['geometry', 'volume'] as const;
/** 0: not assessed; then not kritis in period I / II, then each reason it is. */
const KRITIS: (Omit<KritisResult, 'deviation'> | undefined)[] = [
  undefined,
  { kritis: false, period: 'I' },
  { kritis: false, period: 'II' },
  { kritis: true, period: 'I', reason: 'period-i-lag' },
  { kritis: true, period: 'II', reason: 'period-ii-lag' },
  { kritis: true, period: 'II', reason: 'period-ii-past-fiscal-year' },
];

/**
 * The index columns: one array per field, one entry per project, in the package's order. Codes are
 * positions in the app's fixed lists (CATEGORIES, BIDANG, STATUSES...); repeated free text
 * (funding sources, contractors, methods) is a position in `words`; "" and null mean "not given".
 */
export interface IndexColumns {
  id: string[];
  title: string[];
  category: number[];
  bidang: number[];
  status: number[];
  /** Kemendagri codes (resolved when published, by the same rules the app uses). */
  kecamatan: string[];
  desa: string[];
  regionSource: number[];
  location: string[];
  geometry: (GeometryCode | null)[];
  locationIssue: number[];
  pagu: (number | null)[];
  hps: (number | null)[];
  contractValue: (number | null)[];
  /** [word, amount or null, word, amount or null, ...] per project. */
  funding: (number | null)[][];
  method: number[];
  /** OCDS procurementMethod code, a word. */
  procurementCode: number[];
  tenderers: (number | null)[];
  contractor: number[];
  contractStart: string[];
  contractEnd: string[];
  latestValue: (number | null)[];
  durationChanges: (number | null)[];
  completedOn: string[];
  /** PackageStanding, one column per field. */
  supplierContracts: (number | null)[];
  supplierShare: (number | null)[];
  twins: (number | null)[];
  roadLength: (number | null)[];
  roadLengthSource: number[];
  reportDate: string[];
  planned: (number | null)[];
  actual: (number | null)[];
  deviation: (number | null)[];
  financialPercent: (number | null)[];
  financialAmount: (number | null)[];
  kritis: number[];
  kritisDeviation: (number | null)[];
  late: number[];
  hasProgressData: number[];
}

export interface IndexFile {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  meta: PublishedMeta;
  rejected: RejectedProject[];
  words: string[];
  columns: IndexColumns;
  /** The programme kurva S of every project: the first chart of the statistics, before any filter. */
  kurvaS: KurvaS;
}

export interface IndexContent {
  meta: PublishedMeta;
  rejected: RejectedProject[];
  projects: readonly Project[];
  kurvaS: KurvaS;
}

const orNull = (value: number | undefined) => (value === undefined ? null : value);
const codeOf = <T>(list: readonly T[], value: T) => Math.max(0, list.indexOf(value));

function kritisCode(kritis: KritisResult | undefined): number {
  if (!kritis) return 0;
  if (!kritis.kritis) return kritis.period === 'I' ? 1 : 2;
  return KRITIS.findIndex((k) => k?.reason === kritis.reason);
}

/** Index rows (see listingOf) to the index file. */
export function encodeIndex({ meta, rejected, projects, kurvaS }: IndexContent): IndexFile {
  const words: string[] = [];
  const wordAt = new Map<string, number>();
  const word = (text: string | undefined) => {
    if (text === undefined) return -1;
    let at = wordAt.get(text);
    if (at === undefined) {
      at = words.push(text) - 1;
      wordAt.set(text, at);
    }
    return at;
  };
  const c: IndexColumns = {
    id: [],
    title: [],
    category: [],
    bidang: [],
    status: [],
    kecamatan: [],
    desa: [],
    regionSource: [],
    location: [],
    geometry: [],
    locationIssue: [],
    pagu: [],
    hps: [],
    contractValue: [],
    funding: [],
    method: [],
    procurementCode: [],
    tenderers: [],
    contractor: [],
    contractStart: [],
    contractEnd: [],
    latestValue: [],
    durationChanges: [],
    completedOn: [],
    supplierContracts: [],
    supplierShare: [],
    twins: [],
    roadLength: [],
    roadLengthSource: [],
    reportDate: [],
    planned: [],
    actual: [],
    deviation: [],
    financialPercent: [],
    financialAmount: [],
    kritis: [],
    kritisDeviation: [],
    late: [],
    hasProgressData: [],
  };
  for (const p of projects) {
    const progress = p.progress;
    c.id.push(p.id);
    c.title.push(p.title);
    c.category.push(codeOf(CATEGORIES, p.category));
    c.bidang.push(codeOf(BIDANG, p.bidang));
    c.status.push(codeOf(STATUSES, p.status));
    c.kecamatan.push(p.kecamatan?.code ?? '');
    c.desa.push(p.desa?.code ?? '');
    c.regionSource.push(codeOf(REGION_SOURCES, p.regionSource));
    c.location.push(p.locationName ?? '');
    c.geometry.push(p.geometry ? encodeGeometry(p.geometry) : null);
    c.locationIssue.push(codeOf(LOCATION_ISSUES, p.locationIssue));
    c.pagu.push(orNull(p.pagu));
    c.hps.push(orNull(p.hps));
    c.contractValue.push(orNull(p.contractValue));
    c.funding.push(p.fundingSources.flatMap((s) => [word(s.name), orNull(s.amount)]));
    c.method.push(word(p.procurementMethod));
    c.procurementCode.push(word(p.procurementCode));
    c.tenderers.push(orNull(p.tenderers));
    c.contractor.push(word(p.contractor));
    c.contractStart.push(p.contractStart ?? '');
    c.contractEnd.push(p.contractEnd ?? '');
    c.latestValue.push(orNull(p.latestValue));
    c.durationChanges.push(orNull(p.durationChanges));
    c.completedOn.push(p.completedOn ?? '');
    c.supplierContracts.push(orNull(p.standing?.supplierContracts));
    // Exact: a rounded share could cross the 15 % threshold that the raw package does not.
    c.supplierShare.push(orNull(p.standing?.supplierShare));
    c.twins.push(orNull(p.standing?.twins));
    c.roadLength.push(p.roadLength ? p.roadLength.metres : null);
    c.roadLengthSource.push(codeOf(LENGTH_SOURCES, p.roadLength?.source ?? 'geometry'));
    c.reportDate.push(progress.reportDate ?? '');
    c.planned.push(orNull(progress.planned));
    c.actual.push(orNull(progress.actual));
    c.deviation.push(orNull(progress.deviation));
    c.financialPercent.push(orNull(progress.financialPercent));
    c.financialAmount.push(orNull(progress.financialAmount));
    c.kritis.push(kritisCode(progress.kritis));
    c.kritisDeviation.push(orNull(progress.kritis?.deviation));
    c.late.push(progress.late ? 1 : 0);
    c.hasProgressData.push(progress.hasProgressData ? 1 : 0);
  }
  return { format: INDEX_FORMAT, version: INDEX_VERSION, meta, rejected, words, columns: c, kurvaS };
}

const isFlag: Check<number> = (v): v is number => v === 0 || v === 1;
const codeIn =
  (list: readonly unknown[]): Check<number> =>
  (v): v is number =>
    isInt(v) && v >= 0 && v < list.length;
const isFunding: Check<(number | null)[]> = (v): v is (number | null)[] =>
  Array.isArray(v) && v.length % 2 === 0 && v.every((x, i) => (i % 2 === 0 ? isInt(x) : isNumberOrNull(x)));
const isGeometryCode: Check<unknown> = (_v): _v is unknown => true;
/** '' (none) or a Kemendagri code of one of Bekasi's kecamatan. */
const isKecamatanCode: Check<string> = (v): v is string =>
  isText(v) && (v === '' || kecamatanByRegionCode(v) !== undefined);

const text = (value: string) => (value === '' ? undefined : value);

function standingOf(contracts: number | null, share: number | null, twins: number | null) {
  // Built in place, not spread: at 10,000 rows the temporary objects were a visible part of a
  // decode that runs on an embed's main thread.
  if (contracts === null && share === null && twins === null) return undefined;
  const standing: { supplierContracts?: number; supplierShare?: number; twins?: number } = {};
  if (contracts !== null) standing.supplierContracts = contracts;
  if (share !== null) standing.supplierShare = share;
  if (twins !== null) standing.twins = twins;
  return standing;
}
const num = (value: number | null) => (value === null ? undefined : value);

function readRejected(json: unknown): RejectedProject[] {
  if (!Array.isArray(json)) throw new FileShapeError(FILE, 'rejected: harus berupa daftar');
  return json.map((item, i) => {
    if (!isRecord(item) || !isInt(item.index) || !Array.isArray(item.reasons))
      throw new FileShapeError(FILE, `rejected[${i}]`);
    return {
      index: item.index,
      id: optionalText(item, 'id'),
      title: optionalText(item, 'title'),
      reasons: item.reasons.filter(isText),
    };
  });
}

function readKurvaS(json: unknown): KurvaS {
  if (
    !isRecord(json) ||
    !Array.isArray(json.points) ||
    !isNumberOrNull(json.packages) ||
    !isNumberOrNull(json.weight)
  )
    throw new FileShapeError(FILE, 'kurvaS');
  const points = json.points.map((point, i) => {
    if (!isRecord(point) || !isText(point.date) || typeof point.planned !== 'number')
      throw new FileShapeError(FILE, `kurvaS.points[${i}]`);
    const optional = (key: string) => (typeof point[key] === 'number' ? (point[key] as number) : undefined);
    return {
      date: point.date,
      planned: point.planned,
      actual: optional('actual'),
      financial: optional('financial'),
    };
  });
  return { points, packages: Number(json.packages), weight: Number(json.weight) };
}

/** index.json checked, its rows ready to be built one by one (readIndex). */
export interface IndexReader extends Omit<IndexContent, 'projects'> {
  meta: DatasetMeta;
  /** How many projects the file has. */
  count: number;
  /** Project `i` (0 ≤ i < count), built anew on each call. */
  projectAt(i: number): Project;
}

/** Reads index.json back into index rows at once: see readIndex for the checks. */
export function decodeIndex(json: unknown, sourceUrl: string): IndexContent & { meta: DatasetMeta } {
  const { count, projectAt, ...rest } = readIndex(json, sourceUrl);
  const projects: Project[] = new Array(count);
  for (let i = 0; i < count; i++) projects[i] = projectAt(i);
  return { ...rest, projects };
}

/**
 * Checks index.json and hands out its rows. Every column is checked here (the file comes over the
 * network like any data), so a file that does not fit is refused whole, naming what did not fit,
 * before any row is built. Building the rows is the costly part (10,000 projects take longer than a
 * task should on a phone): a caller on the main thread builds them in slices.
 */
export function readIndex(json: unknown, sourceUrl: string): IndexReader {
  if (!isRecord(json) || json.format !== INDEX_FORMAT || json.version !== INDEX_VERSION)
    throw new FileShapeError(FILE, `format: bukan ${INDEX_FORMAT} versi ${INDEX_VERSION}`);
  const cols = json.columns;
  if (!isRecord(cols) || !Array.isArray(cols.id)) throw new FileShapeError(FILE, 'columns');
  const n = cols.id.length;
  const col = <T>(name: keyof IndexColumns, check: Check<T>) => column(FILE, cols, name, n, check);
  const words = column(FILE, json, 'words', Array.isArray(json.words) ? json.words.length : -1, isText);
  const isWord: Check<number> = (v): v is number => isInt(v) && v >= -1 && v < words.length;
  const ids = col('id', isText);
  const titles = col('title', isText);
  const category = col('category', codeIn(CATEGORIES));
  const bidang = col('bidang', codeIn(BIDANG));
  const status = col('status', codeIn(STATUSES));
  const kecamatan = col('kecamatan', isKecamatanCode);
  const desa = col('desa', isText);
  const regionSource = col('regionSource', codeIn(REGION_SOURCES));
  const location = col('location', isText);
  const geometry = col('geometry', isGeometryCode);
  const locationIssue = col('locationIssue', codeIn(LOCATION_ISSUES));
  const pagu = col('pagu', isNumberOrNull);
  const hps = col('hps', isNumberOrNull);
  const contractValue = col('contractValue', isNumberOrNull);
  const funding = col('funding', isFunding);
  const method = col('method', isWord);
  const procurementCode = col('procurementCode', isWord);
  const tenderers = col('tenderers', isNumberOrNull);
  const contractor = col('contractor', isWord);
  const contractStart = col('contractStart', isText);
  const contractEnd = col('contractEnd', isText);
  const latestValue = col('latestValue', isNumberOrNull);
  const durationChanges = col('durationChanges', isNumberOrNull);
  const completedOn = col('completedOn', isText);
  const supplierContracts = col('supplierContracts', isNumberOrNull);
  const supplierShare = col('supplierShare', isNumberOrNull);
  const twins = col('twins', isNumberOrNull);
  const roadLength = col('roadLength', isNumberOrNull);
  const roadLengthSource = col('roadLengthSource', codeIn(LENGTH_SOURCES));
  const reportDate = col('reportDate', isText);
  const planned = col('planned', isNumberOrNull);
  const actual = col('actual', isNumberOrNull);
  const deviation = col('deviation', isNumberOrNull);
  const financialPercent = col('financialPercent', isNumberOrNull);
  const financialAmount = col('financialAmount', isNumberOrNull);
  const kritis = col('kritis', codeIn(KRITIS));
  const kritisDeviation = col('kritisDeviation', isNumberOrNull);
  const late = col('late', isFlag);
  const hasProgressData = col('hasProgressData', isFlag);
  for (const [name, value] of [['funding', funding]] as const)
    value.forEach((list, i) => {
      for (let k = 0; k < list.length; k += 2)
        if (!isWord(list[k]) || list[k] === -1) throw new FileShapeError(FILE, `${name}[${i}]`);
    });

  // Read before any row is built, so that a bad file is refused before the costly part.
  const meta = { ...readPublishedMeta(json.meta, FILE), sourceUrl };
  const rejected = readRejected(json.rejected);
  const kurvaS = readKurvaS(json.kurvaS);

  function projectAt(i: number): Project {
    const kec = kecamatan[i] ? kecamatanByRegionCode(kecamatan[i]!) : undefined;
    const kritisKind = KRITIS[kritis[i]!];
    const progress: ProgressSummary = {
      reportDate: text(reportDate[i]!),
      planned: num(planned[i]!),
      actual: num(actual[i]!),
      deviation: num(deviation[i]!),
      financialPercent: num(financialPercent[i]!),
      financialAmount: num(financialAmount[i]!),
      kritis: kritisKind && {
        ...kritisKind,
        deviation: kritisDeviation[i] ?? 0,
        ...(kritisKind.reason && { reason: kritisKind.reason as KritisReason }),
      },
      late: late[i] === 1,
      hasProgressData: hasProgressData[i] === 1,
    };
    const fundingList = funding[i]!;
    const fundingSources = [];
    for (let k = 0; k < fundingList.length; k += 2)
      fundingSources.push({ name: words[fundingList[k]!]!, amount: num(fundingList[k + 1]!) });
    const length = roadLength[i];
    return {
      id: ids[i]!,
      title: titles[i]!,
      category: CATEGORIES[category[i]!]!,
      bidang: BIDANG[bidang[i]!]!,
      status: STATUSES[status[i]!]!,
      kecamatan: kec,
      desa: desa[i] ? desaByRegionCode(desa[i]!) : undefined,
      regionSource: REGION_SOURCES[regionSource[i]!]!,
      locationName: text(location[i]!),
      geometry: geometry[i] === null ? undefined : decodeGeometry(geometry[i]),
      locationIssue: LOCATION_ISSUES[locationIssue[i]!],
      pagu: num(pagu[i]!),
      hps: num(hps[i]!),
      contractValue: num(contractValue[i]!),
      fundingSources,
      procurementMethod: method[i]! >= 0 ? words[method[i]!] : undefined,
      procurementCode: procurementCode[i]! >= 0 ? words[procurementCode[i]!] : undefined,
      tenderers: num(tenderers[i]!),
      contractor: contractor[i]! >= 0 ? words[contractor[i]!] : undefined,
      contractStart: text(contractStart[i]!),
      contractEnd: text(contractEnd[i]!),
      latestValue: num(latestValue[i]!),
      durationChanges: num(durationChanges[i]!),
      completedOn: text(completedOn[i]!),
      standing: standingOf(supplierContracts[i]!, supplierShare[i]!, twins[i]!),
      roadLength:
        length === null || length === undefined
          ? undefined
          : { metres: length, source: LENGTH_SOURCES[roadLengthSource[i]!]! },
      progress,
    };
  }
  return { meta, rejected, kurvaS, count: n, projectAt };
}
