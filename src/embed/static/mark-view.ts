/**
 * The first script of an embed page, a classic one in <head> (tools/vite/embed-prerender.ts emits
 * it): the page the build wrote draws the chart of every project, so an address with a filter
 * marks the page before it paints, and embed.css keeps that drawing out of sight until the
 * embed's script draws the filtered one. Nothing else: it runs before every paint of the page.
 */
declare const EMBED_FILTER_PARAMS_LIST: readonly string[];

(function markFilteredView() {
  // This script is not bundled: the build writes EMBED_FILTER_PARAMS (route-state/param-names.ts) here.
  const names: readonly string[] = EMBED_FILTER_PARAMS_LIST;
  const params = new URLSearchParams(location.search);
  for (const name of names) {
    if (params.getAll(name).some((value) => value.trim() !== '')) {
      document.documentElement.setAttribute('data-embed-view', 'filtered');
      return;
    }
  }
})();
