import type { BrowserContext, Request } from 'playwright-core';

export interface DataRequest {
  /** URL path under /data/. */
  path: string;
  status: number;
  /** Bytes on the wire: response headers and the (compressed) body. */
  bytes: number;
  /** Who asked: the page (its worker included) or the service worker (its install, its fetches). */
  by: 'page' | 'service worker';
  /** A page request the service worker answered: its bytes are on the service worker's own request. */
  viaServiceWorker: boolean;
}

export interface DataRequestWatch {
  /** Stops watching and returns what finished or failed meanwhile. */
  stop(): Promise<DataRequest[]>;
}

async function describe(request: Request, failed: boolean): Promise<DataRequest | undefined> {
  const path = new URL(request.url()).pathname;
  // /data/ is also a page of the app (prerendered as data/index.html): only data files count.
  if (!path.startsWith('/data/') || path.endsWith('.html')) return undefined;
  const by = request.serviceWorker() ? 'service worker' : 'page';
  if (failed) return { path, status: 0, bytes: 0, by, viaServiceWorker: false };
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  return {
    path,
    status: response?.status() ?? 0,
    bytes: sizes.responseHeadersSize + sizes.responseBodySize,
    by,
    viaServiceWorker: response?.fromServiceWorker() ?? false,
  };
}

/** Every request to a /data/ path the context makes, its own pages' and its service worker's. */
export function watchDataRequests(context: BrowserContext): DataRequestWatch {
  const seen: Promise<DataRequest | undefined>[] = [];
  const finished = (request: Request) => seen.push(describe(request, false));
  const failed = (request: Request) => seen.push(describe(request, true));
  context.on('requestfinished', finished);
  context.on('requestfailed', failed);
  return {
    async stop() {
      context.off('requestfinished', finished);
      context.off('requestfailed', failed);
      return (await Promise.all(seen)).filter((r): r is DataRequest => r !== undefined);
    },
  };
}

/**
 * Bytes on the wire for the page's own data requests (its worker's included). One the service
 * worker answered costs what the service worker's own fetch of that file cost (a 304 on a revisit).
 */
export function pageBytes(requests: readonly DataRequest[]): number {
  const fetchedByWorker = requests.filter((q) => q.by === 'service worker');
  let sum = 0;
  for (const q of requests.filter((r) => r.by === 'page')) {
    // Playwright reports a 304 the service worker passed on as a failed page request (status 0).
    if (!q.viaServiceWorker && q.status > 0) sum += q.bytes;
    else {
      const i = fetchedByWorker.findIndex((w) => w.path === q.path);
      if (i >= 0) sum += fetchedByWorker.splice(i, 1)[0]!.bytes;
    }
  }
  return sum;
}

/**
 * The page's data requests that opened it: a second read of a file the page already read, which
 * the service worker also fetched, is the offline copy being kept (keepWhatWasRead in
 * src/sw/register.ts, once a new worker takes control), not part of opening the page. It is counted
 * apart, so a page that really reads a file twice still shows two requests.
 */
export function openingRequests(requests: readonly DataRequest[]): {
  opening: DataRequest[];
  offlineCopies: number;
} {
  const byWorker = new Set(requests.filter((q) => q.by === 'service worker').map((q) => q.path));
  const read = new Set<string>();
  const opening: DataRequest[] = [];
  let offlineCopies = 0;
  for (const q of requests.filter((r) => r.by === 'page')) {
    if (read.has(q.path) && byWorker.has(q.path)) offlineCopies++;
    else opening.push(q);
    read.add(q.path);
  }
  return { opening, offlineCopies };
}
