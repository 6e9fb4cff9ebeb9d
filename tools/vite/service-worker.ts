import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';
import { CACHE_PREFIX, DATA_CACHE, FETCHED_AT_HEADER } from '../../src/sw/cache-names';

/** The worker's source, in src/ beside the app that registers it. */
export const WORKER_SOURCE = new URL('../../src/sw/service-worker.ts', import.meta.url);
export const SW_FILE_NAME = 'sw.js';

/** Every file under a public folder, relative to it, with forward slashes. */
function publicFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split('\\').join('/')];
    });
  return walk(dir);
}

/** Built code and styles (content-hashed), the shell, and the site's icons: what every visit loads. */
const VISITOR_FILES = [/^assets\/.+\.(js|css)$/, /^index\.html$/, /^[^/]+\.(svg|ico|png|webmanifest)$/];

/**
 * Shipped but not for every visitor, so never precached: source maps and the build's metadata, the
 * precompressed twins (the browser decodes; the cache keeps the plain URL), MSW's development worker,
 * the import templates and licence texts (downloaded on demand), README screenshots, and embed.js
 * (loaded by other sites' pages, not ours).
 */
const NEVER = [
  /\.map$/,
  /\.(gz|br)$/,
  /^\.vite\//,
  /^mockServiceWorker\.js$/,
  /^templates\//,
  /^licenses\//,
  /^screenshots\//,
  /^embed\.js$/,
];

/**
 * What the built app needs offline, from the bundle and the public folder: every chunk, the shell and
 * the icons; the data files are cached separately (configDataFiles) and the worker never caches itself.
 */
export function precacheList(files: readonly string[]): string[] {
  const wanted = files.filter(
    (file) =>
      file !== SW_FILE_NAME &&
      VISITOR_FILES.some((rule) => rule.test(file)) &&
      !NEVER.some((rule) => rule.test(file)),
  );
  return [...new Set(wanted)].sort();
}

/**
 * Emits dist/sw.js for production builds: the worker compiled from service-worker.ts with the list
 * of every hashed chunk, so a new deploy is a new worker and old caches are dropped.
 */
export function serviceWorkerPlugin(options: { pages?: readonly string[] } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pantaubangun:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const publicDir = config.publicDir;
      // Only config.json at install: the data files are kept as each visitor reads them
      // (network first, copy saved), so nobody downloads an index or a package they never open.
      const data = ['config.json'];
      // The prerendered pages are written after the bundle (tools/vite/prerender.ts): named here.
      const urls = [
        ...precacheList([...Object.keys(bundle), ...publicFiles(publicDir)]),
        ...(options.pages ?? []),
      ].filter((f) => !data.includes(f));
      const version = createHash('sha256')
        .update(JSON.stringify([urls, data]))
        .update(
          Object.values(bundle)
            .map((f) => f.fileName)
            .join(),
        )
        .digest('hex')
        .slice(0, 12);
      const swConfig = {
        urls,
        data,
        version,
        cachePrefix: CACHE_PREFIX,
        dataCache: DATA_CACHE,
        fetchedAtHeader: FETCHED_AT_HEADER,
      };
      const source = readFileSync(WORKER_SOURCE, 'utf8');
      const compiled = await transformWithOxc(source, 'service-worker.ts', { lang: 'ts' });
      const code = compiled.code.replace(/__SW_CONFIG__/g, JSON.stringify(swConfig));
      this.emitFile({ type: 'asset', fileName: SW_FILE_NAME, source: code });
    },
  };
}
