import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { baseUrl } from '../support/env';
import { useBrowser, useBrowserAndServer } from '../support/suite';

const MAIN_TITLES = [
  'Angka utama',
  'Peta seluruh pekerjaan menurut status',
  'Anggaran per bidang',
  'Anggaran per kecamatan',
  'Kurva S program',
  'Progres fisik dan keuangan per bidang',
  'Paket dengan indikasi kritis',
  'Terlambat, putus kontrak, gagal tender',
  'Sinyal integritas pengadaan dan pelaksanaan',
  'Sumber data dan catatan',
];

/** In a page script: an element's drawn scale, every transform above it multiplied in. */
const SCALE_OF = `const scaleOf = (el) => {
    let scale = 1;
    for (let node = el; node; node = node.parentElement) {
      const m = /^matrix\\(([^,]+),/.exec(getComputedStyle(node).transform);
      if (m) scale *= Number(m[1]);
    }
    return scale;
  };`;

/**
 * The smallest chart text (SVG: Recharts ticks, legends, labels) on the page's slides, as drawn:
 * font size times every scale above it, the stage's included.
 */
const SMALLEST_CHART_TEXT = (root: string) => `(() => {
  ${SCALE_OF}
  let smallest = { px: Infinity, text: '' };
  for (const el of document.querySelectorAll('${root} .deck-slide__body svg text')) {
    const box = el.getBoundingClientRect();
    if (!el.textContent.trim() || box.width === 0) continue;
    const px = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
    if (px < smallest.px) smallest = { px, text: el.textContent.slice(0, 60) };
  }
  return smallest;
})()`;

/**
 * The smallest text of any kind (HTML or SVG) under root as drawn, as SMALLEST_CHART_TEXT measures
 * it: for paper, where every line counts, not only a slide's body.
 */
const SMALLEST_TEXT = (root: string) => `(() => {
  ${SCALE_OF}
  let smallest = { px: Infinity, text: '' };
  for (const el of document.querySelectorAll('${root} *')) {
    if (el.closest('.visually-hidden')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const box = el.getBoundingClientRect();
    if (!own || box.width <= 1 || box.height <= 1) continue;
    const px = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
    if (px < smallest.px) smallest = { px, text: el.textContent.trim().slice(0, 60) };
  }
  return smallest;
})()`;

/**
 * What a slide under root cuts off: content taller than its body (the body hides overflow), and any
 * text drawn past the body's edges (a chart's axis label clipped to "00 %", a row of a fit box).
 * Screen-reader-only text (1 px, clipped) is left out.
 */
const CUT_OFF = (root: string) => `(() => {
  const cut = [];
  for (const slide of document.querySelectorAll('${root} .deck-slide')) {
    const id = slide.getAttribute('data-slide-id');
    const body = slide.querySelector('.deck-slide__body');
    if (body.scrollHeight > body.clientHeight + 1)
      cut.push(id + ': content ' + body.scrollHeight + ' px tall in a ' + body.clientHeight + ' px body');
    const edge = body.getBoundingClientRect();
    for (const el of body.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      const box = el.getBoundingClientRect();
      if (!own || box.width <= 1 || box.height <= 1) continue;
      if (box.left < edge.left - 1 || box.right > edge.right + 1 || box.top < edge.top - 1 || box.bottom > edge.bottom + 1)
        cut.push(id + ': "' + el.textContent.trim().slice(0, 40) + '" is drawn past the body');
    }
  }
  return cut;
})()`;

const cutOff = (page: Page, root: string) => page.evaluate(CUT_OFF(root)) as Promise<string[]>;

/**
 * The footer gains "siap tanpa internet" once the service worker keeps every file, and may take a
 * second line: slides are measured with that footer, the body at its smallest.
 */
async function offlineReady(page: Page): Promise<void> {
  await page
    .locator('[data-testid="data-freshness"][data-offline-ready]')
    .first()
    .waitFor({ timeout: 30_000 });
}

