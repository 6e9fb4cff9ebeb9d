import { useEffect, useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { elementForHash } from '../../lib/element-for-hash';
import { rememberedScroll, storeScrollPositions } from './scroll-positions';
import { useScriptRunning } from '../../lib/use-script-running';

/**
 * Scrolls the window for each location the app shows (positions by path, scroll-positions.ts):
 * back to where the reader left the path, else to the element the hash names, else to the top.
 * Its layout effect runs before those of the page (a later sibling), so a page can still take over.
 */
export function ScrollRestoration() {
  const location = useLocation();
  // False in the render that hydrates a drawn page (main.tsx): the browser has placed that page
  // already (its top, the hash's element, or where the reader scrolled it meanwhile).
  const placedByBrowser = !useScriptRunning();
  useEffect(() => {
    // The app places the window itself; the browser's own restoring would fight it on Back.
    window.history.scrollRestoration = 'manual';
    const leave = () => {
      storeScrollPositions(window.location.pathname);
      window.history.scrollRestoration = 'auto';
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.history.scrollRestoration = 'auto';
    };
  }, []);
  useLayoutEffect(() => {
    if (placedByBrowser) return;
    const left = rememberedScroll(location.pathname);
    const named = left === undefined ? elementForHash(location.hash) : null;
    if (named) named.scrollIntoView();
    else window.scrollTo(0, left ?? 0);
    // Not again when the hydrated page first renders as the browser's: only a new location moves it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location]);
  return null;
}
