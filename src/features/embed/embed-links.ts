import { createContext } from 'react';
import { resolveAppUrl } from '../../lib/config';
import {
  EMBED_FILTER_PARAMS,
  PROJECT_PARAM,
  paramText,
  type RouteParam,
} from '../../domain/route-state/param-names';

/** The public parameters an embed carries, in their stable order: the filters, then the project. */
const EMBED_PARAMS = [...EMBED_FILTER_PARAMS, PROJECT_PARAM] as const;

/** "?kecamatan=…&proyek=…" with only the public parameters that have a value; "" when none. */
function publicSearch(params: URLSearchParams, names: readonly RouteParam[] = EMBED_PARAMS): string {
  const kept = new URLSearchParams();
  for (const name of names) {
    const value = paramText(params, name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : '';
}

/** Where "see more" leads: the same chart, filters and project in the full app. */
export function fullViewPath(chart: string, params: URLSearchParams, isProgrammeChart: boolean): string {
  const filters = publicSearch(params, EMBED_FILTER_PARAMS);
  const project = paramText(params, PROJECT_PARAM);
  if (isProgrammeChart) return `/statistik${filters}#${chart}`;
  if (chart === 'kurva-s-proyek' && project) return `/proyek/${encodeURIComponent(project)}`;
  if (chart === 'peta') return `/${publicSearch(params)}`;
  return `/statistik${filters}`;
}

/**
 * This embed's own address with only its public parameters: what the snippet and share links give.
 * A project's kurva S names its project in the path, where the build wrote its link preview.
 */
export function embedPath(chart: string, params: URLSearchParams): string {
  const project = paramText(params, PROJECT_PARAM);
  // The project page's embed button writes the same address (features/project/project-page.tsx).
  if (chart === 'kurva-s-proyek' && project) return `/embed/kurva-s-proyek/${encodeURIComponent(project)}`;
  return `/embed/${encodeURIComponent(chart)}${publicSearch(params)}`;
}

/** An app path ("/statistik?…#…") as an absolute address under the app's base path. */
export const appAddress = (path: string) => resolveAppUrl(path.replace(/^\//, ''));

export interface EmbedLinks {
  /** The same view in the full app (absolute; opens in a new tab: the host keeps its reader). */
  fullView: string;
  /** This embed (absolute), for the snippet and the share links. */
  embed: string;
  /** The public site address (config.json siteUrl), drawn into PNGs. */
  site?: string;
}

/** The links of the embed on screen, for its footer and menu. */
export const EmbedLinksContext = createContext<EmbedLinks>({ fullView: '/', embed: '/' });
