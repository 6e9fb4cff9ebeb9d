import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';
import { installDomGlobals } from '../prerender/dom-globals';
import { publishedFolderIn, ssrServer } from '../prerender/ssr-server';
import type { RenderedEmbed } from '../../src/embed/prerender/render-embed';
import type { AppConfig } from '../../src/lib/config';
import { EMBED_FILTER_PARAMS } from '../../src/domain/route-state/param-names';
import { buildEmbedPages, EMBED_HTML, PROGRAMME_CHARTS, type EmbedPage } from './embed-build';
import { renderSocialCard } from '../social/render-social-card';
import { imageUrl, previewTags, withDescription } from '../social/preview-tags';
import type { SocialCardContent } from '../../src/lib/download/social-card';

/** The part of a page the drawing replaces: #root, up to the <noscript> after it. */
const ROOT = /<div id="root">[\s\S]*?<\/div>\s*(?=<noscript>)/;

/**
 * Puts a drawn chart into its page: its markup in #root and its title, and the page's first
 * script (the filter mark) before everything else in <head> but the policy.
 */
export function fillEmbedPage(html: string, page: RenderedEmbed | undefined, markScript: string): string {
  if (!ROOT.test(html)) throw new Error('the embed page has no #root before its <noscript>');
  if (page && /\sstyle="/.test(page.html)) throw new Error('static embed markup has a style attribute');
  // Functions, not strings, as replacements: "$&" in a text from the data must stay text.
  let filled = html.replace(/<\/title>/, () => `</title>\n    <script src="${markScript}"></script>`);
  if (page)
    filled = filled
      .replace(ROOT, () => `<div id="root">${page.html}</div>\n    `)
      .replace(/<title>[^<]*<\/title>/, () => `<title>${page.title.replace(/</g, '&lt;')}</title>`);
  return filled;
}

/** The picture of a chart's link preview, beside its page (dist/embed/<chart>/og.png). */
export const socialImageFile = (chart: string) => `embed/${chart}/og.png`;

const socialDescription = (social: SocialCardContent) =>
  [social.summary, social.sampleLabel].filter(Boolean).join(' ');

/** A chart page's link preview tags: its summary and the sample label, its drawn card. */
export function socialTags(social: SocialCardContent, imageUrl: string, pageTitle: string): string {
  return previewTags({
    type: 'website',
    title: pageTitle,
    description: socialDescription(social),
    image: { url: imageUrl, alt: `${social.title}. ${social.summary}` },
  });
}

/** The DOM globals React and Recharts need to draw in jsdom, on top of the prerender's. */
function installDrawingGlobals(url: string): () => void {
  const removeDom = installDomGlobals(url);
  const scope = globalThis as Record<string, unknown>;
  const window = scope.window as Record<string, unknown>;
  const added = [
    'SVGElement',
    'HTMLDivElement',
    'Text',
    'MutationObserver',
    'requestAnimationFrame',
    'cancelAnimationFrame',
  ].filter((name) => !(name in scope));
  for (const name of added) scope[name] = window[name];
  return function removeDrawingGlobals() {
    for (const name of added) Reflect.deleteProperty(scope, name);
    removeDom();
  };
}

/** The app's address inside the drawing: links to it become root-relative (the host is unknown). */
const DRAWN_AT = 'https://pantaubangun.invalid/';

type RenderEmbedChart = (
  chart: string,
  fileText: string,
  config: AppConfig,
  widths: readonly number[],
) => Promise<RenderedEmbed>;

/**
 * Draws each programme chart into its page, from the build's published data (config.json's
 * indexUrl, embed/<chart>.json), with the embed's own components and Recharts in jsdom (Vite's SSR
 * loader, like tools/vite/prerender.ts). Without a published folder a page keeps its loading line.
 */
async function drawCharts(
  config: ResolvedConfig,
  pages: readonly EmbedPage[],
  widths: readonly number[],
  markScript: string,
): Promise<number> {
  const outDir = resolve(config.root, config.build.outDir);
  const appConfig = JSON.parse(readFileSync(join(outDir, 'config.json'), 'utf8')) as AppConfig;
  const folder = publishedFolderIn(outDir, appConfig);
  const removeGlobals = installDrawingGlobals(DRAWN_AT);
  const server = await ssrServer(config.root);
  let drawn = 0;
  try {
    const { renderEmbedChart } = (await server.ssrLoadModule('/src/embed/prerender/render-embed.tsx')) as {
      renderEmbedChart: RenderEmbedChart;
    };
    for (const page of pages) {
      const file = join(outDir, page.html);
      const data = folder && join(folder, 'embed', `${page.chart}.json`);
      let rendered: RenderedEmbed | undefined;
      if ((PROGRAMME_CHARTS as string[]).includes(page.chart) && data && existsSync(data)) {
        rendered = await renderEmbedChart(page.chart, readFileSync(data, 'utf8'), appConfig, widths);
        rendered.html = rendered.html.replaceAll(`href="${DRAWN_AT}`, `href="${config.base}`);
        drawn += 1;
      }
      let html = fillEmbedPage(readFileSync(file, 'utf8'), rendered, markScript);
      if (rendered) {
        const image = socialImageFile(page.chart);
        writeFileSync(join(outDir, image), renderSocialCard(rendered.social));
        // siteUrl is where the app itself lives: the image sits under it as under the base.
        const url = imageUrl(image, config.base, appConfig.siteUrl);
        html = html.replace(
          /<\/title>/,
          () => `</title>\n${socialTags(rendered.social, url, rendered.title)}`,
        );
        html = withDescription(html, socialDescription(rendered.social));
      }
      writeFileSync(file, html);
    }
    // React finishes its last unmount in a later task: let it, before the globals go.
    await new Promise((done) => setTimeout(done, 50));
  } finally {
    await server.close();
    removeGlobals();
  }
  return drawn;
}

/**
 * The embeds (README, "Embeds"), after the app's build: their own light pages (embed-build.ts),
 * each chart's with the chart drawn in, so the chart is on screen before any script runs, and the
 * first script of every page, which marks a filtered address before it paints (embed.css then
 * keeps the drawing of every project out of sight). In development /embed/* answers embed.html.
 */
export function embedPagesPlugin(options: { widths: readonly number[] }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pantaubangun:embed-pages',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? '';
        if (/^\/embed\/([^/.?]+|kurva-s-proyek\/[^/?]+)\/?(\?|$)/.test(url))
          req.url = `/${EMBED_HTML}${url.replace(/^[^?]*/, '')}`;
        next();
      });
    },
    async closeBundle() {
      if (config.command !== 'build') return;
      const started = Date.now();
      const outDir = resolve(config.root, config.build.outDir);
      const pages = await buildEmbedPages(config);
      // A classic script, so it runs before the page paints.
      const source = readFileSync(join(config.root, 'src/embed/static/mark-view.ts'), 'utf8');
      const code = (await transformWithOxc(source, 'mark-view.ts', { lang: 'ts' })).code;
      const mark = code.replaceAll('EMBED_FILTER_PARAMS_LIST', JSON.stringify(EMBED_FILTER_PARAMS));
      if (mark === code) throw new Error('mark-view.ts no longer names EMBED_FILTER_PARAMS_LIST');
      const markFile = `assets/embed-view-${createHash('sha256').update(mark).digest('hex').slice(0, 8)}.js`;
      writeFileSync(join(outDir, markFile), mark);
      const drawn = await drawCharts(config, pages, options.widths, `${config.base}${markFile}`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      config.logger.info(`embeds: ${pages.length} pages built, ${drawn} charts drawn in, in ${seconds} s`);
    },
  };
}
