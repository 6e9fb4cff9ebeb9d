import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { cspPlugin } from './csp';
import { LATER_MODULES_META } from '../../src/embed/later-modules';

/** The HTML entry of the page every embed address can use. */
export const EMBED_HTML = 'embed.html';

const BARS = 'src/features/charts/horizontal-bar-drawing.tsx';

/**
 * The programme charts, each with its view module (src/features/charts/chart-ids.ts CHART_IDS),
 * the view's export and the module of its drawing (which the view loads itself: lazyDrawing).
 */
export const CHART_VIEWS = {
  'anggaran-kecamatan': ['src/features/charts/budget-by-kecamatan-view.tsx', 'BudgetByKecamatanView', BARS],
  'anggaran-bidang': ['src/features/charts/budget-by-bidang-view.tsx', 'BudgetByBidangView', BARS],
  'sumber-dana': ['src/features/charts/funding-source-view.tsx', 'FundingSourceView', BARS],
  status: ['src/features/charts/status-view.tsx', 'StatusView', BARS],
  'kurva-s-program': [
    'src/features/charts/kurva-s-programme-view.tsx',
    'KurvaSProgrammeView',
    'src/features/charts/kurva-s-programme-drawing.tsx',
  ],
  'fisik-keuangan': ['src/features/charts/fisik-keuangan-view.tsx', 'FisikKeuanganView', BARS],
  'paket-terlambat': ['src/features/charts/delayed-packages-view.tsx', 'DelayedPackagesView', BARS],
  'penyedia-terbesar': ['src/features/charts/top-contractors-view.tsx', 'TopContractorsView', BARS],
} as const;
export type ProgrammeChart = keyof typeof CHART_VIEWS;
export const PROGRAMME_CHARTS = Object.keys(CHART_VIEWS) as ProgrammeChart[];

export const MOUNT_MODULE = 'src/embed/mount.tsx';
/** What a project's kurva S loads at once: its file's reader and the project page's own chart, drawn. */
export const PROJECT_MODULES = [
  'src/embed/project.ts',
  'src/features/project/kurva-s/drawn-project-kurva-s-chart.tsx',
];
/** What the map loads at once on the shared page: the index's reader, the map, and Leaflet. */
export const MAP_MODULES = [
  'src/embed/map.ts',
  'src/features/embed/embed-map.tsx',
  'src/features/embed/embed-map-view.tsx',
];

/**
 * One embed page: its HTML file in dist/, its own build's manifest, and the modules it loads at
 * once after its entry (what the page's HTML preloads, and what the bundle budget counts).
 */
export interface EmbedPage {
  /** The address segment, e.g. "anggaran-kecamatan"; "*" for the page every address can use. */
  chart: string;
  html: string;
  manifest: string;
  /** What the build takes as the page's entry: embed.html, or the chart page's virtual module. */
  entry: string;
  /** The entry's name in the build (and its chunk's in the manifest). */
  name: string;
  /** Modules imported at once by the entry, dynamically (so they run in tasks of their own). */
  modules: string[];
}

/** The page of a chart (dist/embed/<chart>/index.html), which a host serves for /embed/<chart>. */
export const embedPageFile = (chart: string) => `embed/${chart}/index.html`;

const VIRTUAL = 'virtual:embed-page/';

/** A page's entry: the embed's start, with only that page's chart (or, for a project, none). */
function pageEntrySource(chart: string): string {
  const view = CHART_VIEWS[chart as ProgrammeChart];
  const views = view ? `{ '${chart}': () => import('/${view[0]}').then((m) => view(m.${view[1]})) }` : '{}';
  // A programme chart's page is drawn by the build and lists its live code for later (embedPageHtml).
  return [
    "import '/src/embed/styles.ts';",
    "import { view } from '/src/embed/chart-views.ts';",
    "import { startEmbed } from '/src/embed/start.ts';",
    ...(view ? ["import { preloadLaterModules } from '/src/embed/later-modules.ts';"] : []),
    `void startEmbed(${views}, () => import('/${MOUNT_MODULE}')${view ? ', preloadLaterModules' : ''});`,
  ].join('\n');
}

/**
 * Cards in an embed always get the embed's chrome from context: the app's (its toolbar, table and
 * deferred drawing, app-chrome.tsx) is replaced by a pass-through, so no embed page carries it.
 */
function withoutAppChrome(root: string): Plugin {
  const stub = join(root, 'src/embed/no-app-chrome.tsx');
  return {
    name: 'pantaubangun:embed-without-app-chrome',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        source === './app-chrome' &&
        importer?.replace(/\\/g, '/').endsWith('/components/chart-card/chart-card.tsx')
      )
        return stub;
      return undefined;
    },
  };
}

function pageEntryPlugin(): Plugin {
  return {
    name: 'pantaubangun:embed-page-entry',
    resolveId: (id) => (id.startsWith(VIRTUAL) ? `\0${id}` : undefined),
    load: (id) => (id.startsWith(`\0${VIRTUAL}`) ? pageEntrySource(id.slice(VIRTUAL.length + 1)) : undefined),
  };
}

