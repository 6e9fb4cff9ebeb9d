/**
 * The integrity signals the dashboard computes (src/domain/integrity) need a few packages that show
 * each pattern, at realistic rates: most tenders are competitive, and only a few packages per 160 have
 * a single bidder, a contract right at (or far below) the HPS, a value addendum above 10 %, a year-end
 * termin paid ahead of the work, a second time extension, one firm winning five contracts, or two
 * contracts with the same value to the rupiah.
 *
 * Everything here runs after the programme is drawn, from an rng stream of its own ("integrity"), and
 * only on the fields it names, so every other value of the package stays what the seed gave it. The
 * choices scale with the package: `perSample(k)` is k per 160 projects (the 10,000-project bench keeps
 * the same rates). Grounded research rows are never changed.
 */
import { AS_OF } from './dates';
import { DEFAULT_COUNT } from './programme';
import type { Rng } from './prng';
import type { Modification, Timeline } from './timeline';
import type { PackageSpec, SignalPlan } from './types';

/** How many packages per 160 show each signal (penyedia dominan: one firm per 160, with 5 contracts). */
const PER_SAMPLE = {
  singleBidder: 3,
  valueIncrease: 2,
  twins: 1,
  farBelowHps: 2,
  nearHps: 5,
  paymentAhead: 3,
  secondExtension: 1,
} as const;
/** Contracts of the dominant firm (the dashboard's threshold is 5). */
const DOMINANT_CONTRACTS = 5;

const roundUp = (v: number, step: number): number => Math.ceil(v / step) * step;
const round = (v: number, step: number): number => Math.round(v / step) * step;

const awarded = (s: PackageSpec): s is PackageSpec & { contractValue: number; supplier: string } =>
  s.contractValue !== null &&
  s.supplier !== null &&
  !['gagal', 'persiapan', 'cancelled'].includes(s.scenario.kind);
const withCco = (s: PackageSpec): boolean =>
  s.scenario.kind === 'lateDone' && s.scenario.valueChangePct !== null;
/** Finished without any addendum: onTime, or late without one. */
const plainFinish = (s: PackageSpec): boolean =>
  s.scenario.kind === 'onTime' ||
  (s.scenario.kind === 'lateDone' && s.scenario.addendumDays === null && s.scenario.valueChangePct === null);
const boundaryCase = (s: PackageSpec): boolean =>
  s.scenario.kind === 'running' && s.scenario.label !== undefined;
const slotOf = (s: PackageSpec): string => s.bidang ?? 'perencanaan';
/**
 * The payment series (kurva-s.ts) draws differently above Rp1 M (advance) and Rp2 M (four termins):
 * a value that moves must stay on the same side of both, so the package's other draws do not shift.
 */
const sameBand = (a: number, b: number): boolean =>
  a > 1e9 === b > 1e9 && a > 2_000_000_000 === b > 2_000_000_000;

const plan = (s: PackageSpec): SignalPlan => (s.signals ??= {});

export interface SignalChoices {
  /** Packages already chosen for one signal: the others pick elsewhere, so each shows one pattern. */
  used: Set<PackageSpec>;
  perSample: (k: number) => number;
}

/**
 * The spec-level choices, before any timeline is drawn: supplier names (bench), the dominant firm,
 * the twin contract value, single bidders, the value addenda, and the HPS (and, for a contract far
 * below it, the pagu, compensated inside the same bidang so the announced totals stay exact).
 */
export function planSignals(rng: Rng, specs: PackageSpec[]): SignalChoices {
  const perSample = (k: number): number => Math.round((k * specs.length) / DEFAULT_COUNT);
  const used = new Set<PackageSpec>();
  distinctFirmsPerSample(specs);
  dominantFirms(rng, specs, used);
  twins(specs, used, perSample(PER_SAMPLE.twins));
  const fresh = (s: PackageSpec): boolean => !s.grounded && !used.has(s) && awarded(s);
  for (const s of rng
    .shuffle(specs.filter((s) => fresh(s) && s.method === 'Tender'))
    .slice(0, perSample(PER_SAMPLE.singleBidder))) {
    plan(s).singleBidder = true;
    used.add(s);
  }
  valueIncreases(
    rng,
    specs.filter((s) => fresh(s) && s.method === 'Tender' && plainFinish(s)),
    used,
    perSample(PER_SAMPLE.valueIncrease),
  );
  farBelowHps(rng, specs, used, perSample(PER_SAMPLE.farBelowHps));
  nearHps(rng, specs, perSample(PER_SAMPLE.nearHps));
  return { used, perSample };
}

/**
 * The name pool has 420 fictional firms: in a package of thousands every name would win dozens of
 * contracts. Each further block of 160 projects gets firms of its own ("… 2 (fiktif)"), so a firm's
 * share of the work is what it is in the sample. The 160-project sample is left as drawn.
 */
