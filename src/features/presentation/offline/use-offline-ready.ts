import { useEffect, useState } from 'react';
import { DATA_CACHE } from '../../../sw/cache-names';

function controlled(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((done) => container.addEventListener('controllerchange', () => done(), { once: true }));
}

async function keptOffline(urls: readonly string[]): Promise<boolean> {
  await navigator.serviceWorker.ready;
  await controlled();
  // Through the worker, which keeps every data file it fetches (network first, copy saved).
  await Promise.all(
    urls.map((url) => fetch(url, { headers: { Accept: 'application/json' } }).catch(() => undefined)),
  );
  const cache = await caches.open(DATA_CACHE);
  const found = await Promise.all(urls.map((url) => cache.match(url)));
  return found.every(Boolean);
}

/**
 * Whether the deck can go on without a network: the offline worker controls the page and holds
 * every data file its slides read (the figures, the boundaries, the flagship projects). The
 * presenter sees it before the hall's Wi-Fi is put to the test.
 */
export function useOfflineReady(urls: readonly string[]): boolean {
  // The answer belongs to one list of files: a new list is "not yet" until checked.
  const [answer, setAnswer] = useState<{ key: string; ready: boolean }>();
  const key = urls.join('\n');
  useEffect(() => {
    if (!('serviceWorker' in navigator) || typeof caches === 'undefined' || !key) return;
    let live = true;
    keptOffline(key.split('\n')).then(
      (ready) => {
        if (live) setAnswer({ key, ready });
      },
      () => {
        // Storage blocked or no worker (an insecure origin): the deck simply does not claim it.
      },
    );
    return function ignoreLateAnswer() {
      live = false;
    };
  }, [key]);
  return answer?.key === key && answer.ready;
}
