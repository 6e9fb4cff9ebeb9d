import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import './app/styles.css';
import { App } from './app/app';
import { routes } from './app/routes';
import { createQueryClient } from './lib/query-client';
import { registerServiceWorker } from './sw/register';
import { prefetchForPage } from './api/dataset-queries';

/**
 * In development the backend is mocked by MSW (on by default; VITE_MSW=off to use a real server).
 * The production build never loads MSW: it reads the static package that config.json points at.
 */
async function enableMocking(): Promise<void> {
  if (!import.meta.env.DEV || import.meta.env.VITE_MSW === 'off') return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

await enableMocking();
// Offline support for the built app only; in development MSW owns the service worker.
if (import.meta.env.PROD) registerServiceWorker();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();
// Fetch the page's data while its code loads.
void prefetchForPage(queryClient, location.pathname.slice(import.meta.env.BASE_URL.length - 1));
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} router={createBrowserRouter(routes)} />
  </StrictMode>,
);