async function deckTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('deck-counter').textContent()) ?? '';
  return Number(text.split('/')[1]);
}

const slideTitle = (page: Page) => page.locator('.deck .deck-slide__title').first().textContent();

/** Steps through every slide with the arrow key and visits each once it shows; returns the count. */
async function eachSlide(page: Page, visit: (n: number, title: string) => Promise<void>): Promise<number> {
  const total = await deckTotal(page);
  for (let n = 1; n <= total; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await page
      .getByTestId('deck-live')
      .filter({ hasText: `Slide ${n} dari ${total}` })
      .waitFor();
    await visit(n, (await slideTitle(page)) ?? '');
  }
  return total;
}

/**
 * Smallest effective size (px on screen) of the slide's body text: the computed size times every
 * scale transform above it (the stage and any fit box). Chart-internal labels are the chart's own.
 */
// A string, not a function: tsx would wrap inner functions in a __name helper the page lacks.
const SMALLEST_BODY_TEXT = `(() => {
  ${SCALE_OF}
  let smallest = { px: Infinity, text: '' };
  const body = document.querySelector('.deck .deck-slide__body');
  for (const el of body ? body.querySelectorAll('p, li, td, th, dd, dt, figcaption') : []) {
    if (el.closest('.recharts-wrapper, .visually-hidden, caption')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const box = el.getBoundingClientRect();
    if (!own || box.width === 0 || box.height === 0) continue;
    const px = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
    if (px < smallest.px) smallest = { px, text: el.textContent.slice(0, 60) };
  }
  return smallest;
})()`;

/**
 * Bars of the slide's bar lists whose length is not proportional to their value: within one list,
 * every bar's on-screen width must be its value times the same pixels-per-unit (±2 px), whatever
 * its label takes beside it. Bars too short to measure (under 4 px, drawn at a 3 px minimum) are
 * left out.
 */
const UNPROPORTIONAL_BARS = `(() => {
  const wrong = [];
  for (const list of document.querySelectorAll('.deck .bar-list')) {
    const bars = [...list.querySelectorAll('.bar-list__bar[data-value]')].map((el) => ({
      value: Number(el.getAttribute('data-value')),
      width: el.getBoundingClientRect().width,
      label: el.closest('tr')?.querySelector('th')?.textContent ?? '',
    }));
    const longest = bars.reduce((a, b) => (b.value > a.value ? b : a), bars[0]);
    if (!longest || longest.value <= 0) continue;
    const perUnit = longest.width / longest.value;
    for (const bar of bars) {
      const expected = bar.value * perUnit;
      if (expected >= 4 && Math.abs(bar.width - expected) > 2)
        wrong.push(bar.label + ': ' + bar.width.toFixed(1) + ' px, expected ' + expected.toFixed(1));
    }
  }
  return wrong;
})()`;

/**
 * Smallest effective size (px on screen) of the slide's body text: the computed size times every
 * scale transform above it (the stage and any fit box). Chart-internal labels are the chart's own.
 */
function smallestBodyText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(SMALLEST_BODY_TEXT) as Promise<{ px: number; text: string }>;
}

