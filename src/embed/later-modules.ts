import { afterPageLoad } from '../lib/after-page-load';

/**
 * A drawn chart page lists the code of its live chart here instead of preloading it
 * (tools/vite/embed-build.ts): on a slow connection those downloads would share the line with the
 * page's styles and delay the chart's first paint, which needs no script at all.
 */
export const LATER_MODULES_META = 'pantaubangun-modul-nanti';

/** Fetches (and compiles, without running) the listed modules, so a reach for the chart is quick. */
function preload(files: readonly string[]): void {
  for (const href of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/** The listed modules not yet asked for (the list is read from the page once). */
let waiting: string[] | undefined;

/** Preloads the page's listed modules: at once, or after its load event (the first paint is out). */
export function preloadLaterModules(when: 'now' | 'after-load'): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${LATER_MODULES_META}"]`);
  if (meta) {
    waiting = meta.content.split(' ').filter(Boolean);
    meta.remove();
  }
  if (!waiting || waiting.length === 0) return;
  if (when === 'after-load') {
    afterPageLoad(() => preloadLaterModules('now'));
    return;
  }
  preload(waiting);
  waiting = undefined;
}
