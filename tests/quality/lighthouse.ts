/**
 * Lighthouse 12 (mobile defaults: simulated slow 4G and a 4x slower CPU) on the built app, served by
 * the same static server as the end-to-end tests (precompressed twins, caching headers: what a
 * visitor of a real host gets).
 *
 * Scores on a shared machine drift from one hour to the next, so every page is measured beside a
 * floor page (tests/quality/floor: React, Leaflet and TanStack Query drawing the 23 kecamatan, built
 * into .floor-dist/ and served at /__floor/), interleaved floor, page, floor, page, ... so drift hits
 * both; the table gives each page's medians and their distance from the floor's. `--enforce` fails
 * when an app page or a chart embed is further from the floor than limits.ts allows.
 *
 * `--enforce-a11y` fails on accessibility below 100 (the one score that does not depend on the
 * machine). `--a11y-only` measures accessibility alone, once per page and without the floor: the
 * quick form the test command runs with `--enforce-a11y`.
 *
 * `--applied` throttles the real load (Lighthouse's "devtools" method: the network and CPU slowed
 * while the page loads) instead of simulating it from an unthrottled trace. The default simulation
 * counts every request made before the first paint, the modulepreloads of a page included,
 * even when the paint is text in the HTML that needs none of them; applied throttling shows what a
 * slowed browser paints and when (README, "Measured figures").
 *
 * Performance is measured over HTTPS with HTTP/2, as deployed hosts serve the app (a throwaway
 * certificate the browser is told to accept). `--http1` serves plain HTTP/1.1 instead: there a
 * page's files queue on six connections, and the simulation counts that queue into LCP
 * (README, "Measured figures": 2.2× the floor's LCP on `/` over HTTP/1.1, 1.2× over HTTP/2, in
 * back-to-back runs).
 *
 *   npm run lighthouse [-- --runs 1] [-- --enforce] [-- --enforce-a11y] [-- --a11y-only]
 *     [-- --only /,/statistik]  (page labels as in the table)  [-- --applied]  [-- --http1]
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { DIST_DIR, firstProjectId } from '../e2e/support/env';
import { serveFolder, startStaticServer } from '../e2e/support/static-server';
import { buildFloor, FLOOR_DIR, FLOOR_MOUNT } from './floor/build-floor';
import { comparisonTable, median, medianRun } from './floor/compare';
import { limitFailures, type LimitKind } from './floor/limits';
import { auditWithRetry, type Scores } from './lighthouse-audit';
import { selfSignedCertificate } from './self-signed';

const args = process.argv.slice(2);
const ENFORCE = args.includes('--enforce');
const ENFORCE_A11Y = args.includes('--enforce-a11y');
const A11Y_ONLY = args.includes('--a11y-only');
const RUNS = Number(args[args.indexOf('--runs') + 1]) || (A11Y_ONLY ? 1 : 3);
const THROTTLING = args.includes('--applied') ? 'devtools' : 'simulate';
// The accessibility gate in `npm test` needs no certificate: it stays on plain HTTP/1.1.
const HTTP2 = !A11Y_ONLY && !args.includes('--http1');
const CATEGORIES = A11Y_ONLY ? ['accessibility'] : ['performance', 'accessibility', 'best-practices'];

/** The built file behind one of our URL paths: the floor's under its mount, the app's elsewhere. */
function builtFile(pathname: string): string | undefined {
  const [root, path] = pathname.startsWith(FLOOR_MOUNT)
    ? [FLOOR_DIR, pathname.slice(FLOOR_MOUNT.length)]
    : [DIST_DIR, pathname.slice(1)];
  return path.includes('..') ? undefined : join(root, decodeURIComponent(path));
}

interface PageCase {
  label: string;
  path: string;
  /** Limits checked by --enforce; pages without are measured only. */
  limit?: LimitKind;
}

function appPages(): PageCase[] {
  return [
    { label: '/', path: '/', limit: 'page' },
    { label: '/statistik', path: '/statistik', limit: 'page' },
    { label: '/proyek/:id', path: `/proyek/${encodeURIComponent(firstProjectId())}`, limit: 'page' },
    { label: '/data', path: '/data', limit: 'page' },
    { label: '/embed/anggaran-kecamatan', path: '/embed/anggaran-kecamatan', limit: 'chart-embed' },
    { label: '/embed/kurva-s-program', path: '/embed/kurva-s-program', limit: 'chart-embed' },
    { label: '/embed/peta', path: '/embed/peta' },
    { label: '/presentasi', path: '/presentasi' },
  ];
}