describe('/presentasi in Chromium', () => {
  const suite = useBrowser();

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`walks every slide with the keys at ${width}×${height}; the URL follows and the slide fits`, async () => {
      const { page, pageErrors } = await openPage(suite.browser, { viewport: { width, height } });
      await page.goto(`${baseUrl()}/presentasi`);
      await page.getByTestId('deck').waitFor({ timeout: 15_000 });
      await offlineReady(page);
      const total = await deckTotal(page);
      assert.ok(total >= 13, `deck has ${total} slides`);
      const seen: string[] = [];
      for (let n = 1; n <= total; n++) {
        if (n > 1) await page.waitForURL((url) => url.searchParams.get('slide') === String(n));
        await page
          .getByTestId('deck-live')
          .filter({ hasText: `Slide ${n} dari ${total}` })
          .waitFor();
        const title = (await slideTitle(page)) ?? '';
        assert.ok(title.length > 0, `slide ${n} has a title`);
        seen.push(title);
        const frame = await page.locator('.deck .slide-stage__frame').boundingBox();
        assert.ok(
          frame && frame.width <= width + 1 && frame.y + frame.height <= height + 1,
          `slide ${n} fits`,
        );
        assert.ok(Math.abs(frame.width / frame.height - 16 / 9) < 0.01, 'stays 16:9');
        const body = await page.locator('.deck .deck-slide__body').innerText();
        assert.ok(body.trim().length > 0, `slide ${n} (${title}) shows content`);
        // The chart's table stays on the dashboard: no disclosure a hall cannot open.
        assert.doesNotMatch(body, /Tabel data/, `slide ${n} (${title})`);
        assert.deepEqual(await page.evaluate(UNPROPORTIONAL_BARS), [], `slide ${n} (${title}): bar lengths`);
        assert.deepEqual(await cutOff(page, '.deck'), [], `slide ${n} (${title}) shows all of its content`);
        if (width === 1920) {
          const smallest = await smallestBodyText(page);
          assert.ok(
            smallest.px >= 28,
            `slide ${n} (${title}): "${smallest.text}" is ${smallest.px.toFixed(1)} px`,
          );
          // Chart text: 24 px on the screen, after the stage's scale in this window (0.925).
          const chart = (await page.evaluate(SMALLEST_CHART_TEXT('.deck'))) as { px: number; text: string };
          assert.ok(
            chart.px >= 24,
            `slide ${n} (${title}): chart text "${chart.text}" is ${chart.px.toFixed(1)} px`,
          );
        }
        await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
      }
      for (const title of MAIN_TITLES) assert.ok(seen.includes(title), `deck shows "${title}"`);
      assert.ok(seen.some((t) => /Kalimalang/.test(t)) && seen.some((t) => /CBL/.test(t)), 'flagship works');
      await page.keyboard.press('Home');
      await page
        .getByTestId('deck-live')
        .filter({ hasText: `Slide 1 dari ${total}` })
        .waitFor();
      assert.deepEqual(pageErrors, []);
      await page.context().close();
    });
  }

  // The kecamatan section closes the deck: one kecamatan from the map's filter, and all 23 (the
  // longest package names, the most statuses in a legend) on a laptop's 1280×720 as well.
  for (const [query, width, height] of [
    ['kecamatan=tambun-selatan', 1920, 1080],
    ['slide-kecamatan=semua', 1920, 1080],
    ['slide-kecamatan=semua', 1280, 720],
  ] as const) {
    it(`shows every kecamatan slide whole (?${query}, ${width}×${height})`, async () => {
      const { page, pageErrors } = await openPage(suite.browser, { viewport: { width, height } });
      await page.goto(`${baseUrl()}/presentasi?${query}`);
      await page.getByTestId('deck').waitFor({ timeout: 15_000 });
      await offlineReady(page);
      let kecamatan = 0;
      await eachSlide(page, async (n, title) => {
        if (!/^Kecamatan /.test(title)) return;
        kecamatan++;
        assert.deepEqual(await cutOff(page, '.deck'), [], `slide ${n} shows all of its content`);
      });
      assert.ok(kecamatan >= (query.includes('semua') ? 23 : 1), `${kecamatan} kecamatan slides`);
      assert.deepEqual(pageErrors, []);
      await page.context().close();
    });
  }

  it('opens from a filtered map as a deck of those works, named on every slide that fits whole', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 1920, height: 1080 } });
    await page.goto(`${baseUrl()}/?kategori=jalan`);
    // The live page's link carries the map's filters (the page the build drew cannot know them).
    const link = page.getByRole('navigation').getByRole('link', { name: 'Presentasi' });
    await page.waitForFunction(() =>
      document.querySelector('nav a[href^="/presentasi"]')?.getAttribute('href')?.includes('kategori=jalan'),
    );
    await link.click();
    await page.getByTestId('deck').waitFor({ timeout: 15_000 });
    assert.equal(new URL(page.url()).searchParams.get('kategori'), 'jalan');
    const notice = page.getByTestId('deck-filtered');
    assert.match(
      (await notice.textContent()) ?? '',
      /menyajikan \d+ dari \d+ paket, menurut filter tautan: Jalan\./,
    );
    await offlineReady(page);
    const seen: string[] = [];
    const total = await eachSlide(page, async (n, title) => {
      seen.push(title);
      assert.equal(
        await page.locator('.deck [data-testid="slide-filters"]').textContent(),
        'Filter: Jalan',
        title,
      );
      assert.deepEqual(await page.evaluate(UNPROPORTIONAL_BARS), [], `slide ${n} (${title}): bar lengths`);
      assert.deepEqual(await cutOff(page, '.deck'), [], `slide ${n} (${title}) shows all of its content`);
    });
    assert.ok(seen.includes('Peta pekerjaan terpilih menurut status'), 'the map does not claim every work');
    assert.ok(!seen.includes('Peta seluruh pekerjaan menurut status'));
    // The whole programme is one click away, from the first slide.
    await notice.getByRole('link', { name: 'Sajikan seluruh program' }).click();
    await page
      .getByTestId('deck-live')
      .filter({ hasText: /^Slide 1 dari/ })
      .waitFor();
    assert.equal(await page.getByTestId('slide-filters').count(), 0);
    assert.ok((await deckTotal(page)) >= total);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('prints a filtered handout that names its filter, every slide whole, at 9 pt or more', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${baseUrl()}/presentasi?kategori=jalan&cetak=1`);
    await page.getByTestId('handout').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelectorAll('.handout .recharts-surface').length > 0);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByTestId('handout-filters').textContent(), 'Filter: Jalan');
    const items = await page.locator('.handout .deck-slide').count();
    assert.equal(await page.locator('.handout [data-testid="slide-filters"]').count(), items);
    const smallest = (await page.evaluate(SMALLEST_TEXT('.handout'))) as { px: number; text: string };
    assert.ok(smallest.px >= 12, `handout text "${smallest.text}" is ${smallest.px.toFixed(2)} px`);
    assert.deepEqual(await cutOff(page, '.handout'), [], 'every slide prints whole');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('fits the presenter view, both slides whole, in a 1920×1080 window', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 1920, height: 1080 } });
    await page.goto(`${baseUrl()}/presentasi?penyaji=1&slide=17`);
    await page.getByTestId('presenter-view').waitFor({ timeout: 15_000 });
    const size = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    assert.ok(size.width <= 1920 && size.height <= 1080, `the page is ${size.width}×${size.height}`);
    const frames = await page
      .locator('.presenter .slide-stage__frame')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
    assert.equal(frames.length, 2, 'this slide and the next');
    for (const bottom of frames) assert.ok(bottom <= 1080, `a preview ends at ${bottom} px`);
    assert.deepEqual(await cutOff(page, '.presenter'), [], 'both previews show all of their content');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('opens ?slide=N on slide N and shows a 4:3 screen letterboxed', async () => {
    const { page } = await openPage(suite.browser, { viewport: { width: 1024, height: 768 } });
    await page.goto(`${baseUrl()}/presentasi?slide=5`);
    await page
      .getByTestId('deck-live')
      .filter({ hasText: /^Slide 5 dari/ })
      .waitFor({ timeout: 15_000 });
    assert.equal(await slideTitle(page), 'Anggaran per kecamatan');
    const frame = await page.locator('.deck .slide-stage__frame').boundingBox();
    assert.ok(frame && Math.abs(frame.width - 1024) < 2, 'the slide takes the full width of a 4:3 screen');
    await page.context().close();
  });

  it('prints a complete A4 handout, every line at 9 pt or more', async () => {
    // An A4 page's width at 96 dpi: the handout is laid out at its print size on screen too.
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${baseUrl()}/presentasi?cetak=1`);
    await page.getByTestId('handout').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelectorAll('.handout .recharts-surface').length > 0);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.handout__toolbar').isVisible(), false, 'no buttons on paper');
    const titles = await page.locator('.handout .deck-slide__title').allInnerTexts();
    for (const title of MAIN_TITLES) assert.ok(titles.includes(title), `handout has "${title}"`);
    assert.ok(titles.some((t) => /Kalimalang/.test(t)));
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // 9 pt (12 px) at least on paper: slide text, chart ticks and legends, provenance and notes.
    const smallest = (await page.evaluate(SMALLEST_TEXT('.handout'))) as { px: number; text: string };
    assert.ok(smallest.px >= 12, `handout text "${smallest.text}" is ${smallest.px.toFixed(2)} px`);
    assert.deepEqual(await cutOff(page, '.handout'), [], 'every slide prints whole');
    // Two slides to a page, none split across pages.
    assert.equal(pages, Math.ceil(titles.length / 2), `${pages} pages for ${titles.length} slides`);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('prints every kecamatan slide whole in the handout', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${baseUrl()}/presentasi?cetak=1&slide-kecamatan=semua`);
    await page.getByTestId('handout').waitFor({ timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.handout .deck-slide[data-slide-id^="kecamatan-"]').count(), 23);
    const smallest = (await page.evaluate(SMALLEST_TEXT('.handout'))) as { px: number; text: string };
    assert.ok(smallest.px >= 12, `handout text "${smallest.text}" is ${smallest.px.toFixed(2)} px`);
    assert.deepEqual(await cutOff(page, '.handout'), []);
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});

describe('/presentasi without a network after the first load', () => {
  const suite = useBrowserAndServer();

  it('keeps presenting from the service worker and says when the data was refreshed', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${suite.server.url}/presentasi`);
    await page.getByTestId('deck').waitFor({ timeout: 15_000 });
    // The worker installs after load and precaches the shell, every chunk and the data.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await page.waitForFunction(async () =>
      (await caches.keys()).some((k) => k.startsWith('pantaubangun-shell-')),
    );
    // The deck says when every file its slides read is kept: only then is the Wi-Fi put to the test.
    await page.locator('[data-testid="data-freshness"][data-offline-ready]').waitFor({ timeout: 30_000 });
    assert.match((await page.getByTestId('data-freshness').textContent()) ?? '', /siap tanpa internet/);
    // Online, the deck shows the data's own date only: when it was fetched is no date of the data's.
    assert.equal(await page.getByTestId('data-freshness').locator('time').count(), 0);
    const onlineAt = Date.now();

    // The hall's Wi-Fi dies: the browser is offline and the server drops every connection.
    suite.server.setOverride((_req, res) => {
      res.socket?.destroy();
      return true;
    });
    await page.context().setOffline(true);
    await page.goto(`${suite.server.url}/presentasi?slide=12`);
    await page
      .getByTestId('deck-live')
      .filter({ hasText: /^Slide 12 dari/ })
      .waitFor({ timeout: 15_000 });
    // The first flagship slide (after two pages of kritis packages, the other problems and the
    // signals): its chart chunk also comes from the cache.
    await page.locator('.deck .recharts-surface').first().waitFor();
    // As a person sees it: the offline notice once the deck shows, however the page learnt it.
    const freshness = page.getByTestId('data-freshness');
    await freshness.filter({ hasText: /LURING: salinan tersimpan, diambil / }).waitFor();
    const offlineStamp = await freshness.locator('time').getAttribute('datetime');
    assert.ok(offlineStamp && Date.parse(offlineStamp) <= onlineAt, 'the stamp is when the copy was fetched');
    await page.keyboard.press('End');
    await page
      .getByTestId('deck-live')
      .filter({ hasText: /Sumber data dan catatan/ })
      .waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });
});
