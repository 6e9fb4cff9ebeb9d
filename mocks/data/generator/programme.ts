/**
 * The 2023 SDABMBK programme as a list of package specs: the 40 grounded rows first, then generated
 * packages spread over all 23 kecamatan, with pagu scaled per bidang to the split announced by the head
 * of the Dinas (28 Feb 2023): SDA Rp120 M, peningkatan jalan Rp240 M, pemeliharaan jalan Rp105 M,
 * jembatan Rp74 M, of Rp571 M; the ~Rp32 M remainder is planning/other (kategori perencanaan, no bidang).
 * The totals are hit exactly (to the rupiah) for the default sample: the largest generated package of each
 * bidang absorbs the rounding residue. Larger generations scale the targets by count / 160.
 */
import { consultantName, contractorName } from './catalog';
import { draftFor, type Slot } from './generated-specs';
import { groundedSpecs } from './grounded-specs';
import type { Rng } from './prng';
import { assignScenarios } from './scenarios';
import type { FundSource, PackageSpec } from './types';
import type { Wilayah } from './wilayah';

export const DEFAULT_COUNT = 160;
export const BUDGET_TARGETS: Record<Slot, number> = {
  sda: 120_000_000_000,
  'bm-peningkatan': 240_000_000_000,
  'bm-pemeliharaan': 105_000_000_000,
  jembatan: 74_000_000_000,
  perencanaan: 32_000_000_000,
};
/** Generated packages per slot in the default sample (120 on top of the 40 grounded rows). */
const SLOT_WEIGHTS: [Slot, number][] = [
  ['bm-peningkatan', 20],
  ['bm-pemeliharaan', 26],
  ['jembatan', 20],
  ['sda', 40],
  ['perencanaan', 14],
];

