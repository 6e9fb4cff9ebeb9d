import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { serveFolder, type Handler } from './serve-folder';

export { serveFolder } from './serve-folder';

/** A route the test overrides, e.g. a data endpoint that fails on command. */
export type Override = Handler;

export interface StaticServer {
  url: string;
  server: Server | Http2SecureServer;
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
export async function startStaticServer(
  root: string,
  port = 0,
  /**
   * Serve over HTTPS with HTTP/2 (HTTP/1.1 for clients that ask for it), as the hosts the app is
   * deployed on do: one connection carries every request, where HTTP/1.1 queues a page's ~50
   * files on six. A self-signed pair: the browser must be told to accept it.
   */
  tls?: { key: string; cert: string },
): Promise<StaticServer> {
  const files = serveFolder(root);
  let override: Override | undefined;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      if (override && (await override(req, res))) return;
      await files(req, res);
    } catch (error) {
      // One failed request (a file removed while dist/ is rebuilt) must not stop the server.
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  };
  // HTTP/2's compatibility API gives the handler the request and response shapes it knows.
  const server = tls
    ? createSecureServer({ ...tls, allowHTTP1: true }, handle as never)
    : createServer((req, res) => void handle(req, res));
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${actualPort}`,
    server,
    setOverride(next) {
      override = next;
    },
    close: () =>
      new Promise((done) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
