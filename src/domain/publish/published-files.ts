/**
 * The names inside a published folder (README, "Publishing the data"). Relative to index.json, so
 * a folder can be served from anywhere; config.json names the folder's index and package.
 */
export const PUBLISHED_FILES = {
  package: 'paket.json',
  index: 'index.json',
  series: 'kurva-s.json',
  projectFolder: 'proyek',
  /** What each download of /data weighs (optional: /data shows no sizes without it). */
  downloadSizes: 'unduhan.json',
} as const;

/** The URL of a file beside the index (index.json's own folder). */
export function besideIndex(indexUrl: string, path: string): string {
  return new URL(path, indexUrl).href;
}
