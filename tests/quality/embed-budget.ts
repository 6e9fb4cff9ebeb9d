/**
 * Budgets of the embed pages (tools/vite/embed-build.ts): the JavaScript each embed address loads
 * at once, which is what its HTML preloads plus, for the map, the map's modules. Pure logic: the
 * pages, their manifests and the floor page's weight come in as arguments.
 */
import {
  closure,
  entryKeyOf,
  MAP_MODULES,
  type EmbedPage,
  type Manifest,
} from '../../tools/vite/embed-build';
import { KB, measureFiles, type Budget, type FileFacts, type RouteReport } from './bundle-graph';

/**
 * A chart embed shares the reader's phone with the host page: at most 202 kB, no map library. It
 * was 200 kB until 2026-12-07, when the charts' drawings moved into modules of their own so the
 * statistics page loads no Recharts until a card nears the screen: the extra chunks cost an embed
 * about 1.3 kB, all of it code a drawn embed fetches after its first paint (later-modules.ts).
 */
export const CHART_EMBED_BUDGET: Omit<Budget, 'route'> = {
  maxGzip: 202 * KB,
  forbidden: ['leaflet', 'react-leaflet', 'zod'],
};
/** The map embed needs Leaflet: the floor page's weight (React, Leaflet, Query) plus this. */
export const MAP_EMBED_ALLOWANCE = 40 * KB;

/** The address readers use for a page (a project's kurva S names its project in the path). */
function addressOf(page: EmbedPage): string {
  if (page.chart === '*') return '/embed/<grafik> (halaman bersama)';
  return page.chart === 'kurva-s-proyek' ? '/embed/kurva-s-proyek/<id>' : `/embed/${page.chart}`;
}

/**
 * Every embed page against its budget, and /embed/peta (the shared page with the map's modules)
 * against the floor page's JavaScript plus MAP_EMBED_ALLOWANCE.
 */
export function evaluateEmbeds(
  pages: readonly EmbedPage[],
  manifestOf: (page: EmbedPage) => Manifest,
  facts: (file: string) => FileFacts,
  floorGzip: number,
): RouteReport[] {
  return pages.flatMap((page) => {
    const manifest = manifestOf(page);
    const entry = entryKeyOf(manifest, page);
    const path = addressOf(page);
    const reports = [
      measureFiles(path, closure(manifest, [entry, ...page.modules]), facts, {
        route: path,
        ...CHART_EMBED_BUDGET,
      }),
    ];
    if (page.chart === '*')
      reports.push(
        measureFiles('/embed/peta', closure(manifest, [entry, ...page.modules, ...MAP_MODULES]), facts, {
          route: '/embed/peta',
          maxGzip: floorGzip + MAP_EMBED_ALLOWANCE,
          forbidden: ['zod'],
        }),
      );
    return reports;
  });
}
