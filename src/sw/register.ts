/**
 * Registers the offline worker of the production build (dist/sw.js). Never in development: there
 * MSW's worker answers the API, and two workers on one scope would fight over requests.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Offline support is a bonus: the app works without it (e.g. when the origin is not secure).
    });
  });
}
