import { useMemo, type ComponentType } from 'react';
import type { LoadedDataset } from '../../api/dataset-queries';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { FilterBar } from '../../components/filters/filter-bar';
import { IgnoredParamsNotice } from '../../components/filters/ignored-params-notice';
import { useUrlFilters } from '../../components/filters/use-url-filters';
import { EmbedButton } from '../../components/share/embed-button';
import { appUrl, publicQuery } from '../../components/share/share-url';
import { ShareButtons } from '../../components/share/share-buttons';
import { captionNames } from '../../domain/filters/caption-names';
import { filterCaption } from '../../domain/filters/filter-caption';
import { applyFilters } from '../../domain/filters/filters';
import { STATISTICS_SCHEMA } from '../../domain/route-state/statistics-schema';
import { STATISTICS_PARAMS } from '../../domain/route-state/param-names';
import { useRouteParams } from '../../lib/route-state/search-state';
import { writeParams } from '../../lib/route-state/param-schema';
import { CAPTION_LABELS } from '../../features/charts/caption-labels';
import { filterParams } from '../../domain/route-state/filter-schema';
import { useValueInTurn } from '../../components/drawing/use-value-in-turn';
import { CHART_CATALOG, chartTitle, type ChartId } from '../../features/charts/catalog';
import type { ChartProps } from '../../features/charts/chart-props';
import { HeadlineFigures } from '../../features/statistics/headline-figures';
import { StatisticsIntro } from '../../features/statistics/statistics-intro';
import { StatisticsLayout } from '../../features/statistics/statistics-layout';
import type { AppConfig } from '../../lib/config';
import { useLanguage } from '../../lib/i18n/language';
import { usePageTitle } from '../../lib/use-page-title';
import { useMessages } from '../../lib/i18n/messages';
import { routeMessages } from './route-messages';

/** Charts that need the full width: a year of weeks, long package titles and firm names. */
const WIDE: readonly ChartId[] = [
  'kurva-s-program',
  'paket-terlambat',
  'anggaran-kecamatan',
  'penyedia-terbesar',
];

/** A catalogue chart that takes a new filter's projects in its turn, one chart per task. */
function ChartInTurn({ Chart, projects, ...props }: ChartProps & { Chart: ComponentType<ChartProps> }) {
  return <Chart projects={useValueInTurn(projects)} {...props} />;
}

function StatisticsContent({ dataset, config }: { dataset: LoadedDataset; config: AppConfig }) {
  const { locale } = useLanguage();
  const { filters, ignored: ignoredFilters } = useUrlFilters(STATISTICS_PARAMS);
  const { values: own, ignored: ignoredOwn } = useRouteParams(STATISTICS_SCHEMA);
  const ignored = [...ignoredFilters, ...ignoredOwn];
  const visible = useMemo(() => applyFilters(dataset.projects, filters), [dataset.projects, filters]);
  // Every chart, its table, PNG and embed code name the filters it was drawn from.
  const caption = filterCaption(filters, captionNames(filters, dataset.projects), CAPTION_LABELS[locale]);
  // The filters as a shared link's query: the map link and every chart's share link carry it.
  const filterQuery = publicQuery(filterParams(filters));
  const mapHref = `/${filterQuery}`;
  // A chart's share link carries the filters, and the kecamatan chart its order too.
  const sorted = writeParams(STATISTICS_SCHEMA, filterParams(filters), own);
  const kecamatanQuery = sorted.size > 0 ? `?${sorted.toString()}` : '';
  const shareQuery = (id: ChartId) => (id === 'anggaran-kecamatan' ? kecamatanQuery : filterQuery);
  return (
    <StatisticsLayout
      filters={
        <>
          <FilterBar projects={dataset.projects} />
          <IgnoredParamsNotice ignored={ignored} />
        </>
      }
      shown={visible.length}
      total={dataset.projects.length}
      mapHref={mapHref}
      headline={<HeadlineFigures projects={visible} />}
    >
      {CHART_CATALOG.map(({ id, Component }) => (
        // The id is the anchor embeds link back to ("/statistik?…#kurva-s-program").
        <div
          key={id}
          id={id}
          className={`statistics__chart${WIDE.includes(id) ? ' statistics__chart--wide' : ''}`}
        >
          <ChartInTurn
            Chart={Component}
            projects={visible}
            meta={dataset.meta}
            siteUrl={config.siteUrl}
            headingLevel={3}
            subtitle={caption || undefined}
            actions={
              <>
                <EmbedButton chartId={id} title={chartTitle(id, locale)} />
                <ShareButtons
                  title={chartTitle(id, locale)}
                  // As drawn by default, the chart's own page: the chart alone, with a link preview
                  // (og:image) drawn by the build. A filtered or reordered view links here: that
                  // preview shows all data in the default order.
                  url={appUrl(shareQuery(id) ? `/statistik${shareQuery(id)}#${id}` : `/embed/${id}`)}
                />
              </>
            }
          />
        </div>
      ))}
    </StatisticsLayout>
  );
}

export function StatisticsRoute() {
  const title = useMessages(routeMessages).statisticsTitle;
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <StatisticsIntro />
      <DatasetGate>
        {(dataset, config) => <StatisticsContent dataset={dataset} config={config} />}
      </DatasetGate>
    </>
  );
}
