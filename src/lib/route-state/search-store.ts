/**
 * The query string of the page, held here first and written to the URL from here.
 *
 * The router applies a URL change in a transition: on a slow phone it renders seconds later, and a
 * control that reads the URL shows the old value meanwhile. A second quick change built from that
 * old URL drops the first. So every read sees this store, which changes synchronously on every
 * write; the URL follows it. When the URL changes for another reason (Back, a link, a pasted
 * address), the store takes the URL's value.
 */
export interface SearchStore {
  /** The current parameters: the same object until they change. Never mutate it. */
  getSnapshot(): URLSearchParams;
  subscribe(listener: () => void): () => void;
  /** Replaces the parameters now; `navigate` carries the change to the URL. */
  write(next: URLSearchParams, options?: { replace?: boolean }): void;
  /**
   * The router's location now has `search`. Returns true when that changed the store (a change
   * that did not come from write()). Listeners are told by notify(), not here, so this can run
   * while React renders; running it twice for the same location changes nothing.
   */
  sync(search: string): boolean;
  notify(): void;
}

export type Navigate = (search: string, options: { replace: boolean }) => void;

const bare = (search: string) => (search.startsWith('?') ? search.slice(1) : search);

export function createSearchStore(initialSearch: string, navigate: Navigate): SearchStore {
  let search = new URLSearchParams(bare(initialSearch)).toString();
  let params = new URLSearchParams(search);
  /** Written here and not yet seen in the router's location, oldest first. */
  const inFlight: string[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    getSnapshot: () => params,
    subscribe(listener) {
      listeners.add(listener);
      return function unsubscribe() {
        listeners.delete(listener);
      };
    },
    write(next, options = {}) {
      const text = next.toString();
      if (text === search) return;
      search = text;
      params = new URLSearchParams(text);
      inFlight.push(text);
      notify();
      navigate(text, { replace: options.replace ?? false });
    },
    sync(locationSearch) {
      const text = new URLSearchParams(bare(locationSearch)).toString();
      const ours = inFlight.indexOf(text);
      if (ours >= 0) {
        // One of our writes reached the URL; later ones are still on their way, and the store
        // already shows them.
        inFlight.splice(0, ours + 1);
        return false;
      }
      inFlight.length = 0;
      if (text === search) return false;
      search = text;
      params = new URLSearchParams(text);
      return true;
    },
    notify,
  };
}
