import {
  createContext,
  useCallback,
  useContext,
  useInsertionEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readParams, writeParams, type ParamSchema, type ParamValues } from './param-schema';
import { createSearchStore, type SearchStore } from './search-store';

const SearchStoreContext = createContext<SearchStore | null>(null);

/**
 * Holds the page's query string for every route below it (see search-store.ts). Rendered once,
 * above every route, so a write from one component is seen by all the others at once.
 */
export function SearchStateProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  // The router's navigate resolves a path against the page it was made for: the store, made once,
  // always calls the one of the page shown now, so a write never changes the path.
  // Updated as the commit begins, before any page's layout effect can write.
  const navigateNow = useRef(navigate);
  useInsertionEffect(() => {
    navigateNow.current = navigate;
  }, [navigate]);
  // eslint-disable-next-line react-hooks/refs -- the store calls it on a write (an event, an effect), never while rendering
  const [store] = useState(() =>
    createSearchStore(location.search, (search, { replace }) =>
      navigateNow.current({ search: search ? `?${search}` : '' }, { replace }),
    ),
  );
  // Adopt a location that did not come from a write (Back, a link) before the page below renders,
  // so it never renders the new page with the old page's parameters.
  store.sync(location.search);
  useLayoutEffect(() => {
    // Components that did not render with this location learn of it now, before the paint (a
    // component whose snapshot is unchanged does not render again).
    store.notify();
  }, [store, location]);
  return <SearchStoreContext.Provider value={store}>{children}</SearchStoreContext.Provider>;
}

function useSearchStore(): SearchStore {
  const store = useContext(SearchStoreContext);
  if (!store) throw new Error('useSearchState() needs a <SearchStateProvider> above it');
  return store;
}

export type SearchUpdate = URLSearchParams | ((current: URLSearchParams) => URLSearchParams);

/**
 * The page's query parameters and a setter, like react-router's useSearchParams, but read from the
 * synchronous store: a change shows at once, and a second change builds on the first.
 */
export function useSearchState(): [
  URLSearchParams,
  (update: SearchUpdate, options?: { replace?: boolean }) => void,
] {
  const store = useSearchStore();
  const params = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const setParams = useCallback(
    (update: SearchUpdate, options?: { replace?: boolean }) => {
      const current = store.getSnapshot();
      const next = typeof update === 'function' ? update(new URLSearchParams(current)) : update;
      store.write(next, options);
    },
    [store],
  );
  return [params, setParams];
}

/**
 * A route's own parameters, read with its schema (domain/route-state) and written back through it.
 * Writes replace the history entry unless told otherwise (a click that changes the view is not a
 * new page), and build on the store's current parameters, so a quick second change keeps the first.
 */
export function useRouteParams<S extends ParamSchema>(schema: S) {
  const [params, setParams] = useSearchState();
  const { values, ignored } = useMemo(() => readParams(schema, params), [schema, params]);
  const setValues = useCallback(
    (next: ParamValues<S>, options: { replace?: boolean } = { replace: true }) =>
      setParams((current) => writeParams(schema, current, next), options),
    [schema, setParams],
  );
  return { values, ignored, setValues, params };
}
