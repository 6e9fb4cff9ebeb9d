import type { StatusFilter } from '../filters/filters';
import type { Category, Project } from '../project/types';

/** What the map colours projects by; the legend and the `warna` URL parameter use the same names. */
export const COLOUR_MODES = ['status', 'kategori'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

/**
 * The status a reader most needs to see: an indikasi kritis or a late contract outranks its
 * published status, because that is what a resident checks the map for.
 */
export function displayStatus(project: Project): StatusFilter {
  if (project.progress.kritis?.kritis) return 'kritis';
  if (project.progress.late) return 'terlambat';
  return project.status;
}

// Every colour keeps at least 3:1 against the light map background (WCAG 1.4.11); meaning is
// also carried by line style (kritis is dashed) and by the list, never by colour alone.
export const STATUS_COLOURS: Record<StatusFilter, string> = {
  kritis: '#c0261c',
  terlambat: '#a3478f',
  pelaksanaan: '#0a64a4',
  selesai: '#1b7a3d',
  persiapan: '#a35c00',
  // No two states share a shade: three near-greys made gagal tender, dibatalkan and unknown one.
  'gagal-tender': '#00727d',
  'putus-kontrak': '#1a1a1a',
  dibatalkan: '#6e6e6e',
  'tidak-diketahui': '#6b4f2a',
};

export const CATEGORY_COLOURS: Record<Category, string> = {
  jalan: '#0a64a4',
  jembatan: '#a3478f',
  drainase: '#1b7a3d',
  normalisasi: '#00727d',
  tanggul: '#a35c00',
  perencanaan: '#5c5c5c',
  lainnya: '#6b4f2a',
};

/** Legend order for status: the alarming states first. */
export const STATUS_LEGEND_ORDER: readonly StatusFilter[] = [
  'kritis',
  'terlambat',
  'pelaksanaan',
  'selesai',
  'persiapan',
  'gagal-tender',
  'putus-kontrak',
  'dibatalkan',
  'tidak-diketahui',
];

export interface FeatureStyle {
  colour: string;
  /** Canvas dash pattern; kritis work is dashed so it stands out without colour. */
  dashArray?: string;
}

export function styleFor(project: Project, mode: ColourMode): FeatureStyle {
  const kritis = project.progress.kritis?.kritis === true;
  const colour =
    mode === 'status' ? STATUS_COLOURS[displayStatus(project)] : CATEGORY_COLOURS[project.category];
  return kritis ? { colour, dashArray: '6 4' } : { colour };
}

export interface LegendEntry<K extends string> {
  key: K;
  colour: string;
  count: number;
}

/** Legend rows for the keys present in `projects`, with how many projects each has. */
export function legendEntries(
  projects: readonly Project[],
  mode: ColourMode,
): LegendEntry<StatusFilter | Category>[] {
  const counts = new Map<string, number>();
  for (const project of projects) {
    const key = mode === 'status' ? displayStatus(project) : project.category;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order: readonly (StatusFilter | Category)[] =
    mode === 'status' ? STATUS_LEGEND_ORDER : (Object.keys(CATEGORY_COLOURS) as Category[]);
  return order
    .filter((key) => counts.has(key))
    .map((key) => ({
      key,
      count: counts.get(key)!,
      colour: mode === 'status' ? STATUS_COLOURS[key as StatusFilter] : CATEGORY_COLOURS[key as Category],
    }));
}

/**
 * How many projects show each status, in legend order, statuses with none left out: the map
 * slide's legend and the map page's preview picture count the same way.
 */
export function statusLegendCounts(projects: readonly Project[]): { status: StatusFilter; count: number }[] {
  const counts = new Map<StatusFilter, number>();
  for (const project of projects) {
    const status = displayStatus(project);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return STATUS_LEGEND_ORDER.flatMap((status) => {
    const count = counts.get(status) ?? 0;
    return count > 0 ? [{ status, count }] : [];
  });
}
