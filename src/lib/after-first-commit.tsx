import { createContext, useContext, useLayoutEffect, useRef } from 'react';

/** What to call once the page is the app's (main.tsx gives it to a page it hydrates). */
export const PageCommittedContext = createContext<(() => void) | undefined>(undefined);

/**
 * Placed after the page inside its Suspense boundary (app-layout.tsx): its layout effect runs once
 * the page is committed. React hydrates a drawn page boundary by boundary, the page's own last, so
 * this comes after every other first layout effect (the router's scroll reset among them), in the
 * same task: the moment a hydrated page is the app's, where no element is replaced to say so.
 */
export function PageCommitted() {
  const committed = useContext(PageCommittedContext);
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current || !committed) return;
    done.current = true;
    // After the renders this commit's layout effects asked for, which React makes before it
    // returns (the router settling its location, and its scroll reset with it).
    queueMicrotask(committed);
  }, [committed]);
  return null;
}
