/**
 * Pure logic of the bundle budget (no file system): which built files a route needs before it is
 * interactive, following Vite's manifest. Only static imports count: a dynamic import() is loaded
 * when used, which is exactly what the budget wants heavy libraries to be.
 */
import { FRAMEWORK_PACKAGES } from '../../tools/vite/framework-chunk';

/** One entry of dist/.vite/manifest.json (the fields we read). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** Route chunk file name (without extension) -> the URL pattern it serves. */
export const ROUTE_PATHS: Record<string, string> = {
  'home-route': '/',
  'project-route': '/proyek/:id',
  'statistics-route': '/statistik',
  'embed-route': '/embed/:chart',
  'presentation-route': '/presentasi',
  'data-route': '/data',
  'import-route': '/data/impor',
  'methodology-route': '/metodologi',
  'contractors-route': '/penyedia',
  'contractor-route': '/penyedia/:id',
  'not-found-route': '(tidak ditemukan)',
};

export interface Budget {
  route: string;
  /** Gzip bytes of JavaScript needed before the route is interactive. */
  maxGzip?: number;
  /** npm packages that must not be in that JavaScript. */
  forbidden?: string[];
  /**
   * JavaScript files loaded before the route is interactive: each is a request the page's parser
   * issues and a module the browser links, on a phone's CPU (vite.config.ts, inlined chunks).
   */
  maxFiles?: number;
  /** A goal not met yet: reported in the table, not enforced (maxGzip is the enforced cap). */
  targetGzip?: number;
}

export const KB = 1000;

export const BUDGETS: Budget[] = [
  // zod: packages are checked in a Web Worker, so the schema library never delays the first paint.
  // 150.1 kB on 2026-12-06, since React Router runs without its data router (app/router/); 146.3
  // kB on 2026-12-07, with small common chunks copied into their readers (vite.config.ts).
  // 8 files on 2026-12-07 (57, then 10, before: vite.config.ts).
  {
    route: '/',
    maxGzip: 155 * KB,
    maxFiles: 15,
    forbidden: ['recharts', 'papaparse', 'read-excel-file', 'zod'],
  },
  // Pages of chart cards load Recharts with the first drawing, when a card nears the screen
  // (lazyDrawing): on a phone the statistics page's first card is two screens down. /statistik
  // loaded 296.8 kB gzip before it could answer a tap, 161.5 kB since 2026-12-07.
  { route: '/statistik', maxGzip: 175 * KB, forbidden: ['recharts'] },
  { route: '/proyek/:id', forbidden: ['recharts'] },
  // /embed/:chart inside the app serves hosts that answer every path with index.html; the light
  // embed pages (dist/embed/, embed-budget.ts) have budgets of their own. No Leaflet before the map.
  {
    route: '/embed/:chart',
    maxGzip: 130 * KB,
    forbidden: ['leaflet', 'react-leaflet', 'zod'],
  },
];

/** Libraries worth naming in the table when a route pulls them in. */
export const HEAVY_PACKAGES = [
  'leaflet',
  'react-leaflet',
  'supercluster',
  'recharts',
  'papaparse',
  'read-excel-file',
  'write-excel-file',
  'qrcode-generator',
];

