/**
 * Shared helpers of the quality specs (tests/e2e/specs/quality-*.e2e.ts): the routes to cover, the
 * sample ids, an offline network (tiles answered locally, nothing else leaves the machine), and
 * "the page has settled" for an app whose pages fill in as their data arrives.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST_DIR, readBuiltJson, SAMPLE_DATA_PATH } from '../../e2e/support/env';
import type { Override } from '../../e2e/support/static-server';
import { serveDataAs, type DataMode } from '../../e2e/support/data-modes';

export const DATA_PATH = SAMPLE_DATA_PATH;

interface SamplePackage {
  projects: { id: string }[];
}

let cached: SamplePackage | undefined;
export function samplePackage(): SamplePackage {
  cached ??= readBuiltJson(DATA_PATH) as SamplePackage;
  return cached;
}

export function firstSampleId(): string {
  const first = samplePackage().projects[0];
  if (!first) throw new Error('the sample package has no projects');
  return first.id;
}

export interface RouteCase {
  name: string;
  path: string;
}

/** Every page of the app, with the URL a visitor would open; add a route here when one lands. */
export function appRoutes(projectId = firstSampleId()): RouteCase[] {
  return [
    { name: 'peta', path: '/' },
    { name: 'peta per kecamatan', path: '/?kecamatan=babelan' },
    { name: 'proyek', path: `/proyek/${encodeURIComponent(projectId)}` },
    { name: 'statistik', path: '/statistik' },
    { name: 'data', path: '/data' },
    { name: 'impor data', path: '/data/impor' },
    { name: 'presentasi', path: '/presentasi' },
    { name: 'metodologi', path: '/metodologi' },
    { name: 'penyedia', path: '/penyedia' },
    { name: 'penyedia dominan', path: '/penyedia/cv-contoh-cemerlang-persada-fiktif' },
    { name: 'peta dengan tanda', path: '/?tanda=satu-penawar,nilai-kembar' },
    { name: 'embed', path: '/embed/anggaran-kecamatan' },
    { name: 'tidak ditemukan', path: '/halaman-yang-tidak-ada' },
  ];
}

// A 1x1 transparent PNG, so map tiles "load" without the internet and without console errors.
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/**
 * Every quality spec's context: CI has no internet, so tiles get a blank image and any other outside
 * request is refused; and tsx compiles the specs with keepNames, whose `__name` helper must exist in
 * the page for functions passed to page.evaluate().
 */
export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    async (route) => {
      if (route.request().resourceType() === 'image') {
        await route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG });
      } else {
        await route.abort('blockedbyclient');
      }
    },
  );
}

/**
 * The page has a heading, no loading indicator is left and the route chunk has rendered. Generous
 * timeout: two cores, one Chromium, sometimes a big package.
 */
export async function waitForSettled(page: Page, timeout = 20_000): Promise<void> {
  // Pages have an h1; an embed is one chart whose card title is its h2.
  await page.locator('h1, h2').first().waitFor({ timeout });
  await page.waitForFunction(
    // Only a loading line on screen counts: an embed's page keeps a hidden one for filtered views.
    () =>
      ![...document.querySelectorAll('.loading, [aria-busy="true"]')].some(
        (element) => element.getClientRects().length > 0,
      ) && (document.querySelector('main')?.textContent ?? '').trim().length > 0,
    undefined,
    { timeout },
  );
  // Two frames: effects that run after the first paint (titles, focus) have happened.
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * Notes the page the build drew, before any script runs (call before `goto`): the app's first
 * render replaces it with its own, and an element found in the drawn page then detaches. A test
 * that holds an element across steps waits for the live page with waitForLive.
 */
export async function notePrerenderedPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      (window as { __drawnPage?: Element | null }).__drawnPage =
        document.getElementById('root')?.firstElementChild;
    });
  });
}

/**
 * The app has taken over the page the build drew (notePrerenderedPage): replaced it with its own
 * render, or hydrated it (the same elements; main.tsx marks the root then).
 */
export async function waitForLive(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const drawn = (window as { __drawnPage?: Element | null }).__drawnPage;
      const now = document.getElementById('root')?.firstElementChild;
      const live = document.getElementById('root')?.dataset.app === 'live';
      return drawn !== undefined && now !== null && (now !== drawn || live);
    },
    undefined,
    { timeout },
  );
}

/** Whether the app kept the page the build drew as its own (hydrated it) rather than replacing it. */
export async function drawnPageKept(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      (window as { __drawnPage?: Element | null }).__drawnPage ===
      document.getElementById('root')?.firstElementChild,
  );
}

/** Visible text of <main>, for "the page is not blank" checks. */
export async function mainText(page: Page): Promise<string> {
  return ((await page.locator('main').first().textContent()) ?? '').trim();
}

/** Package JSON responder for the static server's override. */
export function serveJson(body: string | Buffer) {
  return (res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(body);
  };
}

/**
 * The static server's override that answers the sample's data with `body` instead (published in
 * memory, or raw: see data-modes.ts), and every other request as spaFallback() does.
 */
export function servePackage(body: string | Buffer, mode: DataMode = 'published'): Override {
  const serve = serveDataAs(mode, body);
  return (req, res) => serve(req, res) || spaFallback(req, res);
}

/**
 * Serves index.html for client-side routes whose last segment looks like a file name (a project id
 * with a dot): the shared static server would answer those with 404. Returns true when it answered.
 */
export function spaFallback(
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
): boolean {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  let decodable = true;
  try {
    decodeURIComponent(path);
  } catch {
    // The shared static server throws on a malformed escape ("/proyek/%") and stops answering.
    decodable = false;
  }
  if (decodable && !/^\/(proyek|embed)\//.test(path)) return false;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(readFileSync(`${DIST_DIR}/index.html`));
  return true;
}

/** Logs a skipped check loudly, so a feature that has not landed is visible in the CI log. */
export function note(message: string): void {
  console.log(`  [catatan] ${message}`);
}

/**
 * A package of `count` projects made from the sample's, each with a new id: the same shapes the
 * app already draws, at any size.
 */
export function clonedPackage(count: number): { json: string; count: number } {
  const base = readBuiltJson(DATA_PATH) as Record<string, unknown> & {
    projects: { id: string }[];
  };
  const projects = Array.from({ length: count }, (_, i) => {
    const source = base.projects[i % base.projects.length]!;
    return { ...source, id: `${source.id}-x${i}` };
  });
  return { json: JSON.stringify({ ...base, projects }), count };
}

/** The smallest cloned package of at least `bytes` bytes. */
export function packageOfSize(bytes: number): { json: string; count: number } {
  const sample = readFileSync(`${DIST_DIR}${DATA_PATH}`, 'utf8');
  const perProject = JSON.stringify(JSON.parse(sample)).length / samplePackage().projects.length;
  let result = clonedPackage(Math.ceil(bytes / perProject));
  while (Buffer.byteLength(result.json) < bytes) result = clonedPackage(Math.ceil(result.count * 1.05));
  return result;
}