/** The pages: the shared one, one per programme chart, and one for a project's kurva S. */
export function embedPages(): EmbedPage[] {
  const shared: EmbedPage = {
    chart: '*',
    html: 'embed/index.html',
    manifest: '.vite/embed/embed.json',
    entry: EMBED_HTML,
    name: 'embed',
    modules: [MOUNT_MODULE],
  };
  const charts = [...PROGRAMME_CHARTS, 'kurva-s-proyek'].map((chart): EmbedPage => ({
    chart,
    html: embedPageFile(chart),
    manifest: `.vite/embed/${chart}.json`,
    entry: `${VIRTUAL}${chart}`,
    name: `embed-${chart}`,
    modules: [
      MOUNT_MODULE,
      ...(chart in CHART_VIEWS
        ? [CHART_VIEWS[chart as ProgrammeChart][0], CHART_VIEWS[chart as ProgrammeChart][2]]
        : PROJECT_MODULES),
    ],
  }));
  return [shared, ...charts];
}

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The manifest key of a page's entry (a virtual entry is keyed by its resolved id). */
export function entryKeyOf(manifest: Manifest, page: Pick<EmbedPage, 'name'>): string {
  const found = Object.entries(manifest).find(([, chunk]) => chunk.isEntry && chunk.name === page.name);
  if (!found) throw new Error(`no entry "${page.name}" in the embed manifest`);
  return found[0];
}

/** Files of `keys` and everything they import statically, as the browser will fetch them. */
export function closure(manifest: Manifest, keys: string[]): { js: string[]; css: string[] } {
  const seen = new Set<string>();
  const queue = [...keys];
  while (queue.length > 0) {
    const key = queue.shift()!;
    if (seen.has(key)) continue;
    if (!manifest[key]) throw new Error(`the embed manifest has no chunk "${key}"`);
    seen.add(key);
    queue.push(...(manifest[key].imports ?? []));
  }
  const chunks = [...seen].map((key) => manifest[key]!);
  return { js: chunks.map((c) => c.file), css: [...new Set(chunks.flatMap((c) => c.css ?? []))] };
}

/** React and its scheduler: every page needs them, so one file shared by all, cached across embeds. */
const REACT = /node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/**
 * Builds one embed page with Vite, apart from the app: its chunks are shaped by what an embed
 * loads, not by what it shares with the app's pages (sharing split a chart embed into 38 files and
 * 208.8 kB). The page every address can use is embed.html; a chart's page is its own entry.
 */
async function buildPage(config: ResolvedConfig, page: EmbedPage): Promise<void> {
  const html = page.entry === EMBED_HTML;
  await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    publicDir: false,
    plugins: [react(), withoutAppChrome(config.root), ...(html ? [cspPlugin()] : [pageEntryPlugin()])],
    build: {
      outDir: config.build.outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: config.build.target,
      // As the app's build (vite.config.ts): maps beside the files, not named in them.
      sourcemap: 'hidden',
      manifest: page.manifest,
      // The page's HTML lists what it loads at once (embedPageHtml); at run time only the styles of
      // a chunk loaded later (the map's Leaflet CSS) are fetched with it.
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) =>
          hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
      },
      chunkSizeWarningLimit: 1000,
      rollupOptions: {
        input: { [page.name]: page.entry },
        output: { codeSplitting: { groups: [{ name: 'react', test: REACT, priority: 1 }] } },
      },
    },
  });
}

/** Vite's tags for the shared page's own entry, which a chart's page replaces with its own. */
const ENTRY_TAGS =
  /\s*<script type="module" crossorigin src="[^"]*"><\/script>|\s*<link rel="(?:stylesheet|modulepreload)" crossorigin href="[^"]*">/g;

/**
 * A page's HTML: the shared page's (its CSP, head and first screen) with the page's own entry, its
 * styles, and what it loads at once (the entry's imports, React, the chart's view). A page without a
 * drawing needs that code at once: modulepreload links, fetched while the browser reads the page. A
 * programme chart's page shows its drawing first and needs the code only when the reader reaches
 * for the chart: preloading it would share a slow connection with the styles and delay the first
 * paint, so the page lists it in a meta tag and fetches it after its load event.
 */
export function embedPageHtml(template: string, manifest: Manifest, page: EmbedPage, base: string): string {
  const entry = entryKeyOf(manifest, page);
  const all = closure(manifest, [entry, ...page.modules]);
  const own = closure(manifest, [entry]);
  const later = all.js.filter((file) => file !== manifest[entry]!.file).map((file) => `${base}${file}`);
  const drawn = (PROGRAMME_CHARTS as string[]).includes(page.chart);
  const tags = [
    ...all.css.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    `<script type="module" crossorigin src="${base}${manifest[entry]!.file}"></script>`,
    ...(drawn
      ? [`<meta name="${LATER_MODULES_META}" content="${later.join(' ')}">`]
      : later.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`)),
  ];
  if (own.js.length === 0) throw new Error(`${page.html}: empty entry`);
  return template.replace(ENTRY_TAGS, '').replace('</head>', () => `    ${tags.join('\n    ')}\n  </head>`);
}

/**
 * Builds every embed page (embedPages) into the app's dist/: the shared page from embed.html and
 * one per chart, each with its own manifest under .vite/embed/ (the bundle budget reads them).
 * Returns the pages; their first screens are drawn by embed-prerender.ts.
 */
export async function buildEmbedPages(config: ResolvedConfig): Promise<EmbedPage[]> {
  const outDir = resolve(config.root, config.build.outDir);
  rmSync(join(outDir, '.vite/embed'), { recursive: true, force: true });
  const pages = embedPages();
  for (const page of pages) await buildPage(config, page);
  const builtHtml = join(outDir, EMBED_HTML);
  const template = readFileSync(builtHtml, 'utf8');
  rmSync(builtHtml);
  for (const page of pages) {
    const manifest = JSON.parse(readFileSync(join(outDir, page.manifest), 'utf8')) as Manifest;
    const file = join(outDir, page.html);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, embedPageHtml(template, manifest, page, config.base));
  }
  return pages;
}
