import { readFileSync } from 'node:fs';

/** Set by tests/e2e/run.ts: where the built app is served for this run. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the end-to-end tests with `npm run test:e2e`.');
  return url;
}

/** The build under test; E2E_DIST lets a second build be tested while dist/ is being rebuilt. */
export const DIST_DIR = process.env.E2E_DIST ?? 'dist';

/** Where the build publishes the sample package (the app's default data URL). */
export const SAMPLE_DATA_PATH = '/data/paket-sdabmbk-2023.json';

/** A JSON file of the build under test, e.g. the sample package or config.json; the caller types it. */
export function readBuiltJson(path: string): unknown {
  return JSON.parse(readFileSync(`${DIST_DIR}${path}`, 'utf8'));
}
