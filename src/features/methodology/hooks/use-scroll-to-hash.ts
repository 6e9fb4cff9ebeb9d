import { useLayoutEffect, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { elementForHash } from '../../../lib/element-for-hash';

/**
 * Brings the section a link names (/metodologi#nilai-kembar) into view, and the reader's place with
 * it. The app's ScrollRestoration keys positions by path: it would restore the last position of
 * /metodologi and ignore the hash, and cannot tell two sections of this one path apart on Back.
 * These layout effects run after its own (a later sibling's) and win:
 *  - a link (push or replace) goes to the section and moves focus there, as a plain anchor would;
 *  - Back and Forward between this page's own entries return each to where the reader left it
 *    (from another page, ScrollRestoration's position for the path is the right one);
 *  - an address opened afresh (typed, shared, reloaded), an entry the app never wrote and so
 *    keyed "default", goes to its section; other reloads keep ScrollRestoration's position.
 */
export function useScrollToHash(): void {
  const { hash, key } = useLocation();
  const action = useNavigationType();
  // Where the reader left each history entry while this page stayed on screen, by entry key.
  const [places] = useState(() => new Map<string, number>());
  useLayoutEffect(() => {
    // Runs as the entry is left, before the next one scrolls the window anywhere.
    return function rememberPlace() {
      places.set(key, window.scrollY);
    };
  }, [key, places]);
  useLayoutEffect(() => {
    const left = places.get(key);
    if (action === NavigationType.Pop && left !== undefined) {
      window.scrollTo(0, left);
      return;
    }
    if (!hash || (action === NavigationType.Pop && key !== 'default')) return;
    const target = elementForHash(hash);
    if (!target) return;
    target.scrollIntoView();
    // After a link, Tab continues from the section.
    if (action !== NavigationType.Pop) target.focus({ preventScroll: true });
  }, [hash, key, action, places]);
}
