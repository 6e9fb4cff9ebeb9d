// @vitest-environment node
/**
 * The static server the end-to-end tests, the benchmark and Lighthouse use: it must behave like the
 * hosts the app is deployed on, or every measurement describes the test server instead of the app.
 * Requests go over a raw socket: no client decompresses or rewrites anything, and MSW (started by
 * tests/setup.ts) does not see them.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, startStaticServer, type StaticServer } from '../e2e/support/static-server';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One HTTP/1.1 request over a fresh connection; the server closes it after the response. */
function request(server: StaticServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { port } = new URL(server.url);
  return new Promise<RawResponse>((done, fail) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
      const parsed = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      done({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: raw.subarray(split + 4) });
    });
    const lines = Object.entries({ Host: 'localhost', Connection: 'close', ...headers }).map(
      ([name, value]) => `${name}: ${value}`,
    );
    socket.write(`${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
  });
}

const SCRIPT = 'export const x = 1;\n'.repeat(200);
const STYLE = 'body { color: red; }\n'.repeat(100);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

let root: string;
let outside: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  outside = `${root}-secret`;
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'statistik'));
  mkdirSync(join(root, 'data'));
  mkdirSync(outside);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'statistik/index.html'), '<!doctype html><title>statistik</title>');
  writeFileSync(join(root, 'assets/app-abc123.js'), SCRIPT);
  // Twins with marker bodies, so the test sees which file was sent.
  writeFileSync(join(root, 'assets/app-abc123.js.br'), 'BROTLI-TWIN');
  writeFileSync(join(root, 'assets/app-abc123.js.gz'), 'GZIP-TWIN');
  writeFileSync(join(root, 'assets/style-def456.css'), STYLE);
  writeFileSync(join(root, 'data/paket.json'), '{"projects":[]}');
  writeFileSync(join(root, 'logo.png'), PNG);
  writeFileSync(join(outside, 'passwd'), 'secret');
  // A fixed past mtime, so If-Modified-Since can be tested on both sides of it.
  const past = new Date('2024-01-02T03:04:05Z');
  utimesSync(join(root, 'data/paket.json'), past, past);
  server = await startStaticServer(root);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('compression', () => {
  it('sends the brotli twin to a client that accepts br', async () => {
    const res = await request(server, '/assets/app-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.toString()).toBe('BROTLI-TWIN');
    expect(res.headers['content-length']).toBe(String('BROTLI-TWIN'.length));
  });

  it('sends the gzip twin when br is not accepted (or refused with q=0)', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip']) {
      const res = await request(server, '/assets/app-abc123.js', { 'Accept-Encoding': accept });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.body.toString()).toBe('GZIP-TWIN');
      expect(res.headers['content-length']).toBe(String('GZIP-TWIN'.length));
    }
  });

  it('gzips text without a twin on the fly, with the right Content-Length', async () => {
    for (const accept of ['gzip, deflate, br', 'gzip']) {
      const res = await request(server, '/assets/style-def456.css', { 'Accept-Encoding': accept });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(res.body.length).toBeLessThan(STYLE.length);
      expect(gunzipSync(res.body).toString()).toBe(STYLE);
    }
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    const res = await request(server, '/assets/app-abc123.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.toString()).toBe(SCRIPT);
    expect(res.headers['content-length']).toBe(String(SCRIPT.length));
  });

  it('never compresses images', async () => {
    const res = await request(server, '/logo.png', { 'Accept-Encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.body.equals(PNG)).toBe(true);
  });
});

describe('validators and caching', () => {
  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await request(server, '/assets/style-def456.css', { 'Accept-Encoding': 'gzip' });
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await request(server, '/assets/style-def456.css', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    // Another encoding is another representation, with its own validator.
    const identity = await request(server, '/assets/style-def456.css', { 'If-None-Match': etag });
    expect(identity.status).toBe(200);
  });

  it('answers If-Modified-Since with 304 unless the file is newer', async () => {
    const fresh = await request(server, '/data/paket.json', {
      'If-Modified-Since': 'Wed, 03 Jan 2024 00:00:00 GMT',
    });
    expect(fresh.status).toBe(304);
    const stale = await request(server, '/data/paket.json', {
      'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT',
    });
    expect(stale.status).toBe(200);
    expect(stale.headers['last-modified']).toBe('Tue, 02 Jan 2024 03:04:05 GMT');
  });

  it('caches hashed assets for a year and makes everything else revalidate', async () => {
    const asset = await request(server, '/assets/app-abc123.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/data/paket.json', '/statistik', '/proyek/x']) {
      expect((await request(server, path)).headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await request(server, '/assets/style-def456.css', { 'Accept-Encoding': 'gzip' });
    const head = await request(server, '/assets/style-def456.css', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it('refuses other methods', async () => {
    expect((await request(server, '/index.html', {}, 'POST')).status).toBe(405);
  });
});

describe('routes', () => {
  it('serves a prerendered route page from its folder, with or without the slash', async () => {
    for (const path of ['/statistik', '/statistik/']) {
      const res = await request(server, path);
      expect(res.status).toBe(200);
      expect(res.body.toString()).toContain('<title>statistik</title>');
    }
  });

  it('serves index.html for client-side routes, project ids with dots included', async () => {
    for (const path of ['/', '/data', '/proyek/pb-1.2', '/embed/peta.v2', '/proyek/%', '/tidak-ada']) {
      const res = await request(server, path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body.toString(), path).toContain('<title>app</title>');
    }
  });

  it('answers a missing asset with 404, not the app', async () => {
    expect((await request(server, '/assets/missing-123.js')).status).toBe(404);
    expect((await request(server, '/geo/missing.geojson')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    const name = outside.split('/').pop()!;
    // Escaped slashes survive URL parsing and only become "../" when decoded: the guard's case.
    for (const path of [`/..%2F${name}%2Fpasswd`, `/assets/..%2F..%2F${name}%2Fpasswd`]) {
      const res = await request(server, path);
      expect(res.status, path).toBe(403);
      expect(res.body.toString(), path).not.toContain('secret');
    }
    // Plain and escaped dots are resolved by the URL parser, inside the folder.
    for (const path of [`/../${name}/passwd`, `/%2e%2e/${name}/passwd`]) {
      expect((await request(server, path)).body.toString(), path).not.toContain('secret');
    }
  });

  it('lets an override answer before the files, and falls back to them when it declines', async () => {
    server.setOverride((req, res) => {
      if (req.url !== '/data/paket.json') return false;
      res.writeHead(500).end('gagal');
      return true;
    });
    try {
      expect((await request(server, '/data/paket.json')).status).toBe(500);
      expect((await request(server, '/index.html')).status).toBe(200);
    } finally {
      server.setOverride(undefined);
    }
    expect((await request(server, '/data/paket.json')).status).toBe(200);
  });

  it('serves a second folder under a prefix, with the same compression and routes', async () => {
    // As Lighthouse serves the floor page beside the app.
    server.setOverride(serveFolder(join(root, 'statistik'), '/__floor/'));
    try {
      const page = await request(server, '/__floor/', { 'Accept-Encoding': 'gzip' });
      expect(gunzipSync(page.body).toString()).toContain('<title>statistik</title>');
      expect((await request(server, '/__floor/x.js')).status).toBe(404);
      expect((await request(server, '/__floor/..%2Fassets%2Fapp-abc123.js')).status).toBe(403);
      expect((await request(server, '/statistik')).status).toBe(200);
    } finally {
      server.setOverride(undefined);
    }
  });
});