function distinctFirmsPerSample(specs: PackageSpec[]): void {
  for (const s of specs) {
    const block = Math.floor((s.seq - 1) / DEFAULT_COUNT);
    if (block > 0 && s.supplier && !s.grounded)
      s.supplier = s.supplier.replace(/ \(fiktif\)$/, ` ${block + 1} (fiktif)`);
  }
}

/** In each block of 160, the firm that already won the most contracts wins five (same bidang first). */
function dominantFirms(rng: Rng, specs: PackageSpec[], used: Set<PackageSpec>): void {
  for (let start = 0; start + DEFAULT_COUNT / 2 <= specs.length; start += DEFAULT_COUNT) {
    const block = specs.slice(start, start + DEFAULT_COUNT).filter(awarded);
    const wins = new Map<string, PackageSpec[]>();
    for (const s of block) wins.set(s.supplier, [...(wins.get(s.supplier) ?? []), s]);
    let firm: string | undefined;
    for (const [name, list] of wins)
      if (/^(CV|PT) /.test(name) && (!firm || list.length > (wins.get(firm) ?? []).length)) firm = name;
    if (!firm) continue;
    const own = wins.get(firm) ?? [];
    if (own.length >= DOMINANT_CONTRACTS) continue;
    const slots = new Set(own.map(slotOf));
    // A CV is a small business: it only takes packages a CV could win (up to Rp10 M, as catalog.ts).
    const fits = (s: PackageSpec): boolean =>
      !s.grounded && s.supplier !== firm && (firm.startsWith('PT') || s.pagu <= 10_000_000_000);
    const pool = rng.shuffle(block.filter(fits));
    pool.sort((a, b) => Number(slots.has(slotOf(b))) - Number(slots.has(slotOf(a))));
    const taken = pool.slice(0, DOMINANT_CONTRACTS - own.length);
    for (const s of taken) s.supplier = firm;
    for (const s of [...own, ...taken]) used.add(s);
  }
}

/** Pairs of competitive contracts whose values are already closest: the second takes the first's value. */
function twins(specs: PackageSpec[], used: Set<PackageSpec>, count: number): void {
  const pool = specs
    .filter((s) => !s.grounded && !used.has(s) && awarded(s) && !withCco(s) && s.hps !== null)
    .filter((s) => s.method === 'Tender' || s.method === 'Seleksi')
    .sort((a, b) => (a.contractValue as number) - (b.contractValue as number) || a.seq - b.seq);
  const pairs: [PackageSpec, PackageSpec][] = [];
  for (let i = 1; i < pool.length; i++) {
    const [a, b] = [pool[i - 1] as PackageSpec, pool[i] as PackageSpec];
    const value = a.contractValue as number;
    // The shared value stays well between "far below" (80 %) and "near" (99 %) the second one's HPS.
    const share = value / (b.hps as number);
    if (
      a.supplier !== b.supplier &&
      sameBand(value, b.contractValue as number) &&
      share >= 0.82 &&
      share <= 0.98
    )
      pairs.push([a, b]);
  }
  const gap = ([a, b]: [PackageSpec, PackageSpec]): number =>
    ((b.contractValue as number) - (a.contractValue as number)) / (b.contractValue as number);
  pairs.sort((p, q) => gap(p) - gap(q) || p[0].seq - q[0].seq);
  for (const [a, b] of pairs) {
    if (count <= 0) break;
    if (used.has(a) || used.has(b)) continue;
    b.contractValue = a.contractValue;
    used.add(a).add(b);
    count--;
  }
}

/** Addenda "pekerjaan tambah" of 12–17 %, within the pagu (the timeline writes the addendum). */
function valueIncreases(rng: Rng, pool: PackageSpec[], used: Set<PackageSpec>, count: number): void {
  for (const s of rng.shuffle(pool)) {
    if (count <= 0) break;
    const pct = rng.pick([12, 13.5, 15, 17]);
    const before = s.contractValue as number;
    const after = round(before * (1 + pct / 100), 1000);
    if (after > s.pagu || !sameBand(before, after)) continue;
    plan(s).valueIncreasePct = pct;
    used.add(s);
    count--;
  }
}

/**
 * A contract under 80 % of the HPS: the HPS is raised (never the contract value). HPS may not exceed
 * the pagu, and no generated contract is that far below its pagu, so the pagu is raised with it and the
 * same amount is taken from the package of the same bidang with the most room between pagu and HPS.
 */
