/**
 * Lighthouse 12 (mobile defaults: simulated slow 4G and a 4x slower CPU) on the built app, served
 * by the same plain static server as the end-to-end tests. Each page three times; prints the median
 * as a markdown table for the README. `--enforce-a11y` fails on accessibility below 100 (the one
 * score that does not depend on the machine); performance is reported, never enforced, because it
 * is noisy on shared machines.
 *
 * `--a11y-only` measures accessibility alone, once per page (it does not vary between runs): the
 * quick form the test command runs with `--enforce-a11y`.
 *
 *   npm run lighthouse [-- --enforce-a11y] [-- --a11y-only] [-- --runs 1]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { DIST_DIR } from '../e2e/support/env';
import { startStaticServer, type Override } from '../e2e/support/static-server';

const args = process.argv.slice(2);
const ENFORCE_A11Y = args.includes('--enforce-a11y');
const A11Y_ONLY = args.includes('--a11y-only');
const RUNS = Number(args[args.indexOf('--runs') + 1]) || (A11Y_ONLY ? 1 : 3);
const CATEGORIES = A11Y_ONLY ? ['accessibility'] : ['performance', 'accessibility', 'best-practices'];

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  failedA11y: string[];
}

function firstProjectId(): string {
  const pkg = JSON.parse(readFileSync(`${DIST_DIR}/data/paket-sdabmbk-2023.json`, 'utf8')) as {
    projects: { id: string }[];
  };
  return pkg.projects[0]!.id;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function audit(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failedA11y = (categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
    .map((ref) => `${ref.id}: ${audits[ref.id]?.title ?? ''}`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    failedA11y,
  };
}

/**
 * Lighthouse gives a main document 1 s to hand over its body; on a loaded machine that times out
 * ("PROTOCOL_TIMEOUT") and the run is void, so it is repeated rather than reported as a score.
 */
async function auditWithRetry(url: string, port: number, attempts = 3): Promise<Scores> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, port);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`  retrying ${url}: ${(error as Error).message.slice(0, 120)}`);
    }
  }
}

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Gzip, as any real deployment does (nginx `gzip on`, every static host): without it the 3 MB
 * sample package alone would take most of the simulated slow-4G budget and the scores would
 * describe the test server, not the app.
 */
function gzipStatic(root: string): Override {
  const cache = new Map<string, Buffer>();
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const type = COMPRESSIBLE[extname(path)];
    const file = normalize(join(root, path));
    if (
      !type ||
      !/\bgzip\b/.test(String(req.headers['accept-encoding'])) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    )
      return false;
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file)));
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.end(cache.get(file));
    return true;
  };
}

async function main(): Promise<number> {
  if (!existsSync(`${DIST_DIR}/index.html`)) {
    console.error('dist/ is missing: `npm run lighthouse` builds first.');
    return 1;
  }
  const server = await startStaticServer(DIST_DIR);
  server.setOverride(gzipStatic(DIST_DIR));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
  // Interrupted runs must not leave a headless Chromium behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      chrome.kill();
      process.exit(130);
    });
  }
  const pages = [
    '/',
    '/statistik',
    `/proyek/${encodeURIComponent(firstProjectId())}`,
    '/embed/anggaran-kecamatan',
    '/presentasi',
  ];
  const rows: string[] = [];
  const a11yFailures: string[] = [];
  try {
    for (const path of pages) {
      const runs: Scores[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await auditWithRetry(`${server.url}${path}`, chrome.port));
      const m = (pick: (s: Scores) => number) => median(runs.map(pick));
      const a11y = m((s) => s.accessibility);
      rows.push(
        A11Y_ONLY
          ? `| ${path} | ${a11y} |`
          : `| ${path} | ${m((s) => s.performance)} | ${a11y} | ${m((s) => s.bestPractices)} | ${(m((s) => s.lcpMs) / 1000).toFixed(1)} s | ${Math.round(m((s) => s.tbtMs))} ms |`,
      );
      console.error(`  measured ${path} (${RUNS} runs)`);
      if (a11y < 100) {
        const failed = [...new Set(runs.flatMap((s) => s.failedA11y))];
        a11yFailures.push(`${path}: accessibility ${a11y}\n    ${failed.join('\n    ')}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(
    `\nLighthouse 12.2.3, mobile defaults, median of ${RUNS}; ${new Date().toISOString().slice(0, 10)}, ` +
      `${os.cpus().length} cores (${cpu}), Node ${process.versions.node.split('.')[0]}, Chromium headless, ` +
      `load average ${os.loadavg()[0]!.toFixed(1)}, served with gzip\n`,
  );
  console.log(
    A11Y_ONLY
      ? '| Page | Accessibility |\n|---|---:|'
      : '| Page | Performance | Accessibility | Best practices | LCP | TBT |\n|---|---:|---:|---:|---:|---:|',
  );
  for (const row of rows) console.log(row);
  if (a11yFailures.length > 0) {
    console.error(`\nAccessibility below 100:\n  ${a11yFailures.join('\n  ')}`);
    if (ENFORCE_A11Y) return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
