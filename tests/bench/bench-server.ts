import { cpSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { SAMPLE_FOLDER } from '../../mocks/data/paths';
import { serveFolder, startStaticServer, type StaticServer } from '../e2e/support/static-server';

/** Where a raw package is served: another publisher's URL, with no published folder beside it. */
export const RAW_FOLDER = 'data/penerbit-lain';

/** The data a point serves: the build's own sample, or a folder written by publish-generated.ts. */
export type Served = { kind: 'sample' } | { kind: 'published' | 'raw'; folder: string };

export interface BenchServer {
  url: string;
  /** The dist/ copy being served. */
  root: string;
  serve(data: Served): void;
  /** Requests `paths` once, so the server's on-the-fly gzip is made before anything is timed. */
  warm(paths: string[]): Promise<void>;
  close(): Promise<void>;
}

const mount = (folder: string) => `/${folder}/`;

function answerJson(res: ServerResponse, body: string): true {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(body);
  return true;
}

function notFound(res: ServerResponse): true {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  return true;
}

/**
 * The e2e static server (compression, ETag/Last-Modified and 304s, as a host) over a copy of dist/
 * taken now, so a rebuild by someone else mid-run changes nothing measured. A published point's
 * folder is served where the build's config.json looks for the data; a raw point answers config.json
 * without indexUrl and serves its package from another path, with nothing published anywhere.
 */
export async function startBenchServer(dist: string, copyTo: string): Promise<BenchServer> {
  // Timestamps kept: the server serves a .br/.gz twin only when it is not older than its file.
  cpSync(dist, copyTo, { recursive: true, preserveTimestamps: true });
  const server: StaticServer = await startStaticServer(copyTo);
  const config = JSON.parse(readFileSync(join(copyTo, 'config.json'), 'utf8')) as Record<string, unknown>;
  const rawConfig: Record<string, unknown> = { ...config, dataUrl: `${RAW_FOLDER}/paket.json` };
  delete rawConfig.indexUrl;
  const path = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://x').pathname;
  return {
    url: server.url,
    root: copyTo,
    serve(data) {
      if (data.kind === 'sample') return server.setOverride(undefined);
      if (data.kind === 'published')
        return server.setOverride(serveFolder(data.folder, mount(SAMPLE_FOLDER)));
      const files = serveFolder(data.folder, mount(RAW_FOLDER));
      server.setOverride((req, res) => {
        if (path(req) === '/config.json') return answerJson(res, JSON.stringify(rawConfig));
        if (path(req).startsWith(mount(SAMPLE_FOLDER))) return notFound(res);
        return files(req, res);
      });
    },
    async warm(paths) {
      for (const p of paths) await fetchOnce(`${server.url}${p}`);
    },
    close: () => server.close(),
  };
}

/** GET with the encodings a browser accepts, body read and dropped. */
function fetchOnce(url: string): Promise<void> {
  return new Promise((done, fail) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (res) => {
      res.on('data', () => undefined).on('end', () => done());
    })
      .on('error', fail)
      .end();
  });
}
