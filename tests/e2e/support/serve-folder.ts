import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { sendFile } from './send-file';

/** A request handler that answers (true) or leaves the request to the next one (false). */
export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // A name no file system accepts ("/proyek/%00") names no file.
    return false;
  }
}

/** Client-side routes under these folders get the folder's prerendered page (README, "Deploy"). */
const ROUTE_FOLDERS = ['proyek', 'embed'];

/**
 * The file a path names: the file itself, a folder's index.html (prerendered routes such as
 * statistik/index.html), the shared page of /proyek/* or /embed/*, or the app's index.html for
 * any other client-side route; undefined for a missing asset, which is a 404. As nginx does with
 * `try_files $uri $uri/index.html /index.html` and a `location /proyek/` rule.
 */
function fileFor(base: string, file: string, path: string): string | undefined {
  if (isFile(file)) return file;
  const folderIndex = join(file, 'index.html');
  if (isFile(folderIndex)) return folderIndex;
  const folder = ROUTE_FOLDERS.find((name) => path.startsWith(`/${name}/`));
  // Project ids may contain dots ("/proyek/pb-1.2"): those are routes, not files.
  if (extname(path) && !path.endsWith('.html') && !folder) return undefined;
  const shared = folder && join(base, folder, 'index.html');
  return shared && isFile(shared) ? shared : join(base, 'index.html');
}

/**
 * Serves the folder `root` at the URL prefix `mount` (ending in "/"); requests outside the prefix
 * are left to the next handler.
 */
export function serveFolder(root: string, mount = '/'): Handler {
  const base = resolve(root);
  return async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (!pathname.startsWith(mount)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return true;
    }
    let path = '/';
    try {
      path = decodeURIComponent(`/${pathname.slice(mount.length)}`);
    } catch {
      // A malformed escape ("/proyek/%") is still a client-side route.
    }
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return true;
    }
    const target = fileFor(base, file, path);
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end('not found');
      return true;
    }
    // Only content-hashed files may be cached for good; index.html must be revalidated to see a deploy.
    await sendFile(req, res, target, { immutable: target === file && path.startsWith('/assets/') });
    return true;
  };
}
