import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import './components/base.css';
import { App } from './app/app';
import { preloadPage } from './app/routes';
import { createQueryClient } from './lib/query-client';
import { registerServiceWorker } from './sw/register';
import { currentLocalPackageInfo, queryKeys } from './api/dataset-queries';
import { prefetchForPage } from './api/prefetch-page';
import { carriesDocuments } from './lib/embedded-documents';
import { keepEarlyInput, keepEarlyInputHydrated } from './lib/keep-early-input';
import { PageCommittedContext } from './lib/after-first-commit';
import { inlineDrawnSizes } from './lib/drawn-sizes';
import { whenDrawnPageReplaced } from './lib/when-drawn-page-replaced';
import { storedLocale } from './lib/i18n/language';
import { keepEarlyScroll } from './lib/keep-early-scroll';
import { enableMocking } from './dev-mocking';
import { nextTask } from './lib/run-in-slices';

/** "/statistik/" and "/statistik" are one page; "/" stays "/". */
const withoutTrailingSlash = (path: string) => path.replace(/(.)\/$/, '$1');

await enableMocking();
// The modules above ran in the task of the page's script (React DOM alone is some 200 kB); what
// follows starts the page's data, history and first render. In a task of its own, the phone can
// paint and answer a tap between the two instead of spending them as one long task.
await nextTask();
// Offline support for the built app only; in development MSW owns the service worker.
if (import.meta.env.PROD) registerServiceWorker();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();
// Read before the page's query takes the document it carries.
const drawnFromCarriedData = carriesDocuments();
// Fetch the page's data while its code loads.
const appPath = location.pathname.slice(import.meta.env.BASE_URL.length - 1);
const prefetched = prefetchForPage(queryClient, appPath);
const history = createBrowserHistory({ v5Compat: true });
// The built page already shows this route's first screen (tools/vite/prerender.ts). The first
// render waits for the page's code, so it takes that screen over with the same one, not a blank;
// a page drawn from the data it carries (a project's) also waits for that data (no network).
// A page whose code fails to load renders anyway and shows the error (route-error-boundary.tsx).
await Promise.all([
  preloadPage(history.location.pathname)?.catch(() => undefined),
  drawnFromCarriedData ? prefetched : undefined,
]);
// The app hydrates a drawn page, taking over its elements instead of drawing them anew (on a
// phone, creating and laying out the whole page again was the longest task of the load), when its
// first render is the build's: a page drawn from the data it carries (a project's), or a page
// drawn without data for this very address and no query (its data gate shows the same frame in
// that render), in the reader's language, with no imported package of the reader's own. Any other
// drawn page (a host's fallback page, a filtered address) is replaced.
const drawnFor = root.dataset.drawnFor;
const drawnForThisAddress =
  drawnFor !== undefined && location.search === '' && withoutTrailingSlash(appPath) === drawnFor;
const hydrating =
  (drawnFromCarriedData || drawnForThisAddress) &&
  document.documentElement.lang === storedLocale() &&
  !currentLocalPackageInfo();
// Whatever the reader typed or picked in the drawn page meanwhile, and where they scrolled to, is
// carried into the app's.
const firstCommit: (() => void)[] = [];
const afterFirstRender = (then: () => void) => {
  if (hydrating) firstCommit.push(then);
  else if (root.firstElementChild) whenDrawnPageReplaced(root, root.firstElementChild, then);
};
if (hydrating) firstCommit.push(() => inlineDrawnSizes(root), keepEarlyInputHydrated(root));
else keepEarlyInput(root);
// A hydrated page stays where it is (ScrollRestoration leaves it to the browser); a replaced one
// is put back where the reader had scrolled it.
if (!hydrating) keepEarlyScroll(afterFirstRender);
// Says the page is the app's now, for whoever waits for it (the end-to-end tests).
afterFirstRender(() => root.setAttribute('data-app', 'live'));
const app = (
  <StrictMode>
    <App queryClient={queryClient} history={history} />
  </StrictMode>
);
// In a transition React renders the app in short slices (the page stays on screen and answers
// meanwhile) instead of one long task that a phone spends unresponsive.
if (hydrating) {
  startTransition(() => {
    hydrateRoot(
      root,
      <PageCommittedContext value={() => firstCommit.forEach((then) => then())}>{app}</PageCommittedContext>,
      // A page that changes before it is hydrated (the reader follows a link of its header while
      // the page's part still hydrates) is drawn anew by React: not an error of the page.
      { onRecoverableError: (error) => console.warn('PantauBangun: the drawn page was drawn anew', error) },
    );
  });
} else startTransition(() => createRoot(root).render(app));
// The build drew the page from the data it had then; the host may hold newer files since. Once the
// page is on screen, read its file from the network too (a few kB): newer data replaces the drawn.
if (drawnFromCarriedData) void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
