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

/** The smallest chart text (SVG) on the page's slides, as drawn: font size times every scale. */
const SMALLEST_CHART_TEXT = (root: string) => `(() => {
  const scaleOf = (el) => {
    let scale = 1;
    for (let node = el; node; node = node.parentElement) {
      const m = /^matrix\\(([^,]+),/.exec(getComputedStyle(node).transform);
      if (m) scale *= Number(m[1]);
    }
    return scale;
  };
  let smallest = { px: Infinity, text: '' };
  for (const el of document.querySelectorAll('${root} .deck-slide__body svg text')) {
    const box = el.getBoundingClientRect();
    if (!el.textContent.trim() || box.width === 0) continue;
    const px = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
    if (px < smallest.px) smallest = { px, text: el.textContent.slice(0, 60) };
  }
  return smallest;
})()`;

async function deckTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('deck-counter').textContent()) ?? '';
  return Number(text.split('/')[1]);
}

const slideTitle = (page: Page) => page.locator('.deck .deck-slide__title').first().textContent();

/**
 * Smallest effective size (px on screen) of the slide's body text: the computed size times every
 * scale transform above it (the stage and any fit box). Chart-internal labels are the chart's own.
 */
// A string, not a function: tsx would wrap inner functions in a __name helper the page lacks.
const SMALLEST_BODY_TEXT = `(() => {
  const scaleOf = (el) => {
    let scale = 1;
    for (let node = el; node; node = node.parentElement) {
      const m = /^matrix\\(([^,]+),/.exec(getComputedStyle(node).transform);
      if (m) scale *= Number(m[1]);
    }
    return scale;
  };
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
        assert.deepEqual(await page.evaluate(UNPROPORTIONAL_BARS), [], `slide ${n} (${title}): bar lengths`);
        if (width === 1920) {
          const smallest = await smallestBodyText(page);
          assert.ok(
            smallest.px >= 28,
            `slide ${n} (${title}): "${smallest.text}" is ${smallest.px.toFixed(1)} px`,
          );
          // Chart text: 24 stage px, drawn at the stage's scale in this window (0.925).
          const chart = (await page.evaluate(SMALLEST_CHART_TEXT('.deck'))) as { px: number; text: string };
          assert.ok(
            chart.px >= 22,
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

  it('prints a complete A4 handout', async () => {
    const { page, pageErrors } = await openPage(suite.browser, { viewport: { width: 1280, height: 900 } });
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
    // 9 pt (12 px) at least on paper, chart text too.
    const chart = (await page.evaluate(SMALLEST_CHART_TEXT('.handout'))) as { px: number; text: string };
    assert.ok(chart.px >= 11.95, `handout chart text "${chart.text}" is ${chart.px.toFixed(1)} px`);
    // Two slides to a page, none split across pages.
    assert.equal(pages, Math.ceil(titles.length / 2), `${pages} pages for ${titles.length} slides`);
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
