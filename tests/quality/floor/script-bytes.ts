import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const cache = new Map<string, number>();

/** The gzip size of a built file: its .gz twin when the build wrote one, else gzip at the default level. */
function gzipBytes(file: string): number {
  let bytes = cache.get(file);
  if (bytes === undefined) {
    bytes = existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file)).length;
    cache.set(file, bytes);
  }
  return bytes;
}

/**
 * The gzip bytes of the scripts a page loaded (the network-requests audit's Script URLs), read from
 * the built files rather than the audit's transfer sizes: once the service worker takes over, it
 * serves later chunks from its precache and the page's own requests show 0 bytes, although the
 * network carried them. `fileFor` maps a URL path to the built file, or undefined for a URL that is
 * not ours.
 */
export function scriptGzipBytes(urls: string[], fileFor: (pathname: string) => string | undefined): number {
  let total = 0;
  for (const url of new Set(urls)) {
    const file = fileFor(new URL(url).pathname);
    if (file && existsSync(file)) total += gzipBytes(file);
  }
  return total;
}