/** Manifest keys of `roots` and everything they import statically, in breadth-first order. */
export function staticClosure(manifest: Manifest, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const key = queue.shift()!;
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk "${key}"`);
    seen.add(key);
    queue.push(...(chunk.imports ?? []));
  }
  return [...seen];
}

/** The HTML entry (index.html), which every route loads first. */
export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  const html = entries.find(([key]) => key.endsWith('index.html')) ?? entries[0];
  if (!html) throw new Error('manifest has no entry chunk');
  return html[0];
}

export interface RouteChunk {
  path: string;
  key: string;
}

/** Every route chunk the entry lazy-loads from src/app/routes/, so new routes are covered unasked. */
export function routeChunks(manifest: Manifest): RouteChunk[] {
  const entry = manifest[entryKey(manifest)]!;
  return (entry.dynamicImports ?? [])
    .filter((key) => /(^|\/)src\/app\/routes\/[^/]+$/.test(key))
    .map((key) => {
      const base = key.replace(/^.*\//, '').replace(/\.[jt]sx?$/, '');
      return { path: ROUTE_PATHS[base] ?? base, key };
    });
}

export interface RouteFiles {
  js: string[];
  css: string[];
}

/** Files loaded before a route is interactive: the entry's static graph plus the route chunk's. */
export function routeFiles(manifest: Manifest, routeKey: string): RouteFiles {
  const keys = staticClosure(manifest, [entryKey(manifest), routeKey]);
  const js = keys.map((key) => manifest[key]!.file);
  const css = [...new Set(keys.flatMap((key) => manifest[key]!.css ?? []))];
  return { js, css };
}

/**
 * The framework packages bundled into the entry file itself: none, while the framework has its own
 * file, which a release that changes only the app leaves as it was (visitors keep it cached).
 */
export function frameworkInEntry(entryPackages: ReadonlySet<string>): string[] {
  const bundled = FRAMEWORK_PACKAGES.filter((name) => entryPackages.has(name));
  return bundled.length === 0
    ? []
    : [
        `the entry bundles ${bundled.join(', ')}: the framework belongs in its own file (tools/vite/framework-chunk.ts)`,
      ];
}

/** npm package names in sourcemap `sources` (the innermost node_modules wins). */
export function packagesInSources(sources: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const source of sources) {
    const matches = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)];
    const last = matches.at(-1);
    if (last) found.add(last[1]!);
  }
  return found;
}

export interface RouteReport {
  path: string;
  files: RouteFiles;
  rawBytes: number;
  gzipBytes: number;
  cssGzipBytes: number;
  packages: Set<string>;
  budget?: Budget;
  breaches: string[];
}

export interface FileFacts {
  raw: number;
  gzip: number;
  /** Packages bundled in this file (from its sourcemap). */
  packages: Set<string>;
}

/** One page's files measured against its budget (if any). */
export function measureFiles(
  path: string,
  files: RouteFiles,
  facts: (file: string) => FileFacts,
  budget?: Budget,
): RouteReport {
  const js = files.js.map(facts);
  const packages = new Set(js.flatMap((f) => [...f.packages]));
  const report: RouteReport = {
    path,
    files,
    rawBytes: js.reduce((sum, f) => sum + f.raw, 0),
    gzipBytes: js.reduce((sum, f) => sum + f.gzip, 0),
    cssGzipBytes: files.css.map(facts).reduce((sum, f) => sum + f.gzip, 0),
    packages,
    budget,
    breaches: [],
  };
  if (budget?.maxGzip !== undefined && report.gzipBytes > budget.maxGzip) {
    report.breaches.push(`${kb(report.gzipBytes)} gzip > budget ${kb(budget.maxGzip)}`);
  }
  if (budget?.maxFiles !== undefined && js.length > budget.maxFiles) {
    report.breaches.push(`${js.length} JavaScript files > budget ${budget.maxFiles}`);
  }
  for (const name of budget?.forbidden ?? []) {
    if (packages.has(name)) report.breaches.push(`contains ${name}`);
  }
  return report;
}

/** Measures every route against the budgets; `facts` gives each file's sizes and packages. */
export function evaluateRoutes(
  manifest: Manifest,
  facts: (file: string) => FileFacts,
  budgets: Budget[] = BUDGETS,
): RouteReport[] {
  const reports = routeChunks(manifest).map((route) =>
    measureFiles(
      route.path,
      routeFiles(manifest, route.key),
      facts,
      budgets.find((b) => b.route === route.path),
    ),
  );
  for (const budget of budgets) {
    if (!reports.some((r) => r.path === budget.route)) {
      throw new Error(`no route chunk for budgeted route ${budget.route}: did a route file move?`);
    }
  }
  return reports;
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}

/** The markdown table printed by the budget script (and pasted into the README). */
export function formatTable(reports: RouteReport[]): string {
  const rows = reports.map((r) => {
    const heavy = HEAVY_PACKAGES.filter((p) => r.packages.has(p)).join(', ') || '—';
    const cap = r.budget?.maxGzip ? `≤ ${kb(r.budget.maxGzip)}` : '—';
    const budget = r.budget?.targetGzip ? `${cap} (target ${kb(r.budget.targetGzip)})` : cap;
    const missedTarget = r.budget?.targetGzip !== undefined && r.gzipBytes > r.budget.targetGzip;
    const status =
      r.breaches.length > 0 ? `GAGAL: ${r.breaches.join('; ')}` : missedTarget ? 'ok, di atas target' : 'ok';
    return `| ${r.path} | ${r.files.js.length} | ${kb(r.rawBytes)} | ${kb(r.gzipBytes)} | ${kb(r.cssGzipBytes)} | ${budget} | ${heavy} | ${status} |`;
  });
  return [
    '| Route | JS files | JS (min) | JS (gzip) | CSS (gzip) | Budget | Heavy libraries | Status |',
    '|---|---:|---:|---:|---:|---|---|---|',
    ...rows,
  ].join('\n');
}
