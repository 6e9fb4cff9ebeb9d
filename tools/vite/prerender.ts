import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { installDomGlobals } from '../prerender/dom-globals';
import type { RenderedPage } from '../../src/prerender/render-page';

/**
 * The routes whose first screen is written into static HTML. `/proyek/` is the frame every project
 * page shares (the host serves it for /proyek/*; README, "Deploy").
 */
export const PRERENDERED_ROUTES = [
  '/',
  '/statistik',
  '/data',
  '/data/impor',
  '/presentasi',
  '/proyek/',
] as const;

/**
 * The code each page's first screen needs beyond the entry: its route module, and what that page
 * loads at once (the map on /). The page's HTML asks for all of it in parallel with the entry.
 */
const FIRST_SCREEN_MODULES: Record<(typeof PRERENDERED_ROUTES)[number], string[]> = {
  // The map's code (with Leaflet) is not asked for here: it would compete with the stylesheet.
  '/': ['src/app/routes/home-route.tsx'],
  '/statistik': ['src/app/routes/statistics-route.tsx'],
  '/data': ['src/app/routes/data-route.tsx'],
  '/data/impor': ['src/app/routes/import-route.tsx'],
  '/presentasi': ['src/app/routes/presentation-route.tsx'],
  '/proyek/': ['src/app/routes/project-route.tsx'],
};

type Manifest = Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>;

/** Every chunk `modules` import statically, and their stylesheets, minus what the entry loads. */
export function chunksFor(manifest: Manifest, modules: readonly string[]): { js: string[]; css: string[] } {
  const walk = (key: string, into: Set<string>) => {
    if (into.has(key) || !manifest[key]) return;
    into.add(key);
    for (const next of manifest[key].imports ?? []) walk(next, into);
  };
  const loaded = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) walk(key, loaded);
  const wanted = new Set<string>();
  for (const module of modules) walk(module, wanted);
  const extra = [...wanted].filter((key) => !loaded.has(key)).map((key) => manifest[key]!);
  const loadedCss = new Set([...loaded].flatMap((key) => manifest[key]!.css ?? []));
  const css = [...new Set(extra.flatMap((chunk) => chunk.css ?? []))].filter((file) => !loadedCss.has(file));
  return { js: extra.map((chunk) => chunk.file), css };
}

/**
 * The page's own stylesheets (so its static screen is styled from the first paint, not when its
 * code arrives) and its code, asked for in parallel with the entry.
 */
const headLinks = (base: string, { js, css }: { js: readonly string[]; css: readonly string[] }) =>
  [
    ...css.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    ...js.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
  ].join('');

const ROOT = '<div id="root"></div>';

export function htmlFileFor(route: string): string {
  const path = route.replace(/^\/|\/$/g, '');
  return path ? `${path}/index.html` : 'index.html';
}

/** Puts a rendered page into the built index.html: its markup in #root and its own title. */
export function fillTemplate(
  template: string,
  page: RenderedPage,
  attributes: Record<string, string>,
  headExtra = '',
): string {
  if (!template.includes(ROOT)) throw new Error('index.html has no empty <div id="root"></div>');
  // The policy forbids inline styles (style-src 'self'): such markup would break under it.
  if (/\sstyle="/.test(page.html)) throw new Error('prerendered markup has a style attribute');
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return template
    .replace(ROOT, `<div id="root">${page.html}</div>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${page.title.replace(/</g, '&lt;')}</title>`)
    .replace(/<html([^>]*)>/, `<html$1${attrs}>`)
    .replace('</head>', `${headExtra}</head>`);
}

/**
 * After the build: renders each route's first screen (before data) with the app's own components
 * in Node and writes it into dist/<route>/index.html, so the header, the title, the page's intro and
 * frame paint before any script runs, and the largest paint is text that is already there.
 */
export function prerenderPlugin(options: { sampleData: () => boolean }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pantaubangun:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
      const removeGlobals = installDomGlobals('https://pantaubangun.invalid/');
      const server = await createServer({
        root: config.root,
        configFile: false,
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        logLevel: 'error',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderPage } = (await server.ssrLoadModule('/src/prerender/render-page.tsx')) as {
          renderPage: (path: string) => Promise<RenderedPage>;
        };
        // The build's data is its sample: the frame says so before the data arrives to say it.
        const attributes: Record<string, string> = options.sampleData() ? { 'data-sample': 'true' } : {};
        // The components read the same hint from the page they render in (lib/shell-hints.ts).
        if (attributes['data-sample']) document.documentElement.dataset.sample = 'true';
        for (const route of PRERENDERED_ROUTES) {
          const file = join(outDir, htmlFileFor(route));
          mkdirSync(dirname(file), { recursive: true });
          const preload = headLinks(config.base, chunksFor(manifest, FIRST_SCREEN_MODULES[route]));
          writeFileSync(file, fillTemplate(template, await renderPage(route), attributes, preload));
        }
        config.logger.info(`prerendered ${PRERENDERED_ROUTES.length} pages`);
      } finally {
        await server.close();
        removeGlobals();
      }
    },
  };
}
