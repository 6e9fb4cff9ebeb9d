import { useEffect, useState } from 'react';
import { DATA_CACHE, FETCHED_AT_HEADER } from '../../../sw/cache-names';

export interface DataFreshness {
  /** When the data last came from the server: the worker's stamp, else this session's load. */
  refreshedAt?: Date;
  /** The stamp came from the offline copy the service worker keeps. */
  cached: boolean;
  /** The deck shows the saved copy: the browser says it is offline, or the refresh failed. */
  offline: boolean;
}

async function cachedStamp(url: string): Promise<Date | undefined> {
  if (typeof caches === 'undefined') return undefined;
  try {
    const cache = await caches.open(DATA_CACHE);
    const response = await cache.match(url);
    return validDate(response?.headers.get(FETCHED_AT_HEADER));
  } catch {
    // Cache storage can be blocked (private mode, insecure origin): fall back to the load time.
    return undefined;
  }
}

function validDate(stamp: string | null | undefined): Date | undefined {
  const date = stamp ? new Date(stamp) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function useBrowserOffline(): boolean {
  const [offline, setOffline] = useState(
    () => typeof navigator !== 'undefined' && navigator.onLine === false,
  );
  useEffect(() => {
    function update() {
      setOffline(navigator.onLine === false);
    }
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    // The state may have changed between the first render and these listeners.
    update();
    return function removeConnectionListeners() {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return offline;
}

/**
 * How fresh the deck's data is. With the production service worker the copy in the data cache
 * carries the time the network last answered, so after a reload without Wi-Fi the deck still says
 * when its figures were fetched; without a worker (development) it is the time this page loaded them.
 * `savedCopyAt` is set when the data itself was the worker's saved copy: the network did not
 * answer, whatever the browser's online flag says, so the deck says it is offline as soon as it
 * shows that data.
 */
export function useDataFreshness(
  dataUrl: string | undefined,
  loadedAt: number,
  savedCopyAt?: string,
): DataFreshness {
  const [stamp, setStamp] = useState<Date | undefined>(undefined);
  const browserOffline = useBrowserOffline();
  const savedCopy = validDate(savedCopyAt);
  useEffect(() => {
    if (!dataUrl || savedCopyAt) return;
    let live = true;
    void cachedStamp(dataUrl).then((date) => {
      if (live) setStamp(date);
    });
    return function ignoreLateAnswer() {
      live = false;
    };
  }, [dataUrl, loadedAt, savedCopyAt]);
  const offline = browserOffline || savedCopy !== undefined;
  if (savedCopy) return { refreshedAt: savedCopy, cached: true, offline };
  if (stamp) return { refreshedAt: stamp, cached: true, offline };
  return { refreshedAt: loadedAt > 0 ? new Date(loadedAt) : undefined, cached: false, offline };
}
