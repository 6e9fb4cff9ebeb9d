import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { installDomGlobals } from '../prerender/dom-globals';
import type { HomePreview } from '../../src/prerender/home-preview';
import { publishedFolderIn, ssrServer } from '../prerender/ssr-server';
import type { PageData, RenderedPage } from '../../src/prerender/render-page';
import { PUBLISHED_FILES } from '../../src/domain/publish/published-files';
import { renderSocialCard } from '../social/render-social-card';
import { imageUrl, previewTags, withDescription } from '../social/preview-tags';
import { escapeXml } from '../../src/lib/download/social-card';

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
  '/metodologi',
  '/penyedia',
  '/proyek/',
] as const;

/**
 * The pages whose drawing the app hydrates at their own address with no query (main.tsx): drawn
 * without data, and their first render in the browser shows the same frame (DatasetGate). Others
 * (the deck, the glossary's anchors, the import form, the contractors) are replaced.
 */
const HYDRATED_ROUTES: ReadonlySet<string> = new Set(['/', '/statistik', '/data']);

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
  '/metodologi': ['src/app/routes/methodology-route.tsx'],
  '/penyedia': ['src/app/routes/contractors-route.tsx'],
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
  drawnFor?: string,
): string {
  if (!template.includes(ROOT)) throw new Error('index.html has no empty <div id="root"></div>');
  // The policy forbids inline styles (style-src 'self'): such markup would break under it.
  const styled = /<[^>]*\sstyle="[^"]*"[^>]*>/.exec(page.html);
  if (styled) throw new Error(`prerendered markup has a style attribute: ${styled[0].slice(0, 200)}`);
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const filled = template
    // The address the page was drawn for: a host that serves it for another (a fallback to
    // index.html) is told apart by the app, which hydrates only the page drawn for its address.
    .replace(
      ROOT,
      () => `<div id="root"${drawnFor ? ` data-drawn-for="${drawnFor}"` : ''}>${page.html}</div>`,
    )
    .replace(/<title>[^<]*<\/title>/, () => `<title>${page.title.replace(/</g, '&lt;')}</title>`)
    .replace(/<html([^>]*)>/, (_, own: string) => `<html${own}${attrs}>`)
    .replace('</head>', () => `${headExtra}</head>`);
  return stylesheetsFirst(filled);
}

const STYLESHEET = /\s*<link rel="stylesheet"[^>]*>/g;

/**
 * The page's stylesheets before its scripts: the first screen is already in the HTML, so what
 * it waits for is its styles, and a phone's connection should fetch them ahead of the code.
 */
export function stylesheetsFirst(html: string): string {
  const sheets = html.match(STYLESHEET) ?? [];
  if (sheets.length === 0) return html;
  const without = html.replace(STYLESHEET, '');
  return without.replace(/(<title>[\s\S]*?<\/title>)/, (title) => `${title}${sheets.join('')}`);
}

/**
 * The sizes React writes as inline styles into a page's first screen (a chart's reserved height
 * while it is measured, a container's width): the policy allows no style attribute, so each
 * becomes data-pb-style="<n>", and a stylesheet the build writes gives each its declarations.
 * Only layout declarations with plain values pass (no url(), no expressions); anything else is refused.
 */
const SIZE_DECLARATION =
  /^(?:(?:min-|max-)?(?:width|height)|overflow(?:-[xy])?|position|top|right|bottom|left|display|cursor):\s*[\w.%-]+$/;

export function stylesToAttributes(html: string, styles: Map<string, number>): string {
  return html.replace(/\sstyle="([^"]*)"/g, (_, style: string) => {
    const declarations = style
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    if (declarations.length === 0 || !declarations.every((d) => SIZE_DECLARATION.test(d)))
      throw new Error(`prerendered markup has a style attribute: style="${style}"`);
    const rule = declarations.join(';');
    if (!styles.has(rule)) styles.set(rule, styles.size);
    return ` data-pb-style="${styles.get(rule)}"`;
  });
}

export const styleRules = (styles: Map<string, number>) =>
  [...styles].map(([rule, n]) => `[data-pb-style='${n}']{${rule}}`).join('\n');

/** The picture of a project page's link preview, beside its page (dist/proyek/<id>/og.png). */
export const projectImageFile = (route: string) => `${htmlFileFor(route).replace(/index\.html$/, '')}og.png`;

/**
 * A project page's link preview (Open Graph): its title, what it is, where, how far along, and its
 * own picture, so a resident's shared link says which works it is about.
 */
export function projectPreviewTags(page: RenderedPage, image: string, title = page.title): string {
  if (page.preview === undefined) return '';
  const { description, card } = page.preview;
  return previewTags({
    type: 'article',
    title,
    description,
    image: { url: image, alt: `${card.title}. ${card.summary}` },
  });
}

/** Ids that are a folder name as they are, and the same in a URL: other projects share /proyek/. */
const FOLDER_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;

