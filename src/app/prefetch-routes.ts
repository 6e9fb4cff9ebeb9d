/**
 * After the first page is up, fetch the other pages' code while the browser is idle, so that the
 * service worker caches them: a presenter whose Wi-Fi drops can still open any page. Failures are
 * ignored: the page loads its code on demand as usual.
 */
const ROUTE_CHUNKS = [
  () => import('./routes/home-route'),
  () => import('./routes/statistics-route'),
  () => import('./routes/project-route'),
  () => import('./routes/presentation-route'),
  () => import('./routes/data-route'),
];

export function prefetchRoutesWhenIdle(): void {
  const run = () => {
    for (const load of ROUTE_CHUNKS) void load().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 3000);
}
