import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

/** Text a browser downloads; source maps are for developers and stay as they are. */
const TEXT = new Set(['.html', '.js', '.css', '.json', '.geojson', '.svg', '.txt', '.csv', '.webmanifest']);
/** Below this, compressed and plain differ by less than a packet. */
const MIN_BYTES = 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function isUpToDate(twin: string, sourceMtimeMs: number): Promise<boolean> {
  const stats = await stat(twin).catch(() => undefined);
  return stats !== undefined && stats.mtimeMs >= sourceMtimeMs;
}

async function precompressFile(file: string): Promise<number> {
  const source = await stat(file);
  // A second call (a later build step) only compresses what changed since the first.
  if ((await isUpToDate(`${file}.gz`, source.mtimeMs)) && (await isUpToDate(`${file}.br`, source.mtimeMs)))
    return 0;
  const raw = await readFile(file);
  const [gz, br] = await Promise.all([
    gzipAsync(raw, { level: 9 }),
    brotliAsync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  ]);
  await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
  return 1;
}

/**
 * Writes `.gz` (zlib level 9) and `.br` (brotli quality 11) twins next to every text file in `dir`
 * above 1 kB, for hosts that serve precompressed files (nginx gzip_static / brotli_static, Netlify,
 * the e2e static server): maximum compression costs the build once instead of every request.
 * Returns how many files it compressed. Build steps that write into dist/ after this plugin call it
 * again when they are done.
 */
export async function precompressDir(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter(
    // Dot folders (.vite/manifest.json) are build metadata, never served.
    (file) =>
      TEXT.has(extname(file)) &&
      !relative(dir, file)
        .split(/[\\/]/)
        .some((part) => part.startsWith('.')),
  );
  const large: string[] = [];
  for (const file of files) if ((await stat(file)).size > MIN_BYTES) large.push(file);
  // zlib's async calls run on libuv's thread pool: compressing in parallel uses every core.
  const done = await Promise.all(large.map(precompressFile));
  return done.reduce((sum, n) => sum + n, 0);
}

/**
 * Precompresses the build output once everything is written: `closeBundle` with order 'post' runs
 * after the other plugins' writes (the service worker, the sample package, copied public files).
 */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  let logger: Logger | undefined;
  return {
    name: 'pantaubangun:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      async handler() {
        const started = Date.now();
        const count = await precompressDir(outDir);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        logger?.info(`precompressed ${count} files (.gz and .br twins) in ${seconds} s`);
      },
    },
  };
}