function farBelowHps(rng: Rng, specs: PackageSpec[], used: Set<PackageSpec>, count: number): void {
  const pool = specs.filter(
    (s) =>
      !s.grounded &&
      !used.has(s) &&
      awarded(s) &&
      !withCco(s) &&
      s.method === 'Tender' &&
      s.contractValue / s.pagu < 0.86,
  );
  for (const s of rng.shuffle(pool)) {
    if (count <= 0) break;
    const value = s.contractValue as number;
    const hps = roundUp(value / rng.float(0.755, 0.785), 1000);
    const pagu = Math.max(s.pagu, roundUp(hps / rng.float(0.975, 0.995), 1_000_000));
    const delta = pagu - s.pagu;
    const room = (c: PackageSpec): number => c.pagu - Math.max(c.hps ?? 0, c.contractValue ?? 0);
    const donor = specs
      .filter((c) => c !== s && !c.grounded && !used.has(c) && !withCco(c) && slotOf(c) === slotOf(s))
      .filter((c) => c.method !== 'Pengadaan Langsung' && room(c) - delta >= 0.005 * c.pagu)
      .sort((a, b) => room(b) - room(a) || a.seq - b.seq)[0];
    if (!donor) continue;
    donor.pagu -= delta;
    s.pagu = pagu;
    s.hps = hps;
    used.add(s).add(donor);
    count--;
  }
}

/**
 * E-katalog purchases are often signed right at the HPS; the raw draw puts about one in ten there.
 * Keep `quota` of them (every one whose pagu leaves no room stays) and give the others the usual
 * 1.5–4.5 % negotiation margin by raising their HPS, never above the pagu.
 */
function nearHps(rng: Rng, specs: PackageSpec[], quota: number): void {
  const near = specs.filter((s) => awarded(s) && s.hps !== null && s.contractValue / s.hps >= 0.99);
  const cap = (s: PackageSpec): number => Math.floor((s.pagu * 0.998) / 1000) * 1000;
  const stuck = near.filter((s) => s.grounded || (s.contractValue as number) / cap(s) >= 0.99);
  const movable = rng.shuffle(near.filter((s) => !stuck.includes(s)));
  for (const s of movable.slice(Math.max(0, quota - stuck.length)))
    s.hps = Math.min(cap(s), roundUp((s.contractValue as number) / rng.float(0.955, 0.985), 1000));
}

const DELAY_REASONS_II = [
  'Addendum II: pekerjaan belum selesai pada akhir perpanjangan pertama (cuaca/banjir)',
  'Addendum II: pasokan material terlambat selama perpanjangan pertama',
  'Addendum II: penambahan waktu untuk pekerjaan tambah hasil pengukuran bersama',
];

interface Staged {
  spec: PackageSpec;
  timeline: Timeline | null;
}

/**
 * The timeline-level choices, once every timeline is drawn: a year-end termin paid ahead of the physical
 * progress (the classic audit finding: payment before the work), and a second time extension.
 */
export function adjustTimelines(rng: Rng, staged: Staged[], { used, perSample }: SignalChoices): void {
  const running = staged.filter(
    (g): g is { spec: PackageSpec; timeline: Timeline } =>
      g.timeline !== null &&
      !g.spec.grounded &&
      !used.has(g.spec) &&
      g.spec.scenario.kind === 'running' &&
      !boundaryCase(g.spec),
  );
  let count = perSample(PER_SAMPLE.paymentAhead);
  for (const { spec, timeline: t } of rng.shuffle(running)) {
    if (count <= 0) break;
    const actual = t.actualAtAsOf ?? 100;
    const last = t.payments[t.payments.length - 1];
    const paid = last ? (last.value / t.contractValue) * 100 : 0;
    const termins = t.contractValue > 2_000_000_000 ? [25, 50, 75, 100] : [50, 100];
    const pct = termins.find((p) => p > paid + 0.01 && p - actual > 10.5);
    const day = Math.max(AS_OF - 7, (last?.day ?? 0) + 7);
    if (pct === undefined || pct - actual > 30 || day > AS_OF) continue;
    t.payments.push({ day, value: Math.round((t.contractValue * pct) / 100) });
    plan(spec).paymentAheadPct = pct;
    used.add(spec);
    count--;
  }
  count = perSample(PER_SAMPLE.secondExtension);
  for (const { spec, timeline: t } of rng.shuffle(running)) {
    if (count <= 0) break;
    if (used.has(spec) || t.modifications.length !== 1) continue;
    const first = t.modifications[0] as Modification;
    const [oldEnd, newEnd] = [first.oldEnd as number, first.newEnd as number];
    const days = Math.round((newEnd - oldEnd) * rng.float(0.4, 0.6));
    const date = oldEnd + days - rng.int(3, 7);
    if (first.kind !== 'duration' || newEnd - oldEnd < 20 || date >= AS_OF || date <= first.date) continue;
    first.newEnd = oldEnd + days;
    first.rationale = first.rationale.replace(
      /perpanjangan \d+ hari kalender$/,
      `perpanjangan ${days} hari kalender`,
    );
    t.modifications.push({
      kind: 'duration',
      date,
      rationale: `${rng.pick(DELAY_REASONS_II)}; perpanjangan ${newEnd - oldEnd - days} hari kalender`,
      oldEnd: oldEnd + days,
      newEnd,
    });
    plan(spec).firstExtensionDays = days;
    used.add(spec);
    count--;
  }
}
