import type { Project } from '../project/types';

/** What a choropleth colours kecamatan by (`sebaran` URL parameter). */
export const CHOROPLETH_MODES = ['jumlah', 'anggaran'] as const;
export type ChoroplethMode = (typeof CHOROPLETH_MODES)[number];

export interface KecamatanTotals {
  /** Kecamatan code, e.g. "32.16.05". */
  code: string;
  name: string;
  slug: string;
  count: number;
  /** Sum of pagu over projects that have one. */
  pagu: number;
  /** Projects with a kecamatan but no drawable geometry: counted here, never placed on a fake point. */
  unlocated: number;
}

export function totalsByKecamatan(projects: readonly Project[]): Map<string, KecamatanTotals> {
  const totals = new Map<string, KecamatanTotals>();
  for (const project of projects) {
    const kecamatan = project.kecamatan;
    if (!kecamatan) continue;
    let row = totals.get(kecamatan.code);
    if (!row) {
      row = {
        code: kecamatan.code,
        name: kecamatan.name,
        slug: kecamatan.slug,
        count: 0,
        pagu: 0,
        unlocated: 0,
      };
      totals.set(kecamatan.code, row);
    }
    row.count += 1;
    if (project.pagu !== undefined && Number.isFinite(project.pagu)) row.pagu += project.pagu;
    if (!project.geometry) row.unlocated += 1;
  }
  return totals;
}

export const choroplethValue = (row: KecamatanTotals | undefined, mode: ChoroplethMode): number =>
  row ? (mode === 'jumlah' ? row.count : row.pagu) : 0;

/** Sequential blues (ColorBrewer), light to dark; zero gets its own near-white class. */
const CHOROPLETH_PALETTE = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const CHOROPLETH_ZERO = '#f7f7f7';

export interface ChoroplethClass {
  /** Inclusive bounds. */
  min: number;
  max: number;
  colour: string;
}

/**
 * Up to five quantile classes over the non-zero values, so each colour covers about as many
 * kecamatan; equal bins would put 20 of 23 kecamatan in one colour when a few hold the big works.
 */
export function choroplethClasses(values: readonly number[]): ChoroplethClass[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const n = Math.min(CHOROPLETH_PALETTE.length, sorted.length);
  const classes: ChoroplethClass[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    let end = Math.round(((i + 1) * sorted.length) / n) - 1;
    // Equal values never straddle two classes.
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]) end++;
    if (end < start) continue;
    classes.push({ min: sorted[start]!, max: sorted[end]!, colour: '' });
    start = end + 1;
    if (start >= sorted.length) break;
  }
  // Spread the palette over however many classes survived, keeping the darkest for the top.
  const offset = CHOROPLETH_PALETTE.length - classes.length;
  return classes.map((c, i) => ({ ...c, colour: CHOROPLETH_PALETTE[offset + i]! }));
}

export function colourForValue(value: number, classes: readonly ChoroplethClass[]): string {
  if (value <= 0) return CHOROPLETH_ZERO;
  for (const c of classes) if (value <= c.max) return c.colour;
  return classes[classes.length - 1]?.colour ?? CHOROPLETH_ZERO;
}
