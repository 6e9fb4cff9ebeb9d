/**
 * What the build knew when it wrote the page (tools/vite/prerender.ts): the data config.json names
 * is sample data. Pages say "DATA CONTOH" from their first paint, before the data arrives to say
 * so, and keep the same layout when it does. The data itself stays the authority once loaded.
 */
export function expectsSampleData(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.sample === 'true';
}
