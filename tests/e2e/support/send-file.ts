import { createReadStream, statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.woff2': 'font/woff2',
};

/** Text worth compressing; images and spreadsheets are compressed formats already. */
const TEXT = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.txt',
  '.csv',
  '.webmanifest',
  '.xml',
]);

const IMMUTABLE = 'public, max-age=31536000, immutable';

type Encoding = 'br' | 'gzip';

const gzipAsync = promisify(gzip);
/** On-the-fly gzip, once per version of a file: compressing on every request would time the server, not the app. */
const gzipCache = new Map<string, Promise<Buffer>>();

function gzipOnce(file: string, stats: Stats): Promise<Buffer> {
  const key = `${file}\0${stats.size}\0${stats.mtimeMs}`;
  let body = gzipCache.get(key);
  if (!body) {
    body = readFile(file).then((raw) => gzipAsync(raw));
    gzipCache.set(key, body);
    body.catch(() => gzipCache.delete(key));
  }
  return body;
}

/** The q-value the client gives a content coding; an explicit entry beats `*`. */
function quality(header: string | undefined, coding: Encoding): number {
  let wildcard: number | undefined;
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    if (name === coding) return value;
    if (name === '*') wildcard = value;
  }
  return wildcard ?? 0;
}

/** A precompressed twin, if the build wrote one that is not older than the file itself. */
function twinOf(file: string, stats: Stats, encoding: Encoding): { path: string; stats: Stats } | undefined {
  const path = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  const twin = statSync(path, { throwIfNoEntry: false });
  return twin?.isFile() && twin.mtimeMs >= stats.mtimeMs ? { path, stats: twin } : undefined;
}

interface Representation {
  encoding: Encoding | undefined;
  /** A file to stream (the original or its twin), or undefined for on-the-fly gzip. */
  path: string | undefined;
  size: number | undefined;
}

/** br twin, else gz twin, else gzip on the fly for text, else the file as it is. */
function choose(req: IncomingMessage, file: string, stats: Stats): Representation {
  const identity: Representation = { encoding: undefined, path: file, size: stats.size };
  if (!TEXT.has(extname(file))) return identity;
  const accept = req.headers['accept-encoding'];
  const header = Array.isArray(accept) ? accept.join(',') : accept;
  for (const encoding of ['br', 'gzip'] as const) {
    if (quality(header, encoding) <= 0) continue;
    const twin = twinOf(file, stats, encoding);
    if (twin) return { encoding, path: twin.path, size: twin.stats.size };
  }
  if (quality(header, 'gzip') > 0) return { encoding: 'gzip', path: undefined, size: undefined };
  return identity;
}

/** Strong validator per representation: the gzip and br bodies are different bytes. */
function etagOf(stats: Stats, encoding: Encoding | undefined): string {
  const base = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
  return `"${base}${encoding ? `-${encoding}` : ''}"`;
}

function isNotModified(req: IncomingMessage, etag: string, stats: Stats): boolean {
  const match = req.headers['if-none-match'];
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110, 13.2.2).
  if (match !== undefined) {
    return match.trim() === '*' || match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}

export interface SendOptions {
  /** Content-hashed files (dist/assets/): cached for a year, never revalidated. */
  immutable: boolean;
}

/**
 * Answers GET or HEAD for one file as a real static host does: precompressed twins or gzip,
 * validators and 304s, and a Cache-Control that lets hashed assets live in the browser cache.
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  { immutable }: SendOptions,
): Promise<void> {
  const stats = statSync(file);
  const chosen = choose(req, file, stats);
  const etag = etagOf(stats, chosen.encoding);
  const headers: OutgoingHttpHeaders = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? IMMUTABLE : 'no-cache',
    ETag: etag,
    'Last-Modified': stats.mtime.toUTCString(),
    Vary: 'Accept-Encoding',
  };
  if (isNotModified(req, etag, stats)) {
    res.writeHead(304, headers).end();
    return;
  }
  if (chosen.encoding) headers['Content-Encoding'] = chosen.encoding;
  const body = chosen.path === undefined ? await gzipOnce(file, stats) : undefined;
  headers['Content-Length'] = body?.length ?? chosen.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
  } else if (body) {
    res.end(body);
  } else {
    // A file removed mid-response (dist/ rebuilt under a running test) ends the connection, not the server.
    createReadStream(chosen.path!)
      .on('error', () => res.destroy())
      .pipe(res);
  }
}