/** A JSON document inside HTML: "<" escaped, so no text in it can close the script element. */
export function carriedDocument(url: string, text: string): string {
  const json = JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');
  const attribute = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<script type="application/json" data-document="${attribute}">${json}</script>`;
}

/** The project a published file is of: its one-row index's id column (project-file.ts). */
function projectIdOf(fileText: string): string | undefined {
  const json = JSON.parse(fileText) as { index?: { columns?: { id?: unknown[] } } };
  const id = json.index?.columns?.id?.[0];
  return typeof id === 'string' ? id : undefined;
}

interface ProjectPageSource {
  id: string;
  /** The file's URL path, as the page would fetch it. */
  url: string;
  fileText: string;
}

/** Every project file of the build's published folder (config.json's indexUrl), if it has one. */
function projectFiles(outDir: string, base: string, configJson: { indexUrl?: unknown }): ProjectPageSource[] {
  const published = publishedFolderIn(outDir, configJson);
  const folder = published && join(published, PUBLISHED_FILES.projectFolder);
  if (!folder || !existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const file = join(folder, name);
      const fileText = readFileSync(file, 'utf8');
      const id = projectIdOf(fileText);
      if (!id || !FOLDER_SAFE_ID.test(id) || id === '.' || id === '..') return [];
      return [{ id, url: `${base}${relative(outDir, file).split('\\').join('/')}`, fileText }];
    });
}

/** The map page's preview picture: not under the site's root, where the offline copy takes every PNG. */
export const HOME_IMAGE_FILE = 'pratinjau/peta.png';

/**
 * The map page's link preview (og:image of /), drawn from the build's published index and outlines;
 * none when the build has no published folder.
 */
async function drawHomePreview(
  server: Awaited<ReturnType<typeof ssrServer>>,
  outDir: string,
  base: string,
  configJson: unknown,
): Promise<{ tags: string; description: string } | undefined> {
  const json = configJson as { indexUrl?: unknown; boundariesUrl?: unknown; siteUrl?: string };
  const folder = publishedFolderIn(outDir, json);
  const indexFile = folder && join(folder, PUBLISHED_FILES.index);
  if (!indexFile || !existsSync(indexFile)) return undefined;
  const boundariesFile =
    typeof json.boundariesUrl === 'string' ? join(outDir, json.boundariesUrl) : undefined;
  const { homePreviewFromFiles } = (await server.ssrLoadModule('/src/prerender/home-preview.tsx')) as {
    homePreviewFromFiles: (config: unknown, index: string, boundaries?: string) => HomePreview | undefined;
  };
  const preview = homePreviewFromFiles(
    configJson,
    readFileSync(indexFile, 'utf8'),
    boundariesFile && existsSync(boundariesFile) ? readFileSync(boundariesFile, 'utf8') : undefined,
  );
  if (!preview) return undefined;
  mkdirSync(dirname(join(outDir, HOME_IMAGE_FILE)), { recursive: true });
  writeFileSync(join(outDir, HOME_IMAGE_FILE), renderSocialCard(preview.card));
  const tags = previewTags({
    type: 'website',
    title: preview.title,
    description: preview.description,
    image: {
      url: imageUrl(HOME_IMAGE_FILE, base, json.siteUrl),
      alt: `${preview.title}. ${preview.card.summary}`,
    },
  });
  return { tags, description: preview.description };
}

/** The project kurva S embed's shared page (tools/vite/embed-build.ts). */
const EMBED_PAGE = 'embed/kurva-s-proyek/index.html';

/** The map embed's own page: the embeds' shared page, with the map page's link preview. */
export const MAP_EMBED_FILE = 'embed/peta/index.html';

/** A project's kurva S embed page (/embed/kurva-s-proyek/<id>), beside that chart's shared page. */
export const projectEmbedFile = (id: string) => `embed/kurva-s-proyek/${id}/index.html`;

interface EmbedPreview {
  tags: string;
  description: string;
  /** The page's <title>, as the embed names itself once drawn; the shared page's when absent. */
  title?: string;
}

/** A page the build wrote, as text; undefined when it wrote none. */
const builtPage = (outDir: string, file: string) =>
  existsSync(join(outDir, file)) ? readFileSync(join(outDir, file), 'utf8') : undefined;

/**
 * Writes an embed page of its own: a copy of `shared` (the text of the page the host would serve
 * for that address; undefined when the build wrote none) with a link preview, so a pasted embed address previews what it shows. Other embed
 * addresses keep their shared page.
 */
function writeEmbedPage(
  outDir: string,
  shared: string | undefined,
  file: string,
  preview: EmbedPreview,
): boolean {
  if (shared === undefined) return false;
  let html = shared;
  if (preview.title !== undefined) {
    const title = escapeXml(preview.title);
    html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`);
  }
  html = html.replace(/<\/title>/, () => `</title>\n${preview.tags}`);
  mkdirSync(dirname(join(outDir, file)), { recursive: true });
  writeFileSync(join(outDir, file), withDescription(html, preview.description));
  return true;
}

/**
 * A project's kurva S embed preview: the project page's text and picture (its plan and progress on
 * one scale), titled as the chart the address shows.
 */
