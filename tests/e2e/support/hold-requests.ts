import type { Page } from 'playwright-core';

/**
 * Holds the page's requests to matching URLs until `release()`, as a slow network would. On the
 * browser context, so that requests made by the page's workers (the data) are held too.
 */
export async function holdRequests(
  page: Page,
  match: RegExp | ((url: URL) => boolean),
): Promise<{ release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.context().route(
    (url) => (match instanceof RegExp ? match.test(url.href) : match(url)),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  return { release };
}
