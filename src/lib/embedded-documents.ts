/**
 * Data files a page's HTML carries, written by the build beside the first screen it drew from them
 * (tools/vite/prerender.ts: each project page holds its own project file). Read instead of asking
 * the network once; a JSON script is data, never run, so the CSP has nothing to allow.
 *
 *   <script type="application/json" data-document="/data/…/proyek/x.json">{…}</script>
 */
const SELECTOR = 'script[type="application/json"][data-document]';

let carried: Map<string, string> | undefined;

function documents(): Map<string, string> {
  if (carried) return carried;
  carried = new Map();
  if (typeof document === 'undefined') return carried;
  for (const script of document.querySelectorAll<HTMLScriptElement>(SELECTOR)) {
    carried.set(new URL(script.dataset.document!, document.baseURI).href, script.textContent ?? '');
  }
  return carried;
}

/** Whether this page was drawn from data it carries (its first render must wait for that data). */
export function carriesDocuments(): boolean {
  return documents().size > 0;
}

/** The text of `url` as the page carries it, once: a later read (a retry, a refresh) asks the network. */
export function takeCarriedDocument(url: string): string | undefined {
  const all = documents();
  if (all.size === 0 || typeof document === 'undefined') return undefined;
  const key = new URL(url, document.baseURI).href;
  const text = all.get(key);
  all.delete(key);
  return text;
}
