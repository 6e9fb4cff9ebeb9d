import { Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { LoadedDataset } from '../../api/dataset-queries';
import { MapBoundary, MapWithOutlines } from './lazy-project-map';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { FilterBar } from '../../components/filters/filter-bar';
import { IgnoredParamsNotice } from '../../components/filters/ignored-params-notice';
import { EmbedButton } from '../../components/share/embed-button';
import { ShareButtons } from '../../components/share/share-buttons';
import { appUrl } from '../../components/share/share-url';
import { useUrlFilters } from '../../components/filters/use-url-filters';
import { HOME_SCHEMA, parseHomeState } from '../../domain/route-state/home-schema';
import { HOME_PARAMS, PROJECT_PARAM } from '../../domain/route-state/param-names';
import { sameView, type MapView } from '../../domain/map/view-param';
import { MapListLayout } from '../../features/projects/map-list-layout';
import { ProjectCount } from '../../features/projects/project-count';
import { ProjectList } from '../../features/projects/project-list';
import { ProjectSummary } from '../../features/projects/project-summary';
import { useVisibleProjects } from '../../features/projects/use-visible-projects';
import { useMessages } from '../../lib/i18n/messages';
import { routeMessages } from './route-messages';
import { usePageTitle } from '../../lib/use-page-title';
import { useRouteParams, useSearchState } from '../../lib/route-state/search-state';

/** The count, then the page's share and embed buttons: one row before the data and after. */
function MapToolbar({ count, params }: { count: ReactNode; params: URLSearchParams }) {
  const r = useMessages(routeMessages);
  return (
    <div className="map-list-toolbar">
      {count}
      {/* The map page shares its whole view: filters, selection and map position (peta). */}
      <ShareButtons url={appUrl(params.size > 0 ? `/?${params.toString()}` : '/')} />
      <EmbedButton chartId="peta" title={r.mapTitle} />
    </div>
  );
}

function MapPage({ dataset }: { dataset: LoadedDataset }) {
  const r = useMessages(routeMessages);
  const { filters, ignored } = useUrlFilters(HOME_PARAMS);
  const { values: state, ignored: badParams, setValues, params } = useRouteParams(HOME_SCHEMA);
  const { visible, sorted } = useVisibleProjects(dataset.projects, filters, state.urut);
  const byId = useMemo(() => new Map(dataset.projects.map((p) => [p.id, p])), [dataset.projects]);
  const selected = state.proyek ? byId.get(state.proyek) : undefined;
  // The store shows a selection at once; the router's URL follows a moment later and then puts the
  // window back where it was (ScrollRestoration keys by path). Scroll the summary into sight after.
  const selectedInUrl = parseHomeState(new URLSearchParams(useLocation().search)).state.proyek;
  const notices = [...ignored, ...badParams, ...(state.proyek && !selected ? [PROJECT_PARAM] : [])];

  const select = useCallback((id: string | undefined) => setValues({ proyek: id }), [setValues]);
  // The shown view, as a value that stays the same while other parameters change.
  const { lat, lng, zoom } = state.peta ?? {};
  const onViewChange = useCallback(
    (view: MapView) => {
      const current =
        lat === undefined || lng === undefined || zoom === undefined ? undefined : { lat, lng, zoom };
      if (!sameView(view, current)) setValues({ peta: view });
    },
    [lat, lng, zoom, setValues],
  );

  return (
    <>
      <IgnoredParamsNotice ignored={[...new Set(notices)]} />
      <MapToolbar count={<ProjectCount projects={visible} />} params={params} />
      <MapListLayout
        tab={state.tampil ?? 'peta'}
        onTabChange={(tab) => setValues({ tampil: tab === 'peta' ? undefined : tab })}
        summaryKey={selectedInUrl}
        summary={
          selected && (
            <ProjectSummary
              project={selected}
              visible={visible.includes(selected)}
              onClose={() => select(undefined)}
            />
          )
        }
        list={
          <ProjectList
            projects={sorted}
            selectedId={selected?.id}
            onSelect={select}
            sort={state.urut}
            onSortChange={(sort) => setValues({ urut: sort })}
          />
        }
        map={
          <MapBoundary
            fallback={
              <p className="notice notice--warning" role="alert">
                {r.mapFailed}
              </p>
            }
          >
            <Suspense fallback={<p className="loading">{r.loadingMap}</p>}>
              <MapWithOutlines
                projects={visible}
                meta={dataset.meta}
                selectedId={selected?.id}
                onSelect={select}
                view={state.peta}
                onViewChange={onViewChange}
                colourMode={state.warna ?? 'status'}
                onColourModeChange={(mode) => setValues({ warna: mode === 'status' ? undefined : mode })}
                choropleth={state.sebaran}
                onChoroplethChange={(mode) => setValues({ sebaran: mode })}
                kecamatan={filters.kecamatan}
              />
            </Suspense>
          </MapBoundary>
        }
      />
    </>
  );
}

/**
 * The map page before its data: the share buttons and the same boxes the count, the list and the
 * map will fill. The build writes this into the page's HTML.
 */
function MapPageLoading() {
  const r = useMessages(routeMessages);
  const [params] = useSearchState();
  const { state } = parseHomeState(params);
  const loading = r.loadingProjects;
  return (
    <>
      <MapToolbar
        count={
          <p className="project-count loading" role="status">
            {loading}
          </p>
        }
        params={params}
      />
      <MapListLayout
        tab={state.tampil ?? 'peta'}
        onTabChange={() => {}}
        list={<p className="loading project-list__loading">{loading}</p>}
        map={<p className="loading map-loading">{r.loadingMap}</p>}
      />
    </>
  );
}

/**
 * The filters, then the page: one component before and after the data (DatasetGate keeps it in
 * place), so the filters work from the URL at once and keep what a reader is typing when the
 * data arrives.
 */
function MapPageFrame({ dataset }: { dataset?: LoadedDataset }) {
  return (
    <>
      <FilterBar projects={dataset?.projects} />
      {dataset ? <MapPage dataset={dataset} /> : <MapPageLoading />}
    </>
  );
}

export function HomeRoute() {
  const r = useMessages(routeMessages);
  usePageTitle(r.mapTitle);
  return (
    <>
      <h1>{r.mapHeading}</h1>
      <DatasetGate pending={<MapPageFrame />}>{(dataset) => <MapPageFrame dataset={dataset} />}</DatasetGate>
    </>
  );
}
