import type { Geometry } from '../geo/geometry';
import type { ProgressSummary } from '../progress/progress-summary';
import type { PackageStanding } from '../integrity/package-standing';

/** What kind of work a package is. Drives map symbols, colours and the statistics by category. */
export const CATEGORIES = [
  'jalan',
  'jembatan',
  'drainase',
  'normalisasi',
  'tanggul',
  'perencanaan',
  'lainnya',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The Dinas' budget lines ("bidang") as announced at the 2023 exposé. */
export const BIDANG = ['sda', 'bm-peningkatan', 'bm-pemeliharaan', 'jembatan', 'lainnya'] as const;
export type Bidang = (typeof BIDANG)[number];

export const STATUSES = [
  'persiapan',
  'gagal-tender',
  'pelaksanaan',
  'selesai',
  'putus-kontrak',
  'dibatalkan',
  'tidak-diketahui',
] as const;
export type ProjectStatus = (typeof STATUSES)[number];

/** One dated observation of a cumulative percentage (0–100) or amount. */
export interface ProgressPoint {
  /** ISO date, yyyy-mm-dd. */
  date: string;
  value: number;
}

export interface FinancialPoint {
  date: string;
  /** Cumulative amount paid, in Rupiah, when published. */
  amount?: number;
  /** Cumulative paid as % of the contract value, published or derived from amount. */
  percent?: number;
}

export interface Region {
  code: string;
  name: string;
}

export interface Kecamatan extends Region {
  slug: string;
}

/** How the kecamatan of a project was found: shown on the project page so the reader can judge it. */
export type RegionSource = 'gazetteer' | 'geometry' | 'address' | 'none';

/** A data problem found while reading one project; the project is still shown. */
export type LocationIssue = 'lat-lng-swapped' | 'outside-region' | 'invalid-geometry';

export interface FundingSource {
  name: string;
  amount?: number;
}

export interface ProjectDocument {
  id: string;
  title: string;
  type?: string;
  /** Only http(s) URLs survive the mapping; anything else is dropped and `unsafeUrl` set. */
  url?: string;
  unsafeUrl?: boolean;
  datePublished?: string;
}

export interface Modification {
  id: string;
  type?: 'duration' | 'value' | 'scope' | string;
  date?: string;
  description?: string;
  rationale?: string;
  oldValue?: number;
  newValue?: number;
  oldEndDate?: string;
  newEndDate?: string;
}

export interface Volume {
  lengthM?: number;
  widthM?: number;
  description?: string;
}

/** How long a road package is, and where that comes from: the drawn line wins (it can be checked on the map). */
export interface MeasuredLength {
  metres: number;
  source: 'geometry' | 'volume';
}

/**
 * The app's view of one OC4IDS project as every list, map, filter and chart reads it: one row of
 * the published index (README, "Data flow"). Compact on purpose: no series, documents or notes.
 */
export interface Project {
  id: string;
  title: string;
  category: Category;
  bidang: Bidang;
  status: ProjectStatus;
  kecamatan?: Kecamatan;
  desa?: Region;
  regionSource: RegionSource;
  /** Road or river name, or the address. */
  locationName?: string;
  /**
   * In an index row: simplified for the map (a few metres) and rounded to 1e-5 degrees. In a
   * ProjectDetail: as published.
   */
  geometry?: Geometry;
  locationIssue?: LocationIssue;
  pagu?: number;
  hps?: number;
  contractValue?: number;
  fundingSources: FundingSource[];
  procurementMethod?: string;
  /** OCDS `tender.procurementMethod` code (open, selective, limited, direct): the signals read it. */
  procurementCode?: string;
  /** `tender.numberOfTenderers`. */
  tenderers?: number;
  contractor?: string;
  contractStart?: string;
  contractEnd?: string;
  /** The latest published value: `finalValue`, else the last value addendum's new value. */
  latestValue?: number;
  /** How many duration addenda the contract has had. */
  durationChanges?: number;
  /** Actual completion: `completion.endDate`, else the first physical report at 100 %. */
  completedOn?: string;
  /** Its standing in the whole package, for the signals that compare projects (domain/integrity). */
  standing?: PackageStanding;
  /** Measured on the published line (not the simplified one), else the published volume length. */
  roadLength?: MeasuredLength;
  /** Progress at the dataset's as-of date: deviation, indikasi kritis, late. */
  progress: ProgressSummary;
}

/** Everything the project page and the downloads show of one project: the index row and the rest. */
export interface ProjectDetail extends Project {
  description?: string;
  volume?: Volume;
  supervisor?: string;
  contractNumber?: string;
  durationDays?: number;
  plannedProgress: ProgressPoint[];
  actualProgress: ProgressPoint[];
  financialProgress: FinancialPoint[];
  documents: ProjectDocument[];
  modifications: Modification[];
  updated?: string;
}

/** The published fields of a project, before the figures derived from them. */
export type ProjectFacts = Omit<ProjectDetail, 'progress' | 'roadLength'>;
