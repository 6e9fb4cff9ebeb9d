import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether the data public/config.json names is sample data, read from the published index the
 * build wrote for it into `outDir` (its own output folder, `--outDir` included). The prerendered
 * pages then carry the "DATA CONTOH" notice before the data arrives to say so (a deployer who
 * points config.json elsewhere rebuilds: README, "Deploy").
 */
export function builtSampleIsSample(outDir: string): boolean {
  try {
    const config = JSON.parse(readFileSync('public/config.json', 'utf8')) as { indexUrl?: unknown };
    if (typeof config.indexUrl !== 'string') return false;
    const index = JSON.parse(readFileSync(join(outDir, config.indexUrl.replace(/^\.?\//, '')), 'utf8')) as {
      meta?: { isSample?: unknown };
    };
    return index.meta?.isSample === true;
  } catch {
    return false;
  }
}