export function projectEmbedPreview(page: RenderedPage, image: string): EmbedPreview | undefined {
  if (page.preview === undefined) return undefined;
  const { description, card } = page.preview;
  const tags = projectPreviewTags(page, image, `Kurva S: ${card.title}`);
  // The embed titles itself by the project's name once drawn (embed-app.tsx).
  return { tags, description, title: `${card.title} — PantauBangun` };
}

/**
 * After the build: renders each route's first screen (before data) with the app's own components
 * in Node and writes it into dist/<route>/index.html, so the header, the title, the page's intro and
 * frame paint before any script runs, and the largest paint is text that is already there.
 */
export function prerenderPlugin(options: { sampleData: (outDir: string) => boolean }): Plugin {
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
      const server = await ssrServer(config.root);
      try {
        const { renderPage } = (await server.ssrLoadModule('/src/prerender/render-page.tsx')) as {
          renderPage: (path: string, data?: PageData) => Promise<RenderedPage>;
        };
        // The build's data is its sample: the frame says so before the data arrives to say it.
        const attributes: Record<string, string> = options.sampleData(outDir)
          ? { 'data-sample': 'true' }
          : {};
        // The components read the same hint from the page they render in (lib/shell-hints.ts).
        if (attributes['data-sample']) document.documentElement.dataset.sample = 'true';
        const configJson = JSON.parse(
          readFileSync(join(outDir, 'config.json'), 'utf8'),
        ) as PageData['configJson'];
        const home = await drawHomePreview(server, outDir, config.base, configJson);
        if (home && !writeEmbedPage(outDir, builtPage(outDir, 'embed/index.html'), MAP_EMBED_FILE, home))
          config.logger.warn('no embed page to give the map preview');
        for (const route of PRERENDERED_ROUTES) {
          const file = join(outDir, htmlFileFor(route));
          mkdirSync(dirname(file), { recursive: true });
          const preload = headLinks(config.base, chunksFor(manifest, FIRST_SCREEN_MODULES[route]));
          const preview = route === '/' ? home : undefined;
          const html = fillTemplate(
            template,
            await renderPage(route),
            attributes,
            preload + (preview?.tags ?? ''),
            HYDRATED_ROUTES.has(route) ? route : undefined,
          );
          writeFileSync(file, preview ? withDescription(html, preview.description) : html);
        }
        // Each project's own page, drawn from its published file, which the page carries: a shared
        // link paints the project (its name, figures, kurva S table) before any script or request.
        // The project is on screen from the HTML: the page asks for its styles at once and lets
        // its code come through the entry, rather than have 300 kB of preloads compete with them.
        const projectChunks = chunksFor(manifest, FIRST_SCREEN_MODULES['/proyek/']);
        const projectPreload = headLinks(config.base, { js: [], css: projectChunks.css });
        const projects = projectFiles(outDir, config.base, configJson as { indexUrl?: unknown });
        const siteUrl = (configJson as { siteUrl?: string }).siteUrl;
        // Read once: every project's kurva S embed page is a copy of it.
        const projectEmbedPage = builtPage(outDir, EMBED_PAGE);
        const drawn: { file: string; page: RenderedPage; head: string }[] = [];
        const styles = new Map<string, number>();
        for (const project of projects) {
          const route = `/proyek/${project.id}`;
          const rendered = await renderPage(route, { configJson, project });
          const html = stylesToAttributes(rendered.html, styles);
          const image = projectImageFile(route);
          if (rendered.preview) {
            mkdirSync(dirname(join(outDir, image)), { recursive: true });
            writeFileSync(join(outDir, image), renderSocialCard(rendered.preview.card));
          }
          const imageAddress = imageUrl(image, config.base, siteUrl);
          const tags = projectPreviewTags(rendered, imageAddress);
          const embedPreview = projectEmbedPreview(rendered, imageAddress);
          if (embedPreview)
            writeEmbedPage(outDir, projectEmbedPage, projectEmbedFile(project.id), embedPreview);
          const head = projectPreload + tags + carriedDocument(project.url, project.fileText);
          drawn.push({ file: join(outDir, htmlFileFor(route)), page: { ...rendered, html }, head });
        }
        // One stylesheet of every size they use, hashed like the build's own.
        const rules = styleRules(styles);
        const sheet = `assets/prerender-sizes-${createHash('sha256').update(rules).digest('hex').slice(0, 8)}.css`;
        if (drawn.length > 0) writeFileSync(join(outDir, sheet), `${rules}\n`);
        const sheetLink = `<link rel="stylesheet" href="${config.base}${sheet}">`;
        for (const { file, page, head } of drawn) {
          mkdirSync(dirname(file), { recursive: true });
          const html = fillTemplate(template, page, attributes, sheetLink + head);
          writeFileSync(file, page.preview ? withDescription(html, page.preview.description) : html);
        }
        config.logger.info(
          `prerendered ${PRERENDERED_ROUTES.length} pages and ${projects.length} project pages`,
        );
      } finally {
        await server.close();
        removeGlobals();
      }
    },
  };
}
