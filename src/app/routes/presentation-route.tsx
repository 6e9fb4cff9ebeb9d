import { useMemo } from 'react';
import { Link } from 'react-router';
import {
  useBoundaries,
  useDataset,
  useLocalPackageInfo,
  type LoadedDataset,
} from '../../api/dataset-queries';
import { projectDataUrl, usePrefetchProjects } from '../../api/project-query';
import { useKurvaSSeries } from '../../api/series-query';
import { publishedSeriesUrl } from '../../api/published-series';
import { useOfflineReady } from '../../features/presentation/offline/use-offline-ready';
import { flagshipProjects } from '../../features/presentation/deck/flagship-slides';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { Deck } from '../../features/presentation/components/deck';
import { FreshnessLine } from '../../features/presentation/offline/freshness-line';
import { useDataFreshness } from '../../features/presentation/offline/use-data-freshness';
import {
  DECK_PARAMS,
  deckFilters,
  kecamatanSlidesFrom,
  withLegacyKecamatanMoved,
  withoutDeckFilters,
} from '../../domain/route-state/deck-schema';
import { captionNames } from '../../domain/filters/caption-names';
import { filterCaption } from '../../domain/filters/filter-caption';
import { applyFilters } from '../../domain/filters/filters';
import { filterParams } from '../../domain/route-state/filter-schema';
import { formatNumber } from '../../domain/format/number';
import { CAPTION_LABELS } from '../../features/charts/caption-labels';
import { IgnoredParamsNotice } from '../../components/filters/ignored-params-notice';
import { useUrlFilters } from '../../components/filters/use-url-filters';
import { deckMessages } from '../../features/presentation/messages';
import { provenanceLine } from '../../domain/format/as-of';
import { resolveAppUrl, type AppConfig } from '../../lib/config';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { usePageTitle } from '../../lib/use-page-title';
import { buildSlides } from '../../features/presentation/deck/build-slides';
import type { DeckCharts } from '../../features/presentation/deck/deck-charts';
import { KurvaSProgrammeChart } from '../../features/charts/kurva-s-programme-chart';
import { DrawnProjectKurvaSChart } from '../../features/project/kurva-s/drawn-project-kurva-s-chart';
import { slideMessages } from '../../features/presentation/deck/slide-messages';
import { routeMessages } from './route-messages';

/** The dashboard's chart cards the deck shows: the app composes them into the presentation. */
const DECK_CHARTS: DeckCharts = { Programme: KurvaSProgrammeChart, Project: DrawnProjectKurvaSChart };

/**
 * The filters a deck link carries, read from the address as it will be once an old link's
 * kecamatan list has moved to its own parameter (so that list is never reported as a bad filter).
 */
function useDeckAddress() {
  // An old link's kecamatan list in the filter's parameter is read, and rewritten, as the deck's own.
  const { filters: linkFilters, ignored, params } = useUrlFilters(DECK_PARAMS, withLegacyKecamatanMoved);
  // Only the filters that choose projects: the slides are built again only when one changes.
  const filters = useMemo(() => deckFilters(linkFilters), [linkFilters]);
  return {
    kecamatan: kecamatanSlidesFrom(params),
    filters,
    filtersKey: filterParams(filters).toString(),
    ignored,
    wholeProgramme: `?${withoutDeckFilters(params).toString()}`,
  };
}

function PresentationDeck({ dataset, config }: { dataset: LoadedDataset; config: AppConfig }) {
  const t = useMessages(slideMessages);
  const deckText = useMessages(deckMessages);
  const { locale } = useLanguage();
  const { kecamatan, filters, filtersKey, ignored, wholeProgramme } = useDeckAddress();
  // A filtered map or statistics page opens a deck of the same projects, named on every slide.
  const projects = useMemo(() => applyFilters(dataset.projects, filters), [dataset.projects, filters]);
  const caption = filterCaption(filters, captionNames(filters, dataset.projects), CAPTION_LABELS[locale]);
  const { dataset: query } = useDataset();
  // The file the deck's figures were read from: the published index, else the package.
  const dataFile =
    dataset.source.kind === 'published' ? dataset.source.indexUrl : resolveAppUrl(config.dataUrl);
  const freshness = useDataFreshness(dataFile, query.dataUpdatedAt, dataset.savedCopyAt);
  const boundaries = useBoundaries();
  const flagshipIds = useMemo(() => flagshipProjects(projects).map((p) => p.id), [projects]);
  usePrefetchProjects(flagshipIds);
  // Everything the slides read, so the deck can say whether it will survive the Wi-Fi dropping.
  const local = useLocalPackageInfo();
  // A filtered deck sums its kurva S from the weekly curves: fetched now, and kept for offline.
  useKurvaSSeries(dataset, caption !== '');
  const seriesFile =
    caption && dataset.source.kind === 'published' ? publishedSeriesUrl(dataset.source.indexUrl) : undefined;
  const offlineUrls = useMemo(
    () =>
      [
        dataFile,
        seriesFile,
        resolveAppUrl(config.boundariesUrl),
        ...flagshipIds.map((id) => projectDataUrl(config, local, id)),
      ].filter((url): url is string => url !== undefined),
    [dataFile, seriesFile, config, local, flagshipIds],
  );
  const offlineReady = useOfflineReady(offlineUrls);
  const slides = useMemo(
    () =>
      buildSlides(
        { dataset, projects, filterCaption: caption, boundaries, siteUrl: config.siteUrl, locale, t },
        kecamatan,
        DECK_CHARTS,
      ),
    [dataset, projects, caption, boundaries, config.siteUrl, locale, t, kecamatan],
  );
  const title = t.deckTitle(dataset.meta.asOf.slice(0, 4));
  const n = (value: number) => formatNumber(value, locale);
  return (
    <>
      <IgnoredParamsNotice ignored={ignored} />
      {caption && (
        <p className="notice notice--info" role="status" data-testid="deck-filtered">
          {deckText.filtered(caption, n(projects.length), n(dataset.projects.length))}{' '}
          <Link to={{ search: wholeProgramme }}>{deckText.showAll}</Link>
        </p>
      )}
      <Deck
        slides={slides}
        title={title}
        // Two windows sync only on the same deck: its kecamatan slides and its filters.
        deckKey={`${kecamatan ?? ''}?${filtersKey}`}
        marks={{
          provenance: provenanceLine(dataset.meta, locale),
          isSample: dataset.meta.isSample,
          filterCaption: caption || undefined,
          freshness: <FreshnessLine freshness={freshness} offlineReady={offlineReady} />,
        }}
      />
    </>
  );
}

/** `/presentasi`: the officials' deck, full viewport (the app's header and footer step aside). */
export function PresentationRoute() {
  const title = useMessages(routeMessages).presentationTitle;
  usePageTitle(title);
  return (
    <div className="presentation-root">
      <h1>{title}</h1>
      <DatasetGate>{(dataset, config) => <PresentationDeck dataset={dataset} config={config} />}</DatasetGate>
    </div>
  );
}
