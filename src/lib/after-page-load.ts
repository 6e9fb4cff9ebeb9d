/**
 * Runs `run` once the page's load event has fired: then, or at once when it has fired already (a
 * script that starts a task or more after the page's own, as main.tsx does, may come after it).
 * For work that must not compete with the page's own downloads.
 */
export function afterPageLoad(run: () => void): void {
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}