/** Largest-remainder split of `total` by weights, so counts always add up exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const i = (order[k] as readonly [number, number])[1];
    out[i] = (out[i] as number) + 1;
  }
  return out;
}

const slotOf = (s: PackageSpec): Slot => s.bidang ?? 'perencanaan';
const roundTo = (v: number, step: number): number => Math.round(v / step) * step;

export function buildProgramme(rng: Rng, w: Wilayah, count: number): PackageSpec[] {
  const grounded = groundedSpecs(rng.fork('grounded'), w).slice(0, count);
  const nGen = Math.max(0, count - grounded.length);
  const perSlot = apportion(
    nGen,
    SLOT_WEIGHTS.map(([, wt]) => wt),
  );
  const gen = rng.fork('generated');
  const specs: PackageSpec[] = [...grounded];
  const rawPagu = new Map<PackageSpec, number>();
  const fixed = new Set<PackageSpec>(grounded);
  SLOT_WEIGHTS.forEach(([slot], si) => {
    // Each slot walks its own shuffled kecamatan order, so every bidang is spread over the kabupaten.
    let order = gen.shuffle(w.kecamatan);
    for (let n = 0; n < (perSlot[si] as number); n++) {
      if (n > 0 && n % order.length === 0) order = gen.shuffle(w.kecamatan);
      const kec = order[n % order.length] as (typeof order)[number];
      const desa = gen.pick(kec.desa);
      const d = draftFor(gen, slot, n, kec, desa);
      const spec: PackageSpec = {
        seq: 0,
        grounded: false,
        title: d.title,
        kategori: d.kategori,
        bidang: slot === 'perencanaan' ? null : slot,
        type: d.type,
        kecamatanCode: kec.code,
        extraKecamatanCodes: [],
        desaCode: d.geometryKind === 'none' && d.kategori !== 'perencanaan' ? null : desa.code,
        placeName: d.placeName,
        seedPosition: null,
        geometryKind: d.geometryKind,
        lengthM: d.lengthM,
        widthM: d.widthM,
        volumeText: d.volumeText,
        pagu: 0,
        hps: null,
        contractValue: null,
        sources: ['APBD'],
        method: d.method,
        supplier: null,
        consultant: null,
        start: null,
        durationDays: null,
        scenario: { kind: 'onTime' },
        note: '',
      };
      rawPagu.set(spec, d.rawPagu);
      if (d.fixedPagu) {
        spec.pagu = d.rawPagu;
        fixed.add(spec);
      }
      specs.push(spec);
    }
  });
  // Same title twice (two desa pairs can repeat)? Number the later ones as further stages.
  const seen = new Map<string, number>();
  for (const s of specs) {
    const k = seen.get(s.title) ?? 0;
    seen.set(s.title, k + 1);
    if (k > 0) s.title = `${s.title} (Tahap ${k + 1})`;
  }
  scaleBudgets(specs, rawPagu, fixed, Math.max(1, count / DEFAULT_COUNT));
  specs.forEach((s, i) => (s.seq = i + 1));
  assignScenarios(rng.fork('scenarios'), specs);
  fillMoney(rng.fork('money'), specs);
  return specs;
}

function scaleBudgets(
  specs: PackageSpec[],
  raw: Map<PackageSpec, number>,
  fixedSpecs: Set<PackageSpec>,
  scale: number,
): void {
  for (const [slot] of SLOT_WEIGHTS) {
    const inSlot = specs.filter((s) => slotOf(s) === slot);
    const fixed = inSlot.filter((s) => fixedSpecs.has(s)).reduce((a, s) => a + s.pagu, 0);
    const free = inSlot.filter((s) => !fixedSpecs.has(s));
    const rawSum = free.reduce((a, s) => a + (raw.get(s) ?? 0), 0);
    if (free.length === 0 || rawSum === 0) continue;
    const target = BUDGET_TARGETS[slot] * scale;
    const factor = (target - fixed) / rawSum;
    for (const s of free) s.pagu = roundTo((raw.get(s) ?? 0) * factor, 1_000_000);
    const biggest = free.reduce((a, b) => (b.pagu > a.pagu ? b : a));
    biggest.pagu += Math.round(target - fixed - free.reduce((a, s) => a + s.pagu, 0));
  }
}

/** HPS, contract value, funding sources, companies. Ratios follow the research rules of thumb. */
function fillMoney(rng: Rng, specs: PackageSpec[]): void {
  const nth = new Map<string, number>(); // running index per kategori/bidang, for the funding pattern
  for (const s of specs) {
    const k = s.scenario.kind;
    if (!s.grounded) {
      s.hps = roundTo(s.pagu * rng.float(0.95, 0.999), 1000);
      const win = { Tender: [0.85, 0.97], Seleksi: [0.88, 0.97], 'E-Purchasing': [0.985, 0.999] }[
        s.method as 'Tender'
      ] ?? [0.95, 0.99];
      const awarded = k !== 'gagal' && k !== 'persiapan' && k !== 'cancelled';
      s.contractValue = awarded ? roundTo(s.hps * rng.float(win[0] as number, win[1] as number), 1000) : null;
      s.supplier = awarded ? contractorName(rng, s.pagu) : null;
      const key = `${s.bidang ?? ''}/${s.kategori}`;
      const i = nth.get(key) ?? 0;
      nth.set(key, i + 1);
      s.sources = [pickSource(s, i)];
    }
    if (s.kategori !== 'perencanaan' && s.method !== 'Swakelola' && s.contractValue !== null)
      s.consultant = consultantName(rng);
    // Some APBD packages were topped up in the APBD-Perubahan (passed 27 Sep 2023).
    if (s.sources[0] === 'APBD' && s.contractValue !== null && rng.chance(0.08)) s.sources.push('APBD-P');
  }
}

/**
 * Mostly APBD; contracts from 15 Sep 2023 (day 19615) are APBD-P. A fixed pattern adds a few illustrative
 * DAK / Banprov / APBN lines (no confirmed 2023 line exists for SDABMBK; see the research notes).
 */
function pickSource(s: PackageSpec, i: number): FundSource {
  if (s.start !== null && s.start >= 19_615) return 'APBD-P';
  const k = i % 20;
  if (s.bidang === 'bm-peningkatan')
    return k === 0 || k === 6 ? 'DAK' : k === 3 || k === 11 ? 'APBN' : k === 4 ? 'Banprov' : 'APBD';
  if (s.bidang === 'jembatan') return i % 20 === 2 || i % 20 === 9 ? 'Banprov' : 'APBD';
  if (s.kategori === 'normalisasi') return i % 20 === 1 || i % 20 === 7 ? 'DAK' : 'APBD';
  return 'APBD';
}
