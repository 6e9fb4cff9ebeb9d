/** Shared vocabulary of the generator. The ids match mocks/data/CONTRACT.md (x_kategori / x_bidang). */
import type { Day } from './dates';
import type { Position } from './geometry';

export type Kategori = 'jalan' | 'jembatan' | 'drainase' | 'normalisasi' | 'tanggul' | 'perencanaan';
export type Bidang = 'sda' | 'bm-peningkatan' | 'bm-pemeliharaan' | 'jembatan';
export type FundSource = 'APBD' | 'APBD-P' | 'DAK' | 'Banprov' | 'APBN';
export type Method = 'Tender' | 'E-Purchasing' | 'Pengadaan Langsung' | 'Seleksi' | 'Swakelola';
export type ProjectType = 'construction' | 'rehabilitation' | 'replacement' | 'expansion';

/**
 * What happens to a package during 2023. The dashboard computes "terlambat" and "indikasi kritis" itself;
 * the generator only shapes the curves so that the intended outcome follows from the published data.
 */
export type Scenario =
  | { kind: 'onTime' }
  | { kind: 'lateDone'; addendumDays: number | null; valueChangePct: number | null }
  /**
   * Still running at the as-of date. On 29 Dec the actual progress is `actual`, or plan + `deviation`;
   * `plan` forces the planned value that day (boundary cases); optional addendum moving the end to 2024.
   */
  | {
      kind: 'running';
      expectKritis: boolean;
      plan?: number;
      actual?: number;
      deviation?: number;
      addendumDays?: number;
      label?: string;
    }
  | { kind: 'putus'; stallAt: number }
  | { kind: 'gagal' }
  | { kind: 'persiapan'; projectStatus: 'identification' | 'preparation' }
  | { kind: 'cancelled' };

export interface PackageSpec {
  seq: number;
  grounded: boolean;
  title: string;
  kategori: Kategori;
  bidang: Bidang | null;
  type: ProjectType;
  kecamatanCode: string;
  /** Extra kecamatan for area-wide packages (e.g. routine maintenance of a whole wilayah). */
  extraKecamatanCodes: string[];
  desaCode: string | null;
  placeName: string; // road / river name → locations[].description
  seedPosition: Position | null;
  geometryKind: 'line' | 'point' | 'none';
  lengthM: number | null;
  widthM: number | null;
  volumeText: string;
  pagu: number;
  hps: number | null;
  contractValue: number | null;
  sources: FundSource[];
  method: Method;
  supplier: string | null;
  consultant: string | null;
  start: Day | null;
  durationDays: number | null;
  scenario: Scenario;
  note: string;
  /** The integrity signals this package is chosen to show (integrity.ts); absent for almost all. */
  signals?: SignalPlan;
}

/**
 * Chosen after the programme is drawn, from a stream of its own, so that no other value moves:
 * a single bidder in an open tender, a value addendum above 10 %, a termin paid ahead of the
 * physical progress, a second time extension. HPS, pagu, supplier and twin contract values are
 * set on the spec itself.
 */
export interface SignalPlan {
  singleBidder?: boolean;
  /** "Pekerjaan tambah": the final value is the contract value plus this many percent. */
  valueIncreasePct?: number;
  /** A year-end termin paid to this cumulative percentage, ahead of the physical progress. */
  paymentAheadPct?: number;
  /** The one duration addendum is split in two: the first extends by this many days. */
  firstExtensionDays?: number;
}

/** A generated package before budget scaling (see generated-specs.ts). */
export interface Draft {
  title: string;
  kategori: Kategori;
  type: ProjectType;
  placeName: string;
  geometryKind: PackageSpec['geometryKind'];
  lengthM: number | null;
  widthM: number | null;
  volumeText: string;
  rawPagu: number;
  method: Method;
  /** Small Pengadaan Langsung packages keep their pagu (≤ Rp200 jt works, ≤ Rp100 jt consultancy). */
  fixedPagu?: boolean;
}
