import { startTransition, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import {
  createPath,
  Router,
  type Location,
  type NavigationType,
  type UNSAFE_createBrowserHistory,
} from 'react-router';
import { NavigationPending } from './navigation-pending';
import { rememberScroll } from './scroll-positions';

/** The browser's history (main.tsx) or one in memory (the build's prerender, tests). */
export type AppHistory = ReturnType<typeof UNSAFE_createBrowserHistory>;

interface Shown {
  action: NavigationType;
  location: Location;
}

interface AppRouterProps {
  history: AppHistory;
  /** Loads the code of the page at `pathname`; undefined when it is loaded already. */
  preloadPage(pathname: string): PromiseLike<unknown> | undefined;
  /** Shown until the first page's code is there (main.tsx and the prerender load it first). */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * React Router in its declarative mode, over a history of the app's own: its data router (loaders,
 * actions, fetchers: none used here) is some 16 kB gzip more on every page. As that router did, a
 * page is shown once its code is there: a navigation keeps the current page on screen, marked as
 * waiting (NavigationPending), meanwhile, and the latest navigation wins. Each change renders as a
 * transition, in slices, so the page keeps answering.
 */
export function AppRouter({ history, preloadPage, fallback, children }: AppRouterProps) {
  const [shown, setShown] = useState<Shown | undefined>(() =>
    preloadPage(history.location.pathname)
      ? undefined
      : { action: history.action, location: history.location },
  );
  const [pending, setPending] = useState(false);
  const shownLocation = useRef(shown?.location);
  useLayoutEffect(() => {
    shownLocation.current = shown?.location;
  }, [shown]);
  useLayoutEffect(() => {
    let latest = 0;
    const navigate = (next: Shown) => {
      const left = shownLocation.current;
      // Where the reader was on the page being left, before the next one moves anything.
      if (left) rememberScroll(left.pathname);
      const navigation = ++latest;
      const show = () => {
        if (navigation !== latest) return;
        setPending(false);
        startTransition(() => setShown(next));
      };
      const loading = preloadPage(next.location.pathname);
      if (!loading) return show();
      if (left) setPending(true);
      // A page whose code failed still renders: it shows the error (route-error-boundary.tsx).
      loading.then(show, show);
    };
    const stop = history.listen(navigate);
    // The first page, once its code is there; or an address changed between the first render and
    // now, when the history was not listening yet (a link followed as the page came alive).
    const now = history.location;
    const shownNow = shownLocation.current;
    if (!shownNow || createPath(shownNow) !== createPath(now) || shownNow.key !== now.key)
      navigate({ action: history.action, location: now });
    return stop;
  }, [history, preloadPage]);
  if (!shown) return fallback;
  return (
    <NavigationPending value={pending}>
      <Router location={shown.location} navigationType={shown.action} navigator={history}>
        {children}
      </Router>
    </NavigationPending>
  );
}
