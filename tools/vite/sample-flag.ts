import { readFileSync } from 'node:fs';

/**
 * Whether the data public/config.json names is sample data, read from the published index the
 * build wrote for it. The prerendered pages then carry the "DATA CONTOH" notice before the data
 * arrives to say so (a deployer who points config.json elsewhere rebuilds: README, "Deploy").
 */
export function builtSampleIsSample(): boolean {
  try {
    const config = JSON.parse(readFileSync('public/config.json', 'utf8')) as { indexUrl?: unknown };
    if (typeof config.indexUrl !== 'string') return false;
    const index = JSON.parse(readFileSync(`dist/${config.indexUrl.replace(/^\.?\//, '')}`, 'utf8')) as {
      meta?: { isSample?: unknown };
    };
    return index.meta?.isSample === true;
  } catch {
    return false;
  }
}
