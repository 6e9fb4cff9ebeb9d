import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { publishPackage } from '../../../tools/publish/publish-folder';
import { DIST_DIR } from './env';

/**
 * The two ways the built app reads data (README, "Data flow"): a published folder (the build's
 * default: config.json names index.json) or a raw package (no indexUrl). Specs that feed the app
 * their own package choose one; the fault specs inject failures into the file each one reads.
 */
export type DataMode = 'published' | 'raw';

const FOLDER = '/data/sdabmbk-2023';
export const PACKAGE_PATH = `${FOLDER}/paket.json`;
export const INDEX_PATH = `${FOLDER}/index.json`;
/** The file whose failure the page shows in each mode. */
export const dataPathFor = (mode: DataMode) => (mode === 'published' ? INDEX_PATH : PACKAGE_PATH);

const pathOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://x').pathname;

function json(res: ServerResponse, body: string | Buffer): true {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(body);
  return true;
}

/** Answers config.json without indexUrl, so the app reads the package itself (in its worker). */
export function answerRawConfig(req: IncomingMessage, res: ServerResponse): boolean {
  if (pathOf(req) !== '/config.json') return false;
  const config = JSON.parse(readFileSync(`${DIST_DIR}/config.json`, 'utf8')) as Record<string, unknown>;
  delete config.indexUrl;
  return json(res, JSON.stringify(config));
}

/**
 * Answers the sample's data paths with `packageText` instead: raw (the package alone, config.json
 * without indexUrl), or published in memory by the same code as `npm run data:publish`.
 */
export function serveDataAs(
  mode: DataMode,
  packageText: string | Buffer,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const text = packageText.toString();
  const files =
    mode === 'published'
      ? new Map(
          [
            ...publishPackage({
              packageText: text,
              fallbackAsOf: '2024-01-01',
              boundariesText: readBoundaries(),
            }).files(),
          ].map(([path, body]) => [`${FOLDER}/${path}`, body]),
        )
      : new Map([[PACKAGE_PATH, text]]);
  return (req, res) => {
    if (mode === 'raw' && answerRawConfig(req, res)) return true;
    const path = decodeURIComponent(pathOf(req));
    if (!path.startsWith(`${FOLDER}/`)) return false;
    const body = files.get(path);
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return true;
    }
    return json(res, body);
  };
}

function readBoundaries(): string | undefined {
  try {
    return readFileSync(`${DIST_DIR}/geo/kecamatan.geojson`, 'utf8');
  } catch {
    return undefined;
  }
}