/** The accessibility gate's pages: unchanged, so `npm test` stays as quick as it was. */
function a11yPages(): PageCase[] {
  const pages = appPages();
  return ['/', '/statistik', '/proyek/:id', '/embed/anggaran-kecamatan', '/presentasi'].map((label) =>
    pages.find((page) => page.label === label)!,
  );
}

/** Every page RUNS times; with the floor, each page's run right after a floor run. */
async function measure(baseUrl: string, port: number, pages: PageCase[], withFloor: boolean) {
  const options = { port, categories: CATEGORIES, fileFor: builtFile, throttling: THROTTLING } as const;
  const byPage = new Map<PageCase, Scores[]>(pages.map((page) => [page, []]));
  const floor: Scores[] = [];
  for (let run = 1; run <= RUNS; run++) {
    for (const page of pages) {
      if (withFloor) floor.push(await auditWithRetry(`${baseUrl}${FLOOR_MOUNT}`, options));
      byPage.get(page)!.push(await auditWithRetry(`${baseUrl}${page.path}`, options));
      console.error(`  run ${run}/${RUNS}: ${withFloor ? 'floor, ' : ''}${page.label}`);
    }
  }
  return { byPage, floor };
}

function a11yFailuresOf(label: string, runs: Scores[]): string | undefined {
  const a11y = median(runs.map((run) => run.accessibility));
  if (a11y >= 100) return undefined;
  const failed = [...new Set(runs.flatMap((run) => run.failedA11y))];
  return `${label}: accessibility ${a11y}\n    ${failed.join('\n    ')}`;
}

async function main(): Promise<number> {
  if (!existsSync(`${DIST_DIR}/index.html`)) {
    console.error('dist/ is missing: `npm run lighthouse` builds first.');
    return 1;
  }
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : undefined;
  const pages = (A11Y_ONLY ? a11yPages() : appPages()).filter((page) => !only || only.includes(page.label));
  if (!A11Y_ONLY) {
    console.error(`building the floor page into ${FLOOR_DIR}/`);
    await buildFloor();
  }
  const server = await startStaticServer(DIST_DIR, 0, HTTP2 ? selfSignedCertificate() : undefined);
  if (!A11Y_ONLY) server.setOverride(serveFolder(FLOOR_DIR, FLOOR_MOUNT));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: HTTP2 ? [...CHROMIUM_ARGS, '--ignore-certificate-errors'] : CHROMIUM_ARGS,
  });
  // Interrupted runs must not leave a headless Chromium behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      chrome.kill();
      process.exit(130);
    });
  }
  let measured: Awaited<ReturnType<typeof measure>>;
  try {
    measured = await measure(server.url, chrome.port, pages, !A11Y_ONLY);
  } finally {
    chrome.kill();
    await server.close();
  }
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(
    `\nLighthouse 12.2.3, mobile defaults (throttling ${THROTTLING === 'devtools' ? 'applied' : 'simulated'}), median of ${RUNS}; ${new Date().toISOString().slice(0, 10)}, ` +
      `${os.cpus().length} cores (${cpu}), Node ${process.versions.node.split('.')[0]}, Chromium headless, ` +
      `load average ${os.loadavg()[0]!.toFixed(1)}; served as a static host serves it ` +
      `(precompressed br/gzip twins, else gzip) over ${HTTP2 ? 'HTTPS, HTTP/2' : 'HTTP/1.1'}\n`,
  );
  const a11yFailures = [...measured.byPage].flatMap(([page, runs]) => a11yFailuresOf(page.label, runs) ?? []);
  let limitsBroken = false;
  if (A11Y_ONLY) {
    console.log('| Page | Accessibility |\n|---|---:|');
    for (const [page, runs] of measured.byPage) {
      console.log(`| ${page.path} | ${median(runs.map((run) => run.accessibility))} |`);
    }
  } else {
    const floor = medianRun(measured.floor);
    const rows = [...measured.byPage].map(([page, runs]) => ({ page, run: medianRun(runs) }));
    console.log(
      comparisonTable(
        [
          { label: `floor (${FLOOR_MOUNT}, ${measured.floor.length} runs)`, run: floor },
          ...rows.map(({ page, run }) => ({ label: page.label, run })),
        ],
        floor,
      ),
    );
    const broken = rows.flatMap(({ page, run }) =>
      page.limit ? limitFailures(page.limit, run, floor).map((failure) => `${page.label}: ${failure}`) : [],
    );
    if (broken.length > 0) {
      console.error(`\nAgainst the floor page:\n  ${broken.join('\n  ')}`);
      limitsBroken = ENFORCE;
    }
  }
  if (a11yFailures.length > 0) {
    console.error(`\nAccessibility below 100:\n  ${a11yFailures.join('\n  ')}`);
    if (ENFORCE_A11Y) return 1;
  }
  return limitsBroken ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
