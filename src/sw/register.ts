import { afterPageLoad } from '../lib/after-page-load';
import { fetchedUrls } from '../lib/fetched-urls';

/**
 * Once the new worker controls the page (a first visit), asks again for the data the page has
 * already read, through the worker, which keeps a copy of each: only what this visitor used, so a
 * shared project link does not download the whole index for the offline copy.
 */
function keepWhatWasRead(): void {
  for (const url of fetchedUrls()) {
    fetch(url, { headers: { Accept: 'application/json' } }).catch(() => {
      // Offline already, or the server is down: the next visit keeps it.
    });
  }
}

/**
 * Registers the offline worker of the production build (dist/sw.js). Never in development: there
 * MSW's worker answers the API, and two workers on one scope would fight over requests.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  if (!navigator.serviceWorker.controller)
    navigator.serviceWorker.addEventListener('controllerchange', keepWhatWasRead, { once: true });
  // After the page's load, so the worker's downloads do not compete with the page's own.
  afterPageLoad(() => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Offline support is a bonus: the app works without it (e.g. when the origin is not secure).
    });
  });
}
