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
  // Runs after the render's commit and its layout effects (the router's scroll), in the same task,
  // before the scroll event of that reset is dispatched: readerTop is still the reader's.
  const observer = new MutationObserver(() => {
    if (drawn.isConnected) return;
    observer.disconnect();
    window.removeEventListener('scroll', noteScroll);
    if (readerTop > 0 && window.scrollY !== readerTop) window.scrollTo(0, readerTop);
  });
  observer.observe(root, { childList: true });
}
