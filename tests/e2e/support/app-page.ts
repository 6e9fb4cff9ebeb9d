import type { Page } from 'playwright-core';

/**
 * The machine-readable project count the map page shows (its <data value>), once it is there.
 * Without a timeout, Playwright's default applies.
 */
export async function projectCountValue(page: Page, timeout?: number): Promise<string | null> {
  const count = page.getByTestId('project-count').locator('data').first();
  await count.waitFor(timeout === undefined ? undefined : { timeout });
  return count.getAttribute('value');
}

/**
 * In-app navigation, as a link or the back button does: the router follows popstate, so the
 * package already loaded stays in memory. The caller waits for what the new page should show.
 */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate(async (next) => {
    history.pushState(null, '', next);
    dispatchEvent(new PopStateEvent('popstate'));
    // Two frames: React has committed the navigation (the new page, or main[aria-busy] while the
    // page's code loads), so a check for "settled" that follows cannot see the old page as done.
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  }, path);
}
