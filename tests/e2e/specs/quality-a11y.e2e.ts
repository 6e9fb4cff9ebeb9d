import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { baseUrl } from '../support/env';
import { useBrowser } from '../support/suite';
import { appRoutes, prepareContext, waitForSettled } from '../../quality/e2e/harness';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per offending element, so a failure says what to fix without opening a report. */
function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `  - [${v.impact ?? '?'}] ${v.id}: ${v.help}\n      at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
      ),
    )
    .join('\n');
}

async function openRoute(browser: Browser, path: string, options = {}): Promise<Page> {
  const { page } = await openPage(browser, options);
  await prepareContext(page.context());
  await page.goto(`${baseUrl()}${path}`);
  await waitForSettled(page);
  return page;
}

describe('accessibility of every route (axe-core, WCAG 2.2 A/AA)', () => {
  const suite = useBrowser();

  for (const route of appRoutes()) {
    it(`${route.name} (${route.path}) has no violations`, async () => {
      const page = await openRoute(suite.browser, route.path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      await page.context().close();
      assert.equal(
        results.violations.length,
        0,
        `${route.path}: ${results.violations.length} axe violation(s):\n${describeViolations(results.violations)}`,
      );
    });
  }

  it('shows where keyboard focus is (first link reached by Tab has a visible outline)', async () => {
    const page = await openRoute(suite.browser, '/');
    const seen: string[] = [];
    // The first few Tab stops: the skip link, the brand, the navigation.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          tag: el.tagName.toLowerCase(),
          text: (el.textContent ?? '').trim().slice(0, 40),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          outlineVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          ringVisible: style.boxShadow !== 'none',
          onScreen: rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.top < innerHeight,
        };
      });
      assert.ok(focus, `Tab ${i + 1} focused nothing`);
      seen.push(`${focus.tag} "${focus.text}" outline=${focus.outline}`);
      assert.ok(focus.outlineVisible || focus.ringVisible, `focus not visible on ${seen.at(-1)}`);
      assert.ok(focus.onScreen, `focused element is off screen: ${seen.at(-1)}`);
      if (i === 0) assert.equal(focus.tag, 'a', `the first Tab stop should be a link, got ${seen[0]}`);
    }
    await page.context().close();
  });

  it('respects prefers-reduced-motion (no animation or transition longer than 10 ms)', async () => {
    for (const path of ['/', '/statistik', '/presentasi']) {
      const page = await openRoute(suite.browser, path, { reducedMotion: 'reduce' });
      const moving = await page.evaluate(() => {
        const seconds = (list: string) =>
          Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
        const found: string[] = [];
        for (const el of [document.documentElement, ...document.querySelectorAll('body *')]) {
          const style = getComputedStyle(el);
          const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.01;
          const transitioned =
            style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.01;
          if (animated || transitioned)
            found.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)}`);
        }
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
          found.push('html scroll-behavior: smooth');
        return found.slice(0, 10);
      });
      await page.context().close();
      assert.deepEqual(moving, [], `${path} still moves under reduced motion`);
    }
  });
});
