import { whenDrawnPageReplaced } from './when-drawn-page-replaced';

/**
 * The build draws each route's first screen into its HTML, and a reader on a slow phone may scroll
 * it before the app's first render replaces it (main.tsx). That render puts a new page at its top
 * (the router's ScrollRestoration), which would throw the reader back to the title of a page they
 * were reading. Where they had scrolled to is kept instead: the first render draws the same page.
 */
export function keepEarlyScroll(root: HTMLElement): void {
  const drawn = root.firstElementChild;
  if (!drawn) return;
  let readerTop = window.scrollY;
  const noteScroll = () => {
    readerTop = window.scrollY;
  };
  window.addEventListener('scroll', noteScroll, { passive: true });
  // After the router's scroll reset, before its scroll event: readerTop is still the reader's.
  whenDrawnPageReplaced(root, drawn, () => {
    window.removeEventListener('scroll', noteScroll);
    if (readerTop > 0 && window.scrollY !== readerTop) window.scrollTo(0, readerTop);
  });
}
