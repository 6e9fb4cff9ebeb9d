/**
 * Bundle budgets, checked on the build output (`npm run build` first): the JavaScript each route
 * needs before it is interactive, gzip-compressed, against the budgets in bundle-graph.ts. Prints a
 * table per route and exits non-zero on a breach.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  evaluateRoutes,
  formatTable,
  frameworkInEntry,
  packagesInSources,
  type FileFacts,
  type Manifest,
  type RouteReport,
} from './bundle-graph';
import { copiedRuleConflicts } from './css-copies';
import { evaluateEmbeds } from './embed-budget';
import { buildFloor, FLOOR_DIR } from './floor/build-floor';
import { embedPages, type Manifest as EmbedManifest } from '../../tools/vite/embed-build';

const DIST = process.argv[2] ?? 'dist';

function readFacts(file: string): FileFacts {
  const content = readFileSync(join(DIST, file));
  const mapFile = join(DIST, `${file}.map`);
  let packages = new Set<string>();
  // Maps are "hidden" (no sourceMappingURL in the file): the map beside a file is what says it has
  // one. The bundler's own helpers (its runtime, the preload helper) have none: they bundle no
  // package. That the build keeps maps at all is checked on the entry (entryHasMap).
  if (file.endsWith('.js') && existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources?: string[] };
    packages = packagesInSources(map.sources ?? []);
  }
  return { raw: content.length, gzip: gzipSync(content).length, packages };
}

/** The floor page's JavaScript, gzip: it loads every script it has at once. Built if missing. */
async function floorGzip(): Promise<number> {
  if (!existsSync(join(FLOOR_DIR, 'index.html'))) await buildFloor();
  const assets = join(FLOOR_DIR, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0);
}

function breachesOf(reports: RouteReport[]): string[] {
  return reports.flatMap((r) => r.breaches.map((breach) => `${r.path}: ${breach}`));
}

async function main(): Promise<number> {
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
  // Sourcemaps name every bundled module; without them the "no Leaflet" check would be a guess.
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry || !existsSync(join(DIST, `${entry.file}.map`))) {
    console.error(`${DIST}: the entry chunk has no sourcemap beside it: the build must keep sourcemaps.`);
    return 1;
  }
  const reports = evaluateRoutes(manifest, facts);
  console.log('JavaScript loaded before each route is interactive (static imports only; 1 kB = 1000 B):\n');
  console.log(formatTable(reports));
  const floor = await floorGzip();
  const embeds = evaluateEmbeds(
    embedPages(),
    (page) => JSON.parse(readFileSync(join(DIST, page.manifest), 'utf8')) as EmbedManifest,
    facts,
    floor,
  );
  console.log(
    `\nEmbed pages (dist/embed/): JavaScript each address loads at once; floor page ${(floor / 1000).toFixed(1)} kB:\n`,
  );
  console.log(formatTable(embeds));
  const stylesheets = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))];
  const conflicts = copiedRuleConflicts(
    Object.fromEntries(stylesheets.map((file) => [file, readFileSync(join(DIST, file), 'utf8')])),
  );
  const breaches = [
    ...breachesOf([...reports, ...embeds]),
    ...frameworkInEntry(facts(entry.file).packages),
    ...conflicts.map((conflict) => `a copied style rule can be overridden by load order: ${conflict}`),
  ];
  if (breaches.length > 0) {
    console.error('\nBundle budget breached:');
    for (const breach of breaches) console.error(`  ${breach}`);
    return 1;
  }
  console.log('\nAll bundle budgets met.');
  return 0;
}

process.exit(await main());
