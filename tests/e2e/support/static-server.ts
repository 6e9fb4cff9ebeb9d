import { createServer, type Server } from 'node:http';
import { serveFolder, type Handler } from './serve-folder';

export { serveFolder } from './serve-folder';

/** A route the test overrides, e.g. a data endpoint that fails on command. */
export type Override = Handler;

export interface StaticServer {
  url: string;
  server: Server;
  /** Replace or clear the override handler (checked before the files). */
  setOverride(override: Override | undefined): void;
  close(): Promise<void>;
}

/**
 * A static web server for dist/ that behaves like the hosts the app is deployed on (nginx, Netlify):
 * precompressed or gzipped text, ETag and Last-Modified with 304s, long caching for hashed assets,
 * folder index.html for prerendered routes and index.html for every other route (the app is a
 * single-page app). Tests, the benchmark and Lighthouse then measure what a visitor gets.
 */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const files = serveFolder(root);
  let override: Override | undefined;
  const server = createServer(async (req, res) => {
    try {
      if (override && (await override(req, res))) return;
      await files(req, res);
    } catch (error) {
      // One failed request (a file removed while dist/ is rebuilt) must not stop the server.
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server,
    setOverride(next) {
      override = next;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
