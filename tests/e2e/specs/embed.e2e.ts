import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import {
  closure,
  embedPages,
  entryKeyOf,
  type EmbedPage,
  type Manifest as EmbedManifest,
  PROGRAMME_CHARTS,
} from '../../../tools/vite/embed-build';
import { openPage } from '../support/browser';
import { baseUrl, DIST_DIR, readBuiltJson, SAMPLE_DATA_PATH } from '../support/env';
import { useBrowser } from '../support/suite';

const FIXTURES = 'tests/e2e/fixtures/host-page';
const samplePackage = readBuiltJson(SAMPLE_DATA_PATH) as { projects: { id: string; title: string }[] };
const PROJECT = samplePackage.projects[0]!;
const STATUS_EMBED = '/embed/status?kecamatan=tambun-utara';
const BARS_EMBED = '/embed/anggaran-kecamatan';
const KURVA_S_EMBED = `/embed/kurva-s-proyek?proyek=${PROJECT.id}`;

/** Polls `probe` until it returns a truthy value (layout and charts settle over a few frames). */
async function waitUntil<T>(
  probe: () => Promise<T | undefined | null | false>,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Opens an embed's menu (its code loads on first use) and waits for it. */
async function openMenu(page: Page) {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByTestId('embed-snippet').waitFor({ timeout: 15_000 });
}

/** Opens an embed page's menu and copies its embed code with the copy button. */
async function copySnippet(page: Page, path: string): Promise<string> {
  await page.goto(`${baseUrl()}${path}`);
  await openMenu(page);
  await page.getByRole('button', { name: 'Salin kode' }).click();
  await page.getByText('Tersalin.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.getByTestId('embed-snippet').inputValue());
  return copied;
}

/** A second web server, on another port (another origin): the influencer's blog. */
async function startHostServer(snippets: string[]): Promise<{ url: string; server: Server }> {
  let html = readFileSync(join(FIXTURES, 'index.html'), 'utf8');
  snippets.forEach((snippet, i) => (html = html.replace(`<!-- SNIPPET-${i + 1} -->`, snippet)));
  const impostor = readFileSync(join(FIXTURES, 'impostor.html'), 'utf8');
  const server = createServer((req, res) => {
    const body = req.url?.startsWith('/impostor.html') ? impostor : html;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

interface FrameFacts {
  frameHeight: number;
  contentHeight: number;
}

/** The iframe's height on the host page and the height of the page inside it. */
async function frameFacts(page: Page, selector: string): Promise<FrameFacts> {
  const handle = (await page.$(selector))!;
  const frame = (await handle.contentFrame())!;
  const frameHeight = await handle.evaluate((el) => Math.round(el.getBoundingClientRect().height));
  const contentHeight = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  return { frameHeight, contentHeight };
}

async function fitsContent(page: Page, selector: string): Promise<FrameFacts> {
  return waitUntil(async () => {
    const facts = await frameFacts(page, selector);
    // The chart must be drawn, and the frame must match it to the pixel (±1 for rounding).
    const drawn = await (await (await page.$(selector))!.contentFrame())!.$('svg.recharts-surface');
    return drawn && Math.abs(facts.frameHeight - facts.contentHeight) <= 1 ? facts : undefined;
  }, `${selector} to fit its content`);
}

describe('embeds on another site', () => {
  const suite = useBrowser();
  let host: { url: string; server: Server };
  let snippets: string[];
  before(async () => {
    const { page } = await openPage(suite.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    snippets = [await copySnippet(page, STATUS_EMBED), await copySnippet(page, KURVA_S_EMBED)];
    barsSnippet = await copySnippet(page, BARS_EMBED);
    await page.context().close();
    host = await startHostServer(snippets);
  });
  after(async () => {
    await new Promise((done) => host.server.close(done));
  });
  let barsSnippet: string;

  it('shows the chart drawn by the build before any of its scripts runs, then fits the frame, at 360 px', async () => {
    const blog = await startHostServer([barsSnippet]);
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    // Hold back the embed's module scripts (the page's first, tiny classic script runs as it must).
    const held: Route[] = [];
    const moduleScript = (url: URL) =>
      url.origin === new URL(baseUrl()).origin && /\/assets\/(?!embed-view-).*\.js$/.test(url.pathname);
    let holding = true;
    await page
      .context()
      .route(moduleScript, (route) => (holding ? void held.push(route) : void route.continue()));
    // Not until "load": that waits for the frame's scripts, which are held.
    await page.goto(`${blog.url}/`, { waitUntil: 'domcontentloaded' });
    const frame = page.frameLocator('iframe[src*="/embed/anggaran-kecamatan"]');
    const drawing = frame.locator('.embed-static svg').first();
    await drawing.waitFor({ state: 'visible', timeout: 15_000 });
    assert.ok(held.length > 0, 'the module scripts were asked for and are still held');
    assert.ok((await drawing.boundingBox())!.width <= 344, 'a drawing that fits the frame');
    assert.match((await frame.locator('h2').first().textContent()) ?? '', /Anggaran/);
    assert.match((await frame.locator('body').textContent()) ?? '', /DATA CONTOH/);
    // Let them through, and whatever comes after (the live chart's code, asked for after the
    // page's load event).
    holding = false;
    for (const route of held) await route.continue();
    const fitted = await fitsContent(page, 'iframe[src*="/embed/anggaran-kecamatan"]');
    assert.notEqual(fitted.frameHeight, 560, 'the height came from the embed');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
    await new Promise((done) => blog.server.close(done));
  });

  it('copies a lazy, titled iframe and our listener script from the embed menu', () => {
    const [status, kurvaS] = snippets;
    assert.match(
      status!,
      new RegExp(
        `<iframe src="${baseUrl()}/embed/status\\?kecamatan=tambun-utara" title="Status paket — Kec. Tambun Utara"`,
      ),
    );
    assert.match(status!, / height="560" loading="lazy"/);
    assert.match(status!, new RegExp(`<script src="${baseUrl()}/embed.js" async></script>$`));
    // An old ?proyek= address still opens; the snippet gives the path form, which has a preview.
    assert.match(kurvaS!, new RegExp(`/embed/kurva-s-proyek/${PROJECT.id}"`));
  });

  it('resizes both iframes to their content at 1200 px and at 320 px, and ignores other origins', async () => {
    assert.notEqual(new URL(host.url).origin, new URL(baseUrl()).origin);
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 1200, height: 900 } });
    // Record what reaches the host page, to prove the impostor's messages did arrive.
    await page.addInitScript(() => {
      const seen: { origin: string; height: unknown }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      window.addEventListener('message', (e) => seen.push({ origin: e.origin, height: e.data?.height }));
    });
    await page.goto(`${host.url}/`);
    // Each snippet starts at height="560" (checked above); the embed's messages set the rest.
    const frames = ['iframe[src*="/embed/status"]', 'iframe[src*="/embed/kurva-s-proyek"]'];

    const wide: FrameFacts[] = [];
    for (const frame of frames) {
      await page.locator(frame).scrollIntoViewIfNeeded();
      wide.push(await fitsContent(page, frame));
    }
    for (const facts of wide) assert.notEqual(facts.frameHeight, 560, 'the height came from the embed');

    await page.setViewportSize({ width: 320, height: 700 });
    for (const [i, frame] of frames.entries()) {
      const narrow = await waitUntil(async () => {
        const facts = await fitsContent(page, frame);
        return facts.frameHeight > wide[i]!.frameHeight ? facts : undefined;
      }, `${frame} to grow at 320 px`);
      assert.ok(narrow.frameHeight > wide[i]!.frameHeight);
    }

    const seen = await page.evaluate(
      () => (window as unknown as { seen: { origin: string; height: unknown }[] }).seen,
    );
    assert.ok(
      seen.some((m) => m.origin === host.url && m.height === 123),
      'the impostor posted',
    );
    assert.equal(await page.getAttribute('#impostor', 'height'), '560');
    assert.equal(await page.$eval('#impostor', (el) => (el as HTMLElement).style.height), '');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});

describe('images, links and bundle of the embeds', () => {
  const suite = useBrowser();

  it('downloads PNGs at 1080×1080, 1200×675 and 1080×1920 with source, date and site drawn in', async () => {
    const { page, consoleErrors } = await openPage(suite.browser, { acceptDownloads: true });
    // Text in pixels cannot be read back: record the card the page lays out (an SVG, drawn onto
    // the canvas as an image).
    await page.addInitScript(() => {
      const cards: string[] = [];
      (window as unknown as { cards: string[] }).cards = cards;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        if (object instanceof Blob && object.type.startsWith('image/svg+xml'))
          void object.text().then((text) => cards.push(text));
        return create(object);
      };
    });
    await page.goto(`${baseUrl()}${STATUS_EMBED}`);
    await page.locator('svg.recharts-surface').first().waitFor();
    await openMenu(page);
    const sizes: [string, number, number][] = [
      ['instagram', 1080, 1080],
      ['x', 1200, 675],
      ['story', 1080, 1920],
    ];
    for (const [choice, width, height] of sizes) {
      await page.getByLabel('Ukuran gambar').selectOption(choice);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Unduh PNG' }).click(),
      ]);
      assert.match(download.suggestedFilename(), new RegExp(`-${width}x${height}\\.png$`));
      const png = readFileSync((await download.path())!);
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
      assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [width, height]);
    }
    const cards = await page.evaluate(() => (window as unknown as { cards: string[] }).cards);
    assert.equal(cards.length, sizes.length, 'one card per size');
    for (const [i, card] of cards.entries()) {
      const [choice, width, height] = sizes[i]!;
      assert.match(card, new RegExp(`^<svg [^>]*width="${width}" height="${height}"`));
      const texts = [...card.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      assert.match(texts, /Status paket/);
      assert.match(texts, /Kec\. Tambun Utara/, 'the filter is named');
      assert.match(texts, /Sumber: PantauBangun/);
      assert.match(texts, /Data per 29 Desember 2023/);
      assert.match(texts, /Situs: https:\/\/pantaubangun\.example/);
      assert.match(card, /data-role="sample-label"[^]*DATA CONTOH/);
      // The chart fills the width it is given: no small island in the middle of the picture.
      const [, x, boxHeight, viewWidth, viewHeight] =
        /<svg x="(\d+)" y="[\d.]+" width="\d+" height="([\d.]+)" viewBox="0 0 (\d+) (\d+)"/
          .exec(card)!
          .map(Number);
      const drawnWidth = Math.min(width - 2 * x!, (boxHeight! * viewWidth!) / viewHeight!);
      assert.ok(
        drawnWidth >= (width - 2 * x!) * 0.85,
        `${width}×${height}: the chart is ${drawnWidth} px wide`,
      );
      // Drawn anew for the picture's shape: its 12 px text reads at twice the size on a story.
      if (choice === 'story')
        assert.ok(drawnWidth / viewWidth! >= 2, `story scale ${drawnWidth / viewWidth!}`);
    }
    // Nothing the embed does trips the app's Content-Security-Policy (it would log an error).
    assert.deepEqual(consoleErrors, []);
    await page.context().close();
  });

  /** The link the WhatsApp button would send, read from its prefilled text. */
  async function sharedLink(page: Page): Promise<string> {
    if (!(await page.getByTestId('embed-snippet').isVisible())) await openMenu(page);
    const href = (await page.getByRole('link', { name: /WhatsApp/ }).getAttribute('href'))!;
    const text = new URL(href).searchParams.get('text')!;
    return text.slice(text.lastIndexOf(' ') + 1);
  }

  /** The chart's data table: in the app under its figure, in an embed in its menu. */
  async function tableText(page: Page, chart: string): Promise<string> {
    const embedded = new URL(page.url()).pathname.startsWith('/embed/');
    if (embedded) await openMenu(page);
    const table = embedded
      ? page.locator('.embed-menu table')
      : page.locator(`figure[data-chart="${chart}"] table`);
    await table.waitFor({ state: 'attached', timeout: 15_000 });
    return (await table.textContent()) ?? '';
  }

  it('embeds the largest contractors: drawn by the build, then live, with links into the app', async () => {
    const html = await (await fetch(`${baseUrl()}/embed/penyedia-terbesar`)).text();
    assert.match(html, /<title>Penyedia terbesar — PantauBangun<\/title>/);
    assert.match(html, /class="embed-static__drawing[^"]*"><svg/, 'the build drew the chart into the page');
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl()}/embed/penyedia-terbesar`);
    await page.locator('.chart-card__chart svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('h2').first().textContent(), 'Penyedia terbesar');
    assert.equal(await page.title(), 'Penyedia terbesar — PantauBangun');
    assert.ok((await page.locator('.recharts-bar-rectangle').count()) > 0);
    const link = page.getByRole('list', { name: 'Penyedia terbesar' }).getByRole('link').first();
    // Root-relative in the build's drawing, absolute once live: the app's page either way.
    assert.match(
      await link.evaluate((a: HTMLAnchorElement) => a.href),
      new RegExp(`^${baseUrl()}/penyedia/[a-z0-9-]+$`),
    );
    assert.equal(await link.getAttribute('target'), '_blank');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the embed scrolls sideways by ${overflow} px`);
    // The same filter parameters as every chart embed, named in its caption.
    await page.goto(`${baseUrl()}/embed/penyedia-terbesar?kategori=jalan`);
    await page.locator('.chart-card__chart svg.recharts-surface').first().waitFor({ timeout: 15_000 });
    assert.match((await page.getByTestId('chart-filters').textContent()) ?? '', /Jalan/);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('shares a link that reopens the same project chart', async () => {
    const { page } = await openPage(suite.browser);
    await page.goto(`${baseUrl()}${KURVA_S_EMBED}`);
    const chart = (await page.locator('figure[data-chart^="kurva-s-"]').first().getAttribute('data-chart'))!;
    const inEmbed = await tableText(page, chart);
    const link = await sharedLink(page);
    assert.equal(link, `${baseUrl()}/proyek/${PROJECT.id}`);
    await page.goto(link);
    assert.equal(await tableText(page, chart), inEmbed);
    await page.context().close();
  });

  it('shares a link that reopens the same programme chart with the same filters', async () => {
    const { page } = await openPage(suite.browser);
    await page.goto(`${baseUrl()}${STATUS_EMBED}&status=pelaksanaan`);
    const inEmbed = await tableText(page, 'status');
    const link = await sharedLink(page);
    assert.equal(link, `${baseUrl()}/statistik?kecamatan=tambun-utara&status=pelaksanaan#status`);
    await page.goto(link);
    assert.equal(await tableText(page, 'status'), inEmbed);
    await page.context().close();
  });

  it('shares an unfiltered chart as its own page, with a link preview the build drew', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    await page.goto(`${baseUrl()}/statistik`);
    const card = page.locator('#kurva-s-program');
    await card.scrollIntoViewIfNeeded();
    await card.getByText('Bagikan', { exact: true }).click();
    const href = (await card.getByRole('link', { name: /WhatsApp/ }).getAttribute('href'))!;
    const text = new URL(href).searchParams.get('text')!;
    const link = text.slice(text.lastIndexOf(' ') + 1);
    assert.equal(link, `${baseUrl()}/embed/kurva-s-program`);

    // What WhatsApp's crawler reads: the page's HTML alone, no script run.
    const html = await (await page.request.get(link)).text();
    const meta = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
    assert.equal(meta('og:title'), 'Kurva S program: rencana dan realisasi — PantauBangun');
    assert.match(meta('og:description') ?? '', /^Per 29 Desember 2023, progres fisik program .* DATA CONTOH/);
    const { siteUrl } = readBuiltJson('/config.json') as { siteUrl: string };
    assert.equal(meta('og:image'), `${siteUrl.replace(/\/$/, '')}/embed/kurva-s-program/og.png`);
    assert.equal(meta('twitter:card'), 'summary_large_image');

    const png = await (await page.request.get(`${baseUrl()}/embed/kurva-s-program/og.png`)).body();
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    assert.ok(png.length > 20_000, `a drawn chart, not a blank card (${png.length} bytes)`);
    await page.goto(link);
    await page
      .locator('figure[data-chart="kurva-s-program"] svg.recharts-surface >> visible=true')
      .first()
      .waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('gives every programme chart page its own preview picture', () => {
    const charts = embedPages().filter((p) => (PROGRAMME_CHARTS as string[]).includes(p.chart));
    assert.equal(charts.length, PROGRAMME_CHARTS.length);
    for (const page of charts) {
      const html = readFileSync(`${DIST_DIR}/${page.html}`, 'utf8');
      assert.match(
        html,
        new RegExp(`property="og:image" content="[^"]*/embed/${page.chart}/og\\.png"`),
        page.chart,
      );
      const png = readFileSync(`${DIST_DIR}/embed/${page.chart}/og.png`);
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], page.chart);
    }
  });

  it('previews a pasted map embed address as the map page does, and still draws the map', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    // What a crawler reads: the HTML alone. The map embed and the map page share one preview.
    const tagsOf = async (path: string) => {
      const html = await (await page.request.get(`${baseUrl()}${path}`)).text();
      return ['og:title', 'og:description', 'og:image', 'description'].map(
        (name) => new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1],
      );
    };
    const [title, description, image, pageDescription] = await tagsOf('/embed/peta');
    assert.match(title ?? '', /^Semua proyek Kabupaten Bekasi \d{4}$/);
    assert.match(description ?? '', /^Semua \d+ paket · .* DATA CONTOH/);
    assert.equal(pageDescription, description);
    assert.match(image ?? '', /\/pratinjau\/peta\.png$/);
    assert.deepEqual(await tagsOf('/embed/peta?kategori=jalan'), await tagsOf('/'));
    // Other embed addresses keep the shared page, with no preview that would misname them.
    const [projectTitle] = await tagsOf(KURVA_S_EMBED);
    assert.equal(projectTitle, undefined);

    await page.goto(`${baseUrl()}/embed/peta`);
    await page.locator('.leaflet-container path.leaflet-interactive').first().waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('previews a project kurva S address as that project, and draws its chart from that address', async () => {
    const { page, pageErrors } = await openPage(suite.browser);
    const path = `/embed/kurva-s-proyek/${PROJECT.id}`;
    const html = await (await page.request.get(`${baseUrl()}${path}`)).text();
    const meta = (name: string) =>
      new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1];
    const projectPage = await (await page.request.get(`${baseUrl()}/proyek/${PROJECT.id}`)).text();
    const projectDescription = /<meta property="og:description" content="([^"]*)"/.exec(projectPage)?.[1];
    assert.equal(meta('og:title'), `Kurva S: ${PROJECT.title}`);
    assert.equal(meta('og:description'), projectDescription);
    assert.match(meta('og:description') ?? '', /DATA CONTOH/);
    assert.equal(meta('description'), projectDescription);
    assert.match(meta('og:image') ?? '', new RegExp(`/proyek/${PROJECT.id}/og\\.png$`));
    assert.ok(
      html.includes(`<title>${PROJECT.title} — PantauBangun</title>`),
      'the page is titled as the embed titles itself',
    );

    await page.goto(`${baseUrl()}${path}`);
    await page.getByRole('heading', { name: `Kurva S: ${PROJECT.title}` }).waitFor();
    assert.equal(await sharedLink(page), `${baseUrl()}/proyek/${PROJECT.id}`);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('loads no Leaflet for chart embeds; only the map embed loads it, lazily', async () => {
    // Sourcemaps name every bundled module. Rolldown's tiny runtime has none: its code is searched.
    const sources = (file: string): string[] => {
      const map = `${DIST_DIR}/${file}.map`;
      if (existsSync(map)) return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
      return /leaflet/i.test(readFileSync(`${DIST_DIR}/${file}`, 'utf8')) ? [`${file} (code)`] : [];
    };
    const manifestOf = (page: EmbedPage) =>
      JSON.parse(readFileSync(`${DIST_DIR}/${page.manifest}`, 'utf8')) as EmbedManifest;
    const pages = embedPages();
    for (const page of pages) {
      const manifest = manifestOf(page);
      const { js } = closure(manifest, [entryKeyOf(manifest, page), ...page.modules]);
      assert.ok(js.length > 1);
      for (const file of js) {
        const leaflet = sources(file).filter((s) => s.includes('leaflet'));
        assert.deepEqual(leaflet, [], `${page.html}: ${file} bundles no Leaflet`);
      }
    }
    // The check can see Leaflet: the map's modules on the shared page have it.
    const shared = pages.find((page) => page.chart === '*')!;
    const manifest = manifestOf(shared);
    const mapChunk = manifest['src/features/embed/embed-map-view.tsx'];
    assert.ok(mapChunk, 'the map embed is its own chunk');
    const mapClosure = closure(manifest, ['src/features/embed/embed-map-view.tsx']).js;
    assert.ok(mapClosure.some((file) => sources(file).some((s) => s.includes('node_modules/leaflet/'))));

    // And in the browser: a chart embed never requests the map chunk, the map embed does.
    const { page, pageErrors } = await openPage(suite.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl()}${STATUS_EMBED}`);
    await page.locator('svg.recharts-surface').first().waitFor();
    assert.ok(!requested.includes(`/${mapChunk.file}`));
    await page.goto(`${baseUrl()}/embed/peta?kecamatan=tambun-utara`);
    await page.locator('.leaflet-container').waitFor();
    assert.ok(requested.includes(`/${mapChunk.file}`));
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('lets a drawn chart paint first: its live code is fetched after the load event, not preloaded with the styles', async () => {
    const html = readFileSync(`${DIST_DIR}/embed/anggaran-kecamatan/index.html`, 'utf8');
    assert.doesNotMatch(html, /rel="modulepreload"/, 'nothing competes with the styles for the line');
    const listed =
      /<meta name="pantaubangun-modul-nanti" content="([^"]+)">/.exec(html)?.[1]?.split(' ') ?? [];
    assert.ok(listed.length > 3, 'the live chart code is listed for later');
    const { page, pageErrors } = await openPage(suite.browser);
    await page.goto(`${baseUrl()}/embed/anggaran-kecamatan`, { waitUntil: 'load' });
    const mountFile = listed.find((file) => /\/mount-/.test(file))!;
    // The page's own clock: when the live code was asked for, against its load event.
    const [askedAt, loadAt] = await waitUntil(
      () =>
        page.evaluate((file) => {
          const asked = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(file));
          const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          return asked && navigation ? [asked.startTime, navigation.loadEventStart] : undefined;
        }, mountFile),
      'the live chart code after load',
    );
    assert.ok(askedAt >= loadAt, `asked for at ${askedAt} ms, after the load event at ${loadAt} ms`);
    // Fetched only: the drawing stays until the reader reaches for the chart.
    assert.ok(await page.locator('.embed-static').isVisible());
    assert.equal(await page.locator('meta[name="pantaubangun-modul-nanti"]').count(), 0);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
