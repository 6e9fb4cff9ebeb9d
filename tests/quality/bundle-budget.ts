/**
 * Bundle budgets, checked on the build output (`npm run build` first): the JavaScript each route
 * needs before it is interactive, gzip-compressed, against the budgets in bundle-graph.ts. Prints a
 * table per route and exits non-zero on a breach.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  evaluateRoutes,
  formatTable,
  packagesInSources,
  type FileFacts,
  type Manifest,
} from './bundle-graph';

const DIST = process.argv[2] ?? 'dist';

function readFacts(file: string): FileFacts {
  const content = readFileSync(join(DIST, file));
  const mapFile = join(DIST, `${file}.map`);
  let packages = new Set<string>();
  // Rolldown's tiny runtime chunk has no sourcemap (and no sourceMappingURL): it bundles no package.
  if (file.endsWith('.js') && content.includes('//# sourceMappingURL=')) {
    // Sourcemaps name every bundled module; without them the "no Leaflet" check would be a guess.
    if (!existsSync(mapFile)) throw new Error(`${mapFile} is missing: the build must keep sourcemaps`);
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources?: string[] };
    packages = packagesInSources(map.sources ?? []);
  }
  return { raw: content.length, gzip: gzipSync(content).length, packages };
}

function main(): number {
  const manifestFile = join(DIST, '.vite/manifest.json');
  if (!existsSync(manifestFile)) {
    console.error(`${manifestFile} is missing: run \`npm run build\` first (build.manifest must be on).`);
    return 1;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const cache = new Map<string, FileFacts>();
  const facts = (file: string) => {
    if (!cache.has(file)) cache.set(file, readFacts(file));
    return cache.get(file)!;
  };
  const reports = evaluateRoutes(manifest, facts);
  console.log('JavaScript loaded before each route is interactive (static imports only; 1 kB = 1000 B):\n');
  console.log(formatTable(reports));
  const breaches = reports.filter((r) => r.breaches.length > 0);
  if (breaches.length > 0) {
    console.error('\nBundle budget breached:');
    for (const r of breaches) console.error(`  ${r.path}: ${r.breaches.join('; ')}`);
    return 1;
  }
  console.log('\nAll bundle budgets met.');
  return 0;
}

process.exit(main());
