import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { SAMPLE_FOLDER, SAMPLE_PACKAGE_FILE } from '../../mocks/data/paths';
import { publishFolder } from '../publish/publish-folder';

/**
 * The production build publishes the app's own sample the way a deployer publishes real data
 * (npm run data:publish): dist/data/sdabmbk-2023/ holds the package as given, its index, weekly
 * curves and one file per project, at the paths public/config.json names. No MSW in production.
 */
export function publishSamplePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pantaubangun:publish-sample',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir, SAMPLE_FOLDER);
      const summary = await publishFolder({
        packageText: readFileSync(resolve(config.root, SAMPLE_PACKAGE_FILE), 'utf8'),
        boundariesText: readFileSync(join(config.publicDir, 'geo/kecamatan.geojson'), 'utf8'),
        outDir,
        // The sample has a publishedDate; this is only its fallback.
        fallbackAsOf: new Date().toISOString().slice(0, 10),
      });
      config.logger.info(
        `sample published: ${summary.projects} projects, ${summary.rejected.length} rejected, ` +
          `index ${(summary.files.find((f) => f.name === 'index.json')!.bytes / 1000).toFixed(1)} kB`,
      );
    },
  };
}
