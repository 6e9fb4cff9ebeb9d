import { Outlet, type RouteObject } from 'react-router';
import { SearchStateProvider } from '../lib/route-state/search-state';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './layout/route-error';

// Shown while a route's chunk loads; text, so it is never a blank page.
const routeLoading = <p className="loading">Memuat…</p>;

/**
 * Every page is its own chunk, so the map's first load carries no charts and an embed carries no
 * map. Embeds have no layout (no navigation), everything else shares the app shell.
 */
const pages: RouteObject[] = [
  {
    // The optional segment: a project's kurva S may name its project in the path.
    path: '/embed/:chart/:project?',
    lazy: () => import('./routes/embed-route').then((m) => ({ Component: m.EmbedRoute })),
    errorElement: <RouteError />,
    hydrateFallbackElement: routeLoading,
  },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: routeLoading,
    children: [
      { index: true, lazy: () => import('./routes/home-route').then((m) => ({ Component: m.HomeRoute })) },
      {
        path: 'proyek/:id',
        lazy: () => import('./routes/project-route').then((m) => ({ Component: m.ProjectRoute })),
      },
      {
        path: 'statistik',
        lazy: () => import('./routes/statistics-route').then((m) => ({ Component: m.StatisticsRoute })),
      },
      {
        path: 'presentasi',
        lazy: () => import('./routes/presentation-route').then((m) => ({ Component: m.PresentationRoute })),
      },
      {
        path: 'penyedia',
        lazy: () => import('./routes/contractors-route').then((m) => ({ Component: m.ContractorsRoute })),
      },
      {
        path: 'penyedia/:id',
        lazy: () => import('./routes/contractor-route').then((m) => ({ Component: m.ContractorRoute })),
      },
      {
        path: 'metodologi',
        lazy: () => import('./routes/methodology-route').then((m) => ({ Component: m.MethodologyRoute })),
      },
      { path: 'data', lazy: () => import('./routes/data-route').then((m) => ({ Component: m.DataRoute })) },
      {
        path: 'data/impor',
        lazy: () => import('./routes/import-route').then((m) => ({ Component: m.ImportRoute })),
      },
      {
        path: '*',
        lazy: () => import('./routes/not-found-route').then((m) => ({ Component: m.NotFoundRoute })),
      },
    ],
  },
];

/** Every page reads and writes its query parameters through one store (lib/route-state). */
export const routes: RouteObject[] = [
  {
    element: (
      <SearchStateProvider>
        <Outlet />
      </SearchStateProvider>
    ),
    children: pages,
  },
];
