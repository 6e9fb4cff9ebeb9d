/**
 * The first visit of `/` at 10,000 published projects, one or two builds side by side, in Chromium
 * driven over the bare DevTools protocol: Target, Page and Runtime, nothing else. Playwright (the
 * bench, the e2e tests) switches DevTools' Network domain on for every page, and that domain keeps
 * each response's body for the inspector on the page's main thread: reading index.json's 4.5 MB
 * then costs about twice the main-thread time it costs a reader. A change to how the data is read
 * is judged here, as readers get it; everything else, by `npm run bench`.
 *
 *   npx tsx tests/bench/plain-load.ts <dist> [<other dist>] [--rounds N]
 *
 * Prints each load (count shown, longest task before it) and the medians per build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { startBenchServer } from './bench-server';
import { connectOverPipe } from './cdp-pipe';
import { installReadyProbe, longTasksBefore, observeLongTasks } from './page-probes';
import { median } from './stats';

const COUNT = 10_000;

/**
 * A function of page-probes.ts as page source. tsx names functions through a `__name` helper
 * (Playwright's init scripts bring their own); a page reached over the bare protocol lacks it.
 */
const inPage = (probe: (...args: never[]) => unknown, ...args: unknown[]) =>
  `var __name = (fn) => fn; (${probe.toString()})(${args.map((arg) => JSON.stringify(arg)).join(', ')});`;

/** Installed before the page's own scripts: the bench's own probes, its long tasks and the count. */
const PROBE = [inPage(observeLongTasks), inPage(installReadyProbe, COUNT)].join('\n');

/** When the full count showed, and the longest task before it; null until it shows. */
const READ_PROBE = `var __name = (fn) => fn; JSON.stringify(window.__bench && window.__bench.listReady > 0
  ? { shown: __bench.listReady, longest: Math.max(0, ...(${longTasksBefore.toString()})(__bench.listReady).map((t) => t.duration)) }
  : null)`;

interface Load {
  shown: number;
  longest: number;
}

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 5;
const dists = args.length ? args : ['dist'];

const work = mkdtempSync(join(tmpdir(), 'plain-load-'));
const folder = join(work, 'published');
const generated = spawnSync(
  process.execPath,
  [
    '--max-old-space-size=8000',
    '--import',
    'tsx',
    'tests/bench/publish-generated.ts',
    'published',
    String(COUNT),
    '7',
    folder,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (generated.status !== 0) throw new Error('could not generate the published folder');

const userData = join(work, 'profile');
const chromium = spawn(
  process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${userData}`, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
);
const cdp = connectOverPipe(chromium);

async function loadOnce(dist: string): Promise<Load> {
  const server = await startBenchServer(dist, join(work, `dist-${Date.now()}`));
  server.serve({ kind: 'published', folder });
  // A fresh profile context each time: no HTTP cache, no service worker from the previous load.
  const { browserContextId } = await cdp.send('Target.createBrowserContext');
  try {
    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    await cdp.send('Page.enable', {}, sessionId);
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE }, sessionId);
    await cdp.send('Page.navigate', { url: `${server.url}/` }, sessionId);
    for (let waited = 0; waited < 120_000; waited += 100) {
      await new Promise((done) => setTimeout(done, 100));
      const read = await cdp.send(
        'Runtime.evaluate',
        { expression: READ_PROBE, returnByValue: true },
        sessionId,
      );
      const load = JSON.parse(read.result.value as string) as Load | null;
      if (load) return load;
    }
    throw new Error(`${dist}: the count of ${COUNT} did not show within 2 minutes`);
  } finally {
    await cdp.send('Target.disposeBrowserContext', { browserContextId });
    await server.close();
  }
}

const loads = new Map<string, Load[]>(dists.map((dist) => [dist, []]));
try {
  // Builds alternate, so a machine that slows down mid-run slows both alike.
  for (let round = 1; round <= rounds; round++)
    for (const dist of dists) {
      const load = await loadOnce(dist);
      loads.get(dist)!.push(load);
      console.log(
        `${dist} load ${round}: count at ${Math.round(load.shown)} ms, longest task ${Math.round(load.longest)} ms`,
      );
    }
  for (const [dist, runs] of loads)
    console.log(
      `${dist}: median of ${runs.length}: count at ${Math.round(median(runs.map((r) => r.shown)))} ms, ` +
        `longest task ${Math.round(median(runs.map((r) => r.longest)))} ms`,
    );
} finally {
  cdp.close();
  chromium.kill();
  rmSync(work, { recursive: true, force: true });
}
