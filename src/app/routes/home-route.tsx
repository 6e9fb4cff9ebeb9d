import { Suspense, useCallback, useMemo } from 'react';
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
import { HOME_PARAMS, parseHomeState, type HomeParam } from '../../domain/map/home-params';
import { formatMapView, parseMapView, sameView, type MapView } from '../../domain/map/view-param';
import { MapListLayout } from '../../features/projects/map-list-layout';
import { ProjectCount } from '../../features/projects/project-count';
import { ProjectList } from '../../features/projects/project-list';
import { ProjectSummary } from '../../features/projects/project-summary';
import { useVisibleProjects } from '../../features/projects/use-visible-projects';
import { useLanguage } from '../../lib/i18n/language';
import { usePageTitle } from '../../lib/use-page-title';
import { useSearchState } from '../../lib/route-state/search-state';

function MapPage({ dataset }: { dataset: LoadedDataset }) {
  const { locale } = useLanguage();
  const { filters, ignored } = useUrlFilters(HOME_PARAMS);
  const [params, setParams] = useSearchState();
  const { state, ignored: badParams } = useMemo(() => parseHomeState(params), [params]);
  const { visible, sorted } = useVisibleProjects(dataset.projects, filters, state.urut);
  const byId = useMemo(() => new Map(dataset.projects.map((p) => [p.id, p])), [dataset.projects]);
  const selected = state.proyek ? byId.get(state.proyek) : undefined;
  // The store shows a selection at once; the router's URL follows a moment later and then puts the
  // window back where it was (ScrollRestoration keys by path). Scroll the summary into sight after.
  const selectedInUrl = new URLSearchParams(useLocation().search).get('proyek') ?? undefined;
  const notices = [...ignored, ...badParams, ...(state.proyek && !selected ? ['proyek'] : [])];

  const setParam = useCallback(
    (name: HomeParam, value: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const select = useCallback((id: string | undefined) => setParam('proyek', id), [setParam]);
  const currentPeta = params.get('peta');
  const onViewChange = useCallback(
    (view: MapView) => {
      if (!sameView(view, parseMapView(currentPeta))) setParam('peta', formatMapView(view));
    },
    [currentPeta, setParam],
  );

  return (
    <>
      <IgnoredParamsNotice ignored={[...new Set(notices)]} />
      <FilterBar projects={dataset.projects} />
      <div className="map-list-toolbar">
        <ProjectCount projects={visible} />
        {/* The map page shares its whole view: filters, selection and map position (peta). */}
        <ShareButtons url={appUrl(params.size > 0 ? `/?${params.toString()}` : '/')} />
        <EmbedButton chartId="peta" title={locale === 'id' ? 'Peta proyek' : 'Project map'} />
      </div>
      <MapListLayout
        tab={state.tampil ?? 'peta'}
        onTabChange={(tab) => setParam('tampil', tab === 'peta' ? undefined : tab)}
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
            onSortChange={(sort) => setParam('urut', sort)}
          />
        }
        map={
          <MapBoundary
            fallback={
              <p className="notice notice--warning" role="alert">
                {locale === 'id'
                  ? 'Peta gagal dimuat. Daftar proyek tetap lengkap; muat ulang halaman untuk mencoba lagi.'
                  : 'The map failed to load. The project list is complete; reload the page to try again.'}
              </p>
            }
          >
            <Suspense
              fallback={<p className="loading">{locale === 'id' ? 'Memuat peta…' : 'Loading the map…'}</p>}
            >
              <MapWithOutlines
                projects={visible}
                meta={dataset.meta}
                selectedId={selected?.id}
                onSelect={select}
                view={state.peta}
                onViewChange={onViewChange}
                colourMode={state.warna ?? 'status'}
                onColourModeChange={(mode) => setParam('warna', mode === 'status' ? undefined : mode)}
                choropleth={state.sebaran}
                onChoroplethChange={(mode) => setParam('sebaran', mode)}
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
 * The map page before its data: the filters (they work from the URL), the share buttons and the
 * same boxes the count, the list and the map will fill. The build writes this into the page's HTML.
 */
function MapPageLoading() {
  const { locale } = useLanguage();
  const [params] = useSearchState();
  const { state } = parseHomeState(params);
  const loading = locale === 'id' ? 'Memuat data proyek…' : 'Loading project data…';
  return (
    <>
      <FilterBar />
      <div className="map-list-toolbar">
        <p className="project-count loading" role="status">
          {loading}
        </p>
        <ShareButtons url={appUrl(params.size > 0 ? `/?${params.toString()}` : '/')} />
        <EmbedButton chartId="peta" title={locale === 'id' ? 'Peta proyek' : 'Project map'} />
      </div>
      <MapListLayout
        tab={state.tampil ?? 'peta'}
        onTabChange={() => {}}
        list={<p className="loading project-list__loading">{loading}</p>}
        map={<p className="loading map-loading">{locale === 'id' ? 'Memuat peta…' : 'Loading the map…'}</p>}
      />
    </>
  );
}

export function HomeRoute() {
  const { locale } = useLanguage();
  usePageTitle(locale === 'id' ? 'Peta proyek' : 'Project map');
  return (
    <>
      <h1>
        {locale === 'id'
          ? 'Pembangunan infrastruktur Kabupaten Bekasi 2023'
          : 'Infrastructure works in Kabupaten Bekasi, 2023'}
      </h1>
      <DatasetGate pending={<MapPageLoading />}>{(dataset) => <MapPage dataset={dataset} />}</DatasetGate>
    </>
  );
}
