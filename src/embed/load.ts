import { fetchText } from '../api/http';
import { parseJsonText } from '../domain/dataset/data-error';
import type { Filters } from '../domain/filters/filters';
import { besideIndex } from '../domain/publish/published-files';
import type { ChartId } from '../features/charts/chart-ids';
import { decodeEmbedFile, embedFilePath, type EmbedFilter } from '../features/charts/embed-file';
import { loadConfig, resolveAppUrl, type AppConfig } from '../lib/config';
import type { ViewLoaders } from './chart-views';
import type { EmbedContent, LoadedEmbed } from './content';
import { indexUrlOf } from './config-urls';
import { MAP, PROJECT_KURVA_S, type EmbedRequest } from './request';
import { textVersion } from './version';

const filtersOf = (filter: EmbedFilter | undefined): Filters =>
  filter ? { [filter.param]: filter.value } : {};

/**
 * A programme chart's data from its published file (embed/<chart>….json, a few hundred bytes),
 * else from the index or the package, as the app draws it. Its view comes later (withView).
 */
async function loadChart(
  request: EmbedRequest,
  chart: ChartId,
  config: AppConfig,
  signal?: AbortSignal,
): Promise<EmbedContent> {
  const indexUrl = indexUrlOf(config);
  const filter = request.published ?? undefined;
  const path = request.published !== undefined ? embedFilePath(chart, filter) : undefined;
  if (indexUrl && path) {
    try {
      const text = await fetchText(besideIndex(indexUrl, path), signal);
      const file = decodeEmbedFile(parseJsonText(text), chart, filter);
      return {
        kind: 'chart',
        chart,
        // Figures name the package as their source, as everywhere in the app.
        meta: { ...file.meta, sourceUrl: resolveAppUrl(config.dataUrl) },
        data: file.data,
        filters: filtersOf(file.filter),
        names: file.names,
        version: textVersion(text),
      };
    } catch (error) {
      if (signal?.aborted) throw error;
      // No file for this filter value, an older folder, or a file that does not read: the index says.
    }
  }
  // The heavy path (the index or the package), loaded only when no published file answers.
  const { chartFromDataset } = await import('./fallback');
  return chartFromDataset(request, chart, config, signal);
}

/**
 * What an embed shows, without a programme chart's view: the page the build drew decides from the
 * data alone whether it must give way (start.ts), so the chart's code (preloaded by the page) is
 * only run when it must draw.
 */
export async function loadEmbedData(request: EmbedRequest, signal?: AbortSignal): Promise<LoadedEmbed> {
  const config = await loadConfig(signal);
  if (request.programme)
    return { config, content: await loadChart(request, request.programme, config, signal) };
  if (request.chart === PROJECT_KURVA_S) {
    if (!request.projectId) return { config, content: { kind: 'not-found', missingProject: true } };
    const { projectContent } = await import('./project');
    return { config, content: await projectContent(request.projectId, config, signal) };
  }
  if (request.chart === MAP) {
    const { mapContent } = await import('./map');
    return { config, content: await mapContent(request, config, signal) };
  }
  return { config, content: { kind: 'not-found', missingProject: false } };
}

/** Completes a programme chart's content with its view (one dynamic import per chart). */
export async function withView(loading: Promise<LoadedEmbed>, views: ViewLoaders): Promise<LoadedEmbed> {
  const loaded = await loading;
  const { content } = loaded;
  if (content.kind !== 'chart' || (content.View && content.caption)) return loaded;
  const load = views[content.chart];
  if (!content.View && !load) throw new Error(`this page has no view for ${content.chart}`);
  const [View, { captionOf }] = await Promise.all([
    content.View ?? load!().then((m) => m.View),
    import('./caption'),
  ]);
  return { ...loaded, content: { ...content, View, caption: captionOf(content.filters, content.names) } };
}

/** Everything an embed needs before it is drawn: the config, its data, and its code. */
export function loadEmbed(
  request: EmbedRequest,
  views: ViewLoaders,
  signal?: AbortSignal,
): Promise<LoadedEmbed> {
  // The chart's code downloads while config.json and the data do.
  const view = request.programme ? views[request.programme]?.() : undefined;
  // Awaited in withView; a failure before then must not also be reported as unhandled.
  view?.catch(() => undefined);
  return withView(loadEmbedData(request, signal), views);
}
