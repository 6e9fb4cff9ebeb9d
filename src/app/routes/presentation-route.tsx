import { useEffect, useMemo } from 'react';
import {
  useBoundaries,
  useDataset,
  useLocalPackageInfo,
  type LoadedDataset,
} from '../../api/dataset-queries';
import { projectDataUrl, usePrefetchProjects } from '../../api/project-query';
import { useOfflineReady } from '../../features/presentation/offline/use-offline-ready';
import { flagshipProjects } from '../../features/presentation/deck/flagship-slides';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { Deck } from '../../features/presentation/components/deck';
import { FreshnessLine } from '../../features/presentation/offline/freshness-line';
import { useDataFreshness } from '../../features/presentation/offline/use-data-freshness';
import {
  kecamatanSlidesFrom,
  unappliedFilters,
  withLegacyKecamatanMoved,
} from '../../features/presentation/utils/deck-params';
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
import { useSearchState } from '../../lib/route-state/search-state';
import { routeMessages } from './route-messages';

/** The dashboard's chart cards the deck shows: the app composes them into the presentation. */
const DECK_CHARTS: DeckCharts = { Programme: KurvaSProgrammeChart, Project: DrawnProjectKurvaSChart };

function PresentationDeck({ dataset, config }: { dataset: LoadedDataset; config: AppConfig }) {
  const t = useMessages(slideMessages);
  const { locale } = useLanguage();
  const [params, setParams] = useSearchState();
  const kecamatan = kecamatanSlidesFrom(params);
  // An old link's list in the filter's parameter: the address is rewritten to the deck's own.
  useEffect(() => {
    const moved = withLegacyKecamatanMoved(params);
    if (moved) setParams(moved, { replace: true });
  }, [params, setParams]);
  const { dataset: query } = useDataset();
  // The file the deck's figures were read from: the published index, else the package.
  const dataFile =
    dataset.source.kind === 'published' ? dataset.source.indexUrl : resolveAppUrl(config.dataUrl);
  const freshness = useDataFreshness(dataFile, query.dataUpdatedAt, dataset.savedCopyAt);
  const boundaries = useBoundaries();
  const flagshipIds = useMemo(() => flagshipProjects(dataset.projects).map((p) => p.id), [dataset.projects]);
  usePrefetchProjects(flagshipIds);
  // Everything the slides read, so the deck can say whether it will survive the Wi-Fi dropping.
  const local = useLocalPackageInfo();
  const offlineUrls = useMemo(
    () =>
      [
        dataFile,
        resolveAppUrl(config.boundariesUrl),
        ...flagshipIds.map((id) => projectDataUrl(config, local, id)),
      ].filter((url): url is string => url !== undefined),
    [dataFile, config, local, flagshipIds],
  );
  const offlineReady = useOfflineReady(offlineUrls);
  const slides = useMemo(
    () => buildSlides({ dataset, boundaries, siteUrl: config.siteUrl, locale, t }, kecamatan, DECK_CHARTS),
    [dataset, boundaries, config.siteUrl, locale, t, kecamatan],
  );
  const title = t.deckTitle(dataset.meta.asOf.slice(0, 4));
  const notApplied = unappliedFilters(params);
  const deckText = useMessages(deckMessages);
  return (
    <>
      {notApplied.length > 0 && (
        <p className="notice notice--info" role="status" data-testid="deck-filters-not-applied">
          {deckText.filtersNotApplied(notApplied.join(', '))}
        </p>
      )}
      <Deck
        slides={slides}
        title={title}
        deckKey={kecamatan ?? ''}
        footer={{
          provenance: provenanceLine(dataset.meta, locale),
          isSample: dataset.meta.isSample,
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
