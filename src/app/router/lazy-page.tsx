import { use, type ComponentType, type ReactPromise } from 'react';

/** A page whose code is a chunk of its own, loaded on first use or ahead of it (preload). */
export interface LazyPage {
  (): React.ReactNode;
  /** Loads the page's code (again, after a failure); undefined once it has loaded. */
  preload(): PromiseLike<unknown> | undefined;
}

/** The promise, saying how it settled as React's use() reads it: use() then needs no second render. */
function tracked<T>(promise: Promise<T>): ReactPromise<T> {
  const settled = promise as ReactPromise<T>;
  promise.then(
    (value) => {
      Object.assign(settled, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(settled, { status: 'rejected', reason });
    },
  );
  return settled;
}

/**
 * Every page is its own chunk, so the map's first load carries no charts and an embed carries no
 * map. Unlike React.lazy, a page whose code is loaded renders at once: main.tsx and the prerender
 * load the first page's code before the first render, and the router each next page's before it
 * shows it (app-router.tsx). Rendered before its code is there, the page suspends until it arrives;
 * code that failed to load throws, for the route's error boundary, until a navigation tries again.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: ReactPromise<ComponentType> | undefined;
  const code = () => (loading ??= tracked(load()));
  function Page() {
    const Component = use(code());
    return <Component />;
  }
  const preload = () => {
    if (loading?.status === 'fulfilled') return undefined;
    if (loading?.status === 'rejected') loading = undefined;
    return code();
  };
  return Object.assign(Page, { preload });
}
