/**
 * The first script of an embed page, a classic one in <head> (tools/vite/embed-prerender.ts emits
 * it): the page the build wrote draws the chart of every project, so an address with a filter
 * marks the page before it paints, and embed.css keeps that drawing out of sight until the
 * embed's script draws the filtered one. Nothing else: it runs before every paint of the page.
 */
(function markFilteredView() {
  const params = new URLSearchParams(location.search);
  for (const name of ['kecamatan', 'kategori', 'status', 'sumber', 'q']) {
    if (params.getAll(name).some((value) => value.trim() !== '')) {
      document.documentElement.setAttribute('data-embed-view', 'filtered');
      return;
    }
  }
})();
