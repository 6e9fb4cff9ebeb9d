import { readFileSync } from 'node:fs';

/** Set by tests/e2e/run.ts: where the built app is served for this run. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the end-to-end tests with `npm run test:e2e`.');
  return url;
}

/** The build under test; E2E_DIST lets a second build be tested while dist/ is being rebuilt. */
export const DIST_DIR = process.env.E2E_DIST ?? 'dist';

/** Where the build publishes the sample package (the open-data download; config.json's dataUrl). */
export const SAMPLE_DATA_PATH = '/data/sdabmbk-2023/paket.json';

/** A JSON file of the build under test, e.g. the sample package or config.json; the caller types it. */
export function readBuiltJson(path: string): unknown {
  return JSON.parse(readFileSync(`${DIST_DIR}${path}`, 'utf8'));
}

/**
 * The id of the first project of the built app's package (the one config.json's dataUrl names, as
 * the app reads it; else the sample's path), for pages that open one project. One place to repoint
 * when the data moves.
 */
export function firstProjectId(): string {
  const { dataUrl } = readBuiltJson('/config.json') as { dataUrl?: unknown };
  const path =
    typeof dataUrl === 'string' && !/^[a-z]+:|^\/\//i.test(dataUrl)
      ? `/${dataUrl.replace(/^\.?\//, '')}`
      : SAMPLE_DATA_PATH;
  const pkg = readBuiltJson(path) as { projects?: { id?: unknown }[] };
  const id = pkg.projects?.[0]?.id;
  if (typeof id !== 'string') throw new Error(`${DIST_DIR}${path} has no first project id`);
  return id;
}
