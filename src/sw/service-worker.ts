/**
 * PantauBangun's service worker (production builds only; in development MSW owns the worker).
 * A presenter in a hall with bad Wi-Fi keeps going after the first load:
 *  - the app shell and every built JS/CSS chunk are precached at install and served cache-first
 *    (their names carry content hashes, so a cached copy is never stale);
 *  - config.json, the data package and the boundaries are network-first with a timeout, falling back
 *    to the last copy, stamped with the time the network gave it (the deck shows that time);
 *  - navigations get the network's index.html, or the cached one when the network fails.
 * The Vite plugin (vite-plugin.ts) compiles this file on its own and replaces __SW_CONFIG__ with the
 * precache list and the cache names of cache-names.ts, so the worker has no imports and stays a
 * classic script.
 */
declare const __SW_CONFIG__: {
  /** Precached app files, relative to the worker's scope. */
  urls: string[];
  /** config.json, the data package and the boundaries, relative to the scope. */
  data: string[];
  version: string;
  cachePrefix: string;
  dataCache: string;
  fetchedAtHeader: string;
};

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const MANIFEST = __SW_CONFIG__;
const { cachePrefix: CACHE_PREFIX, dataCache: DATA_CACHE, fetchedAtHeader: FETCHED_AT_HEADER } = MANIFEST;
const SHELL_CACHE = `${CACHE_PREFIX}-shell-${MANIFEST.version}`;
/** Slow hall Wi-Fi: after this long the saved copy is shown, and the network copy still saved. */
const NETWORK_TIMEOUT_MS = 4000;

const absolute = (path: string) => new URL(path, scope.registration.scope).href;
const INDEX_URL = absolute('index.html');
const dataUrls = new Set(MANIFEST.data.map(absolute));

/** A copy of a response with the time the network gave it. */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(FETCHED_AT_HEADER, new Date().toISOString());
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

async function putData(url: string, response: Response): Promise<void> {
  const cache = await caches.open(DATA_CACHE);
  await cache.put(url, await stamped(response));
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(MANIFEST.urls.map(absolute));
      // Data may be unreachable at install (a failing server): the app still installs, and the data
      // is cached the first time it loads.
      await Promise.all(
        [...dataUrls].map(async (url) => {
          try {
            const response = await fetch(url, { cache: 'no-cache' });
            if (response.ok) await putData(url, response);
          } catch {
            // Cached on first use instead.
          }
        }),
      );
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(`${CACHE_PREFIX}-shell-`) && name !== SHELL_CACHE)
          .map((name) => caches.delete(name)),
      );
      // Take over the page that installed us: on a first visit its later requests (the code of pages
      // not opened yet) then come from the precache, so they open even if the network drops.
      await scope.clients.claim();
    })(),
  );
});

function isDataRequest(request: Request, url: URL): boolean {
  if (dataUrls.has(url.href.split('?')[0]!)) return true;
  const accept = request.headers.get('Accept') ?? '';
  return accept.includes('application/json') || /\.(geo)?json$/.test(url.pathname);
}

/** Network first; the saved copy when the network fails, errors or is too slow. */
async function networkFirst(request: Request, event: FetchEvent): Promise<Response> {
  const key = request.url.split('#')[0]!;
  const cache = await caches.open(DATA_CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      const saving = putData(key, response.clone());
      event.waitUntil(saving);
      // Saved before the page sees it, so the page reads the fresh stamp.
      await saving;
    }
    return response;
  });
  const timeout = new Promise<undefined>((done) => setTimeout(() => done(undefined), NETWORK_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first && first.status < 500) return first;
    const cached = await cache.match(key);
    if (cached) return cached;
    return first ?? (await network);
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: SHELL_CACHE });
  return cached ?? fetch(request);
}

/**
 * The saved page for a path: its own prerendered page, else the nearest folder's (all /proyek/*
 * share proyek/index.html), else the app's index.html. Any of them starts the app at the path.
 */
async function savedPage(pathname: string): Promise<Response | undefined> {
  const segments = pathname.split('/').filter(Boolean);
  for (let n = segments.length; n >= 0; n--) {
    const file = [...segments.slice(0, n), 'index.html'].join('/');
    if (!precached.has(absolute(file))) continue;
    const cached = await caches.match(absolute(file), { cacheName: SHELL_CACHE });
    if (cached) return cached;
  }
  return caches.match(INDEX_URL, { cacheName: SHELL_CACHE });
}

async function handleNavigation(request: Request): Promise<Response> {
  const scopePath = new URL(scope.registration.scope).pathname;
  const path = new URL(request.url).pathname.slice(scopePath.length - 1);
  try {
    const response = await fetch(request);
    if (response.status < 500) return response;
    return (await savedPage(path)) ?? response;
  } catch (error) {
    const cached = await savedPage(path);
    if (cached) return cached;
    throw error;
  }
}

const precached = new Set(MANIFEST.urls.map(absolute));

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    event.respondWith(handleNavigation(request));
    return;
  }
  if (isDataRequest(request, url)) {
    event.respondWith(networkFirst(request, event));
    return;
  }
  if (url.origin === self.location.origin && precached.has(url.href.split('?')[0]!)) {
    event.respondWith(cacheFirst(request));
  }
});
