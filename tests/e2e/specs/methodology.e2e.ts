import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { SIGNAL_RULE_TEXT } from '../../../src/components/labels/signal-labels';
import { SIGNALS } from '../../../src/domain/integrity/signals';
import { openPage } from '../support/browser';
import { baseUrl } from '../support/env';
import { useBrowser } from '../support/suite';
import { notePrerenderedPage, prepareContext, waitForLive, waitForSettled } from '../../quality/e2e/harness';

/** The methodology page in Chromium on the built app, on a 360 px phone screen. */
const PHONE = { viewport: { width: 360, height: 740 } };
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function open(browser: Browser, path: string) {
  const watched = await openPage(browser, PHONE);
  await prepareContext(watched.page.context());
  await notePrerenderedPage(watched.page);
  await watched.page.goto(`${baseUrl()}${path}`);
  await waitForSettled(watched.page);
  // The tests hold elements across steps: the ones of the page the build drew would detach.
  await waitForLive(watched.page);
  return watched;
}

/** Where a heading sits in the window: in view when its top is on screen. */
const headingTop = (page: Page, id: string) =>
  page.evaluate((target) => document.getElementById(target)!.getBoundingClientRect().top, id);

const inView = async (page: Page, id: string) => {
  const top = await headingTop(page, id);
  const height = await page.evaluate(() => window.innerHeight);
  return top >= 0 && top < height / 2;
};

describe('/metodologi', () => {
  const suite = useBrowser();

  it('is whole in its HTML before any script: every section, its id and its rule', async () => {
    const html = await (await fetch(`${baseUrl()}/metodologi`)).text();
    for (const slug of SIGNALS) {
      assert.ok(html.includes(`id="${slug}"`), `the HTML has #${slug}`);
      const rule = SIGNAL_RULE_TEXT.id[slug].replace(/"/g, '&quot;');
      assert.ok(html.includes(rule), `the HTML has the rule of ${slug}`);
    }
    assert.ok(html.includes('id="kritis"'));
    assert.match(html, /<title>Metodologi · PantauBangun<\/title>/);
  });

  it('opens /metodologi#nilai-kembar at 360 px on that section, without sideways scrolling or axe violations', async () => {
    const { page, pageErrors } = await open(suite.browser, '/metodologi#nilai-kembar');
    await page.waitForFunction(() => {
      const top = document.getElementById('nilai-kembar')!.getBoundingClientRect().top;
      return top >= 0 && top < innerHeight / 2;
    });
    assert.ok(await inView(page, 'nilai-kembar'), 'the section is in view');
    assert.ok((await page.evaluate(() => window.scrollY)) > 0, 'the page scrolled down to it');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px too wide)`);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`)
        .slice(0, 5),
    );
    assert.deepEqual(wide, [], 'nothing in the page reaches past the screen');

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const found = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
    assert.deepEqual(found, [], 'no axe violations');
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('moves to a section from its contents, and Back returns to where the reader was', async () => {
    const { page, pageErrors } = await open(suite.browser, '/metodologi');
    const link = page
      .getByRole('navigation', { name: 'Daftar isi' })
      .getByRole('link', { name: 'Indikasi kritis' });
    // On a phone the contents may sit below the fold: the reader scrolls to them first.
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await link.click();
    await page.waitForURL(/#kritis$/);
    await page.waitForFunction(
      () => document.getElementById('kritis')!.getBoundingClientRect().top < innerHeight / 2,
    );
    assert.ok(await inView(page, 'kritis'), 'the kritis section is in view');
    const atSection = await page.evaluate(() => window.scrollY);
    assert.ok(atSection - before > 500, `the view moved down (${before} → ${atSection} px)`);
    await page.goBack();
    await page.waitForURL(/\/metodologi$/);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 50, before, { timeout: 10_000 });
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  it('reaches the first source link with Tab, focus visible and on screen', async () => {
    const { page } = await open(suite.browser, '/metodologi');
    const firstSource = await page.locator('.methodology__sources a').first().getAttribute('href');
    let reached: { href: string | null; visible: boolean; onScreen: boolean } | undefined;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((href) => {
        const el = document.activeElement as HTMLAnchorElement | null;
        if (!el || el.getAttribute('href') !== href) return undefined;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href'),
          visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
          onScreen: rect.top >= 0 && rect.bottom <= innerHeight,
        };
      }, firstSource);
    }
    assert.ok(reached, `Tab reaches the first source link (${firstSource}) within 40 presses`);
    assert.ok(reached.visible, 'its focus is visible');
    assert.ok(reached.onScreen, 'it is scrolled into view');
    await page.context().close();
  });
});
