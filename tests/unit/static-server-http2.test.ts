// @vitest-environment node
import { connect } from 'node:http2';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server';
import { selfSignedCertificate } from '../quality/self-signed';

// Lighthouse measures over HTTP/2, as hosts serve the app: the same files, headers and fallbacks.
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer('tests/fixtures', 0, selfSignedCertificate());
});
afterAll(() => server.close());

function get(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    const session = connect(server.url, { rejectUnauthorized: false });
    session.on('error', fail);
    const request = session.request({ ':path': path, 'accept-encoding': 'identity' });
    let body = '';
    let headers: Record<string, unknown> = {};
    request.on('response', (answer) => (headers = answer));
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      session.close();
      done({ status: Number(headers[':status']), headers, body });
    });
    request.end();
  });
}

it('serves files over HTTPS with HTTP/2, with their type and validators', async () => {
  expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  const answer = await get('/oc4ids-example.json');
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toMatch(/json/);
  expect(answer.headers.etag).toBeTruthy();
  expect(JSON.parse(answer.body)).toHaveProperty('projects');
});

it('answers a missing asset with a 404, as over HTTP/1.1', async () => {
  expect((await get('/tidak-ada.js')).status).toBe(404);
});

it('still lets a test override a route', async () => {
  server.setOverride((req, res) => {
    if (req.url !== '/rusak.json') return false;
    res.writeHead(500).end('rusak');
    return true;
  });
  expect(await get('/rusak.json')).toMatchObject({ status: 500, body: 'rusak' });
  server.setOverride(undefined);
});
