import { useParams } from 'react-router';
import { useBoundaries, type LoadedDataset } from '../../api/dataset-queries';
import { ProjectDetailSlot } from '../../components/data-status/project-detail-slot';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { EmbedButton } from '../../components/share/embed-button';
import { ShareButtons } from '../../components/share/share-buttons';
import { appUrl, publicQuery } from '../../components/share/share-url';
import { applyFilters, type Filters } from '../../domain/filters/filters';
import { filterParams, parseFilters } from '../../domain/filters/url-state';
import { CHART_CATALOG, chartById, chartTitle } from '../../features/charts/catalog';
import { EmbedFrame } from '../../features/embed/embed-frame';
import { EmbedMap } from '../../features/embed/embed-map';
import { EmbedNotFound } from '../../features/embed/embed-not-found';
import { ProjectKurvaSChart } from '../../features/project/kurva-s/project-kurva-s-chart';
import type { AppConfig } from '../../lib/config';
import { useLanguage } from '../../lib/i18n/language';
import { useSearchState } from '../../lib/route-state/search-state';

const PROJECT_KURVA_S = 'kurva-s-proyek';
const MAP = 'peta';

/** Where "see more" leads: the same chart, filters and project in the full app. */
function fullViewPath(chart: string, filters: Filters, projectId: string | undefined): string {
  const filterQuery = publicQuery(filterParams(filters));
  if (chartById(chart)) return `/statistik${filterQuery}#${chart}`;
  if (chart === PROJECT_KURVA_S && projectId) return `/proyek/${encodeURIComponent(projectId)}`;
  if (chart === MAP) return `/${publicQuery(filterParams(filters), { proyek: projectId })}`;
  return `/statistik${filterQuery}`;
}

/**
 * /embed/:chart: one chart with the same filter parameters as the main pages (and `proyek=` for a
 * project's kurva S or map), inside the embed chrome. No Leaflet here: only the map embed loads it,
 * lazily, from features/embed.
 */
export function EmbedRoute() {
  const { chart = '' } = useParams();
  const [params] = useSearchState();
  const { filters } = parseFilters(params, ['proyek']);
  const projectId = params.get('proyek')?.trim() || undefined;
  const fullViewUrl = appUrl(fullViewPath(chart, filters, projectId));
  return (
    <EmbedFrame chart={chart} fullViewUrl={fullViewUrl}>
      <DatasetGate compact>
        {(dataset, config) => (
          <EmbedContent
            chart={chart}
            filters={filters}
            projectId={projectId}
            fullViewUrl={fullViewUrl}
            dataset={dataset}
            config={config}
          />
        )}
      </DatasetGate>
    </EmbedFrame>
  );
}

interface EmbedContentProps {
  chart: string;
  filters: Filters;
  projectId?: string;
  fullViewUrl: string;
  dataset: LoadedDataset;
  config: AppConfig;
}

function EmbedContent({ chart, filters, projectId, fullViewUrl, dataset, config }: EmbedContentProps) {
  const { locale } = useLanguage();
  const { meta, projects } = dataset;
  const boundaries = useBoundaries();
  const project = projectId ? projects.find((p) => p.id === projectId) : undefined;
  const embedPath = `/embed/${encodeURIComponent(chart)}${publicQuery(filterParams(filters), { proyek: projectId })}`;
  const actions = (title: string) => (
    <>
      <EmbedButton chartId={chart} title={title} path={embedPath} />
      <ShareButtons url={fullViewUrl} title={title} />
    </>
  );
  const notFound = (missingProject: boolean) => (
    <EmbedNotFound
      chart={chart}
      missingProject={missingProject}
      homeUrl={appUrl('/statistik')}
      available={[
        ...CHART_CATALOG.map((entry) => ({ id: entry.id, title: chartTitle(entry.id, locale) })),
        {
          id: PROJECT_KURVA_S,
          title: locale === 'id' ? 'Kurva S satu proyek (proyek=…)' : 'S-curve of one project (proyek=…)',
        },
        { id: MAP, title: locale === 'id' ? 'Peta kecamatan atau proyek' : 'Map of a kecamatan or project' },
      ]}
    />
  );

  const programme = chartById(chart);
  if (programme) {
    const { Component: Chart } = programme;
    return (
      <Chart
        projects={applyFilters(projects, filters)}
        meta={meta}
        siteUrl={config.siteUrl}
        actions={actions(chartTitle(programme.id, locale))}
      />
    );
  }
  if (chart === PROJECT_KURVA_S) {
    if (!project) return notFound(true);
    return (
      <ProjectDetailSlot id={project.id} notFound={notFound(true)}>
        {({ project: detail }) => (
          <ProjectKurvaSChart
            project={detail}
            meta={meta}
            siteUrl={config.siteUrl}
            actions={actions(detail.title)}
          />
        )}
      </ProjectDetailSlot>
    );
  }
  if (chart === MAP) {
    if (projectId && !project) return notFound(true);
    return (
      <EmbedMap
        projects={project ? [project] : applyFilters(projects, filters)}
        meta={meta}
        boundaries={boundaries}
        kecamatanSlug={filters.kecamatan}
        project={project}
      />
    );
  }
  return notFound(false);
}
