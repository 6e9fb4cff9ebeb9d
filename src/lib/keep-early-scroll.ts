/**
 * The build draws each route's first screen into its HTML, and a reader on a slow phone may scroll
 * it before the app's first render takes it over (main.tsx). That render puts the page at its top
 * (the router's ScrollRestoration), which would throw the reader back to the title of a page they
 * were reading. Where they had scrolled to is kept instead: the first render draws the same page.
 *
 * Call before the first render; `afterFirstRender` calls back once that render is committed (the
 * drawn page replaced, or hydrated), after the router's scroll reset and before its scroll event.
 */
export function keepEarlyScroll(afterFirstRender: (then: () => void) => void): void {
  let readerTop = window.scrollY;
  const noteScroll = () => {
    readerTop = window.scrollY;
  };
  window.addEventListener('scroll', noteScroll, { passive: true });
  afterFirstRender(() => {
    window.removeEventListener('scroll', noteScroll);
    if (readerTop > 0 && window.scrollY !== readerTop) window.scrollTo(0, readerTop);
  });
}
