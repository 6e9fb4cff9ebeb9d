import type { Page } from 'playwright-core';

/**
 * Playwright bounds its waits, but not page.evaluate(): a page that never answers (a script in an
 * endless loop, a frame that never comes) would hold a spec, and CI, until the CI's own limit kills
 * it without a word. These helpers turn such a hang into a failure that says where the page was.
 */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

/** `work`, or a DeadlineExceeded naming `what` once `ms` have passed without its answer. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new DeadlineExceeded(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The part of CDP's Debugger.paused event the report reads. */
interface PausedEvent {
  callFrames: {
    functionName: string;
    location: { scriptId: string; lineNumber: number; columnNumber?: number };
  }[];
}

/**
 * Readies a report of what the page's main thread is doing when it stops answering: the script's
 * stack if one is running (an endless loop shows where), or a note that it is idle. The debugger is
 * enabled now, while the page answers: a page already spinning would never process the request.
 */
export async function armHangReport(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  // A paused frame names its script by id alone.
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
  await cdp.send('Debugger.enable');
  return async () => {
    try {
      const paused = new Promise<PausedEvent>((done) => cdp.once('Debugger.paused', done));
      await within(10_000, 'pausing the script', cdp.send('Debugger.pause'));
      const { callFrames } = await within(10_000, 'pausing the script', paused);
      await cdp.send('Debugger.resume').catch(() => undefined);
      return callFrames
        .slice(0, 12)
        .map(
          ({ functionName, location: { scriptId, lineNumber, columnNumber } }) =>
            `  at ${functionName || '(anonymous)'} ${scripts.get(scriptId) ?? scriptId}:${lineNumber + 1}:${(columnNumber ?? 0) + 1}`,
        )
        .join('\n');
    } catch (error) {
      return error instanceof DeadlineExceeded
        ? '  no script is running (the page is idle, or its renderer does not answer)'
        : `  the page could not be inspected: ${String(error)}`;
    }
  };
}
