import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { DIST_DIR } from './env';
import { startStaticServer, type StaticServer } from './static-server';

/** What a describe block shares; read only inside its hooks and tests (it is empty before them). */
export interface BrowserSuite {
  readonly browser: Browser;
}

export interface ServedSuite extends BrowserSuite {
  /** A private server over the build, so a test can override routes without touching other specs. */
  readonly server: StaticServer;
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is used before the suite's before() hook ran`);
  return value;
}

/**
 * One Chromium for the enclosing describe block, launched before its tests and closed after them.
 * Call it at the top of the block: hooks the block adds afterwards run after the launch.
 */
export function useBrowser(): BrowserSuite {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return ready(browser, 'the browser');
    },
  };
}

/** useBrowser() plus a private static server over the build, closed after the browser. */
export function useBrowserAndServer(): ServedSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  before(async () => {
    browser = await launchBrowser();
    server = await startStaticServer(DIST_DIR);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return ready(browser, 'the browser');
    },
    get server() {
      return ready(server, 'the server');
    },
  };
}
