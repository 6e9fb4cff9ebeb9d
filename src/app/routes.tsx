import { Suspense } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { SearchStateProvider } from '../lib/route-state/search-state';
import { AppLayout } from './layout/app-layout';
import { RouteLoading } from './layout/route-loading';
import { lazyPage, type LazyPage } from './router/lazy-page';
import { RouteErrorBoundary } from './router/route-error-boundary';

/** A route's lazily loaded page; `handle` is the page, for preloadPage. */
function page(load: () => Promise<React.ComponentType>): Pick<RouteObject, 'element' | 'handle'> {
  const Page = lazyPage(load);
  return { element: <Page />, handle: Page };
}

/**
 * Every page is its own chunk, so the map's first load carries no charts and an embed carries no
 * map. Embeds have no layout (no navigation), everything else shares the app shell.
 */
const routes: RouteObject[] = [
  {
    // The optional segment: a project's kurva S may name its project in the path.
    path: '/embed/:chart/:project?',
    ...page(() => import('./routes/embed-route').then((m) => m.EmbedRoute)),
  },
  {
    element: <AppLayout />,
    children: [
      { index: true, ...page(() => import('./routes/home-route').then((m) => m.HomeRoute)) },
      { path: 'proyek/:id', ...page(() => import('./routes/project-route').then((m) => m.ProjectRoute)) },
      {
        path: 'statistik',
        ...page(() => import('./routes/statistics-route').then((m) => m.StatisticsRoute)),
      },
      {
        path: 'presentasi',
        ...page(() => import('./routes/presentation-route').then((m) => m.PresentationRoute)),
      },
      {
        path: 'penyedia',
        ...page(() => import('./routes/contractors-route').then((m) => m.ContractorsRoute)),
      },
      {
        path: 'penyedia/:id',
        ...page(() => import('./routes/contractor-route').then((m) => m.ContractorRoute)),
      },
      {
        path: 'metodologi',
        ...page(() => import('./routes/methodology-route').then((m) => m.MethodologyRoute)),
      },
      { path: 'data', ...page(() => import('./routes/data-route').then((m) => m.DataRoute)) },
      { path: 'data/impor', ...page(() => import('./routes/import-route').then((m) => m.ImportRoute)) },
      { path: '*', ...page(() => import('./routes/not-found-route').then((m) => m.NotFoundRoute)) },
    ],
  },
];

/** Loads the code of the page at `pathname`; undefined when it has loaded already. */
export function preloadPage(pathname: string): Promise<unknown> | undefined {
  const loading = (matchRoutes(routes, pathname) ?? [])
    .map((match) => (match.route.handle as LazyPage | undefined)?.preload())
    .filter(Boolean);
  return loading.length ? Promise.all(loading) : undefined;
}

/**
 * The app's pages. Every page reads and writes its query parameters through one store
 * (lib/route-state). A page that fails shows RouteError in place of the page and its shell.
 */
export function AppRoutes() {
  return (
    <SearchStateProvider>
      <RouteErrorBoundary>
        <Suspense fallback={<RouteLoading />}>{useRoutes(routes)}</Suspense>
      </RouteErrorBoundary>
    </SearchStateProvider>
  );
}
