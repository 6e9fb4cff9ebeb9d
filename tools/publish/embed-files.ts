import type { KurvaSSeries } from '../../src/domain/aggregate/kurva-s';
import type { CaptionNames } from '../../src/domain/filters/filter-caption';
import { applyFilters, STATUS_FILTERS, type Filters } from '../../src/domain/filters/filters';
import { KECAMATAN } from '../../src/domain/geo/regions';
import { CATEGORIES, type Project } from '../../src/domain/project/types';
import type { PublishedMeta } from '../../src/domain/publish/index-file';
import { slugify } from '../../src/domain/text/slug';
import { CHART_DATA } from '../../src/features/charts/chart-data';
import { CHART_IDS } from '../../src/features/charts/chart-ids';
import {
  EMBED_FORMAT,
  EMBED_VERSION,
  embedFilePath,
  type EmbedFile,
  type EmbedFilter,
} from '../../src/features/charts/embed-file';

interface Selection {
  filter?: EmbedFilter;
  names: CaptionNames;
}

/** Funding sources as the `sumber` filter names them (slug) with their first published spelling. */
function fundingSources(projects: readonly Project[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const project of projects)
    for (const { name } of project.fundingSources) {
      const slug = slugify(name);
      if (slug && !sources.has(slug)) sources.set(slug, name);
    }
  return sources;
}

/**
 * Every selection a published file answers: no filter, and each value of each filter on its own.
 * Kecamatan are the regency's 23 (a kecamatan without projects gets its empty chart, not the
 * index); funding sources are those the data names.
 */
function selections(projects: readonly Project[]): Selection[] {
  const list: Selection[] = [{ names: {} }];
  for (const { slug, name } of KECAMATAN)
    list.push({ filter: { param: 'kecamatan', value: slug }, names: { kecamatan: name } });
  for (const value of CATEGORIES) list.push({ filter: { param: 'kategori', value }, names: {} });
  for (const value of STATUS_FILTERS) list.push({ filter: { param: 'status', value }, names: {} });
  for (const [value, name] of fundingSources(projects))
    list.push({ filter: { param: 'sumber', value }, names: { sumber: name } });
  return list;
}

/**
 * Fractions far finer than any chart, tooltip or table shows are not worth their bytes. Cut, not
 * rounded: rounding 4.949956 to 4.95 made the embed show "5 %" where the app shows "4,9 %"; a cut
 * value never crosses the half-way point a display rounds at (the 1e-6 absorbs binary noise).
 */
function compact(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isInteger(value)) return value;
  return (Math.sign(value) * Math.trunc(Math.abs(value) * 1e4 + 1e-6)) / 1e4;
}

/**
 * The embed files of a published folder (src/features/charts/embed-file.ts): each chart's data for
 * every selection, from the index rows and weekly curves as the app reads them, with the same
 * functions the app's charts use. One filter pass per selection, shared by every chart (CHART_IDS).
 */
export function* embedFiles(
  projects: readonly Project[],
  series: KurvaSSeries,
  meta: PublishedMeta,
): Generator<[path: string, text: string]> {
  for (const { filter, names } of selections(projects)) {
    const chosen = filter ? applyFilters(projects, { [filter.param]: filter.value } as Filters) : projects;
    for (const chart of CHART_IDS) {
      const path = embedFilePath(chart, filter);
      if (!path) continue;
      const file: EmbedFile = {
        format: EMBED_FORMAT,
        version: EMBED_VERSION,
        chart,
        meta,
        ...(filter && { filter }),
        names,
        data: CHART_DATA[chart](chosen, series),
      };
      yield [path, JSON.stringify(file, compact)];
    }
  }
}
