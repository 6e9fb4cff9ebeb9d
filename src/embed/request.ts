import { isChartId, type ChartId } from '../features/charts/chart-ids';
import type { EmbedFilter } from '../features/charts/embed-file';
import { EMBED_FILTER_PARAMS, PROJECT_PARAM, paramText } from '../domain/route-state/param-names';

export const PROJECT_KURVA_S = 'kurva-s-proyek';
export const MAP = 'peta';

/** What an embed address asks for, read without the filter parser (it loads the kecamatan list). */
export interface EmbedRequest {
  /** The /embed/:chart segment as given (shown as text when unknown). */
  chart: string;
  /** Set when `chart` is a programme chart. */
  programme?: ChartId;
  params: URLSearchParams;
  /** `proyek=`: the project of a project kurva S or a map. */
  projectId?: string;
  /**
   * The one filter a published file answers (embed/<chart>/<param>-<value>.json), `null` for no
   * filter at all, undefined for anything else (several filters, a search): drawn from the index.
   */
  published: EmbedFilter | null | undefined;
}

/** The filter a published file can answer, if the parameters ask for at most one. */
function publishedFilter(params: URLSearchParams): EmbedFilter | null | undefined {
  const given = EMBED_FILTER_PARAMS.flatMap((name) => {
    const values = params
      .getAll(name)
      .map((value) => value.trim())
      .filter(Boolean);
    return values.length > 0 ? [{ name, value: values.at(-1)!.toLowerCase(), many: values.length > 1 }] : [];
  });
  // Signals are not published per chart: drawn from the index, like any combination.
  if (paramText(params, 'tanda')) return undefined;
  if (given.length === 0) return null;
  const [only] = given;
  if (given.length > 1 || !only || only.many || only.name === 'q') return undefined;
  return { param: only.name as EmbedFilter['param'], value: only.value };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Reads /embed/<chart>?… (under the app's base path), and /embed/kurva-s-proyek/<id>: a project's
 * kurva S named in its path, which the build gives a page with that project's link preview.
 */
export function readEmbedRequest(pathname: string, search: string): EmbedRequest {
  const segments = pathname.replace(/\/+$/, '').split('/').map(decoded);
  const params = new URLSearchParams(search);
  const projectInPath = segments.at(-2) === PROJECT_KURVA_S;
  if (projectInPath) params.set(PROJECT_PARAM, segments.at(-1)!);
  const chart = projectInPath ? PROJECT_KURVA_S : (segments.at(-1) ?? '');
  const projectId = paramText(params, PROJECT_PARAM);
  return {
    chart,
    ...(isChartId(chart) && { programme: chart }),
    params,
    projectId,
    published: publishedFilter(params),
  };
}
