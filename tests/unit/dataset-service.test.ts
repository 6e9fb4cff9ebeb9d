import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import samplePackage from '../../mocks/data/sample-package.json';
import { HttpError } from '../../src/api/http';
import {
  createDatasetService,
  type OpenedPackage,
  type ServiceRequest,
} from '../../src/api/worker/dataset-service';
import { DataError } from '../../src/domain/dataset/data-error';
import type { ProjectDetail } from '../../src/domain/project/types';
import { publishDataset } from '../../src/domain/publish/publish';
import { indexToText } from '../../src/domain/publish/index-text';
import { fakeCacheStorage } from '../fixtures/fake-cache-storage';
import { fakeWorkerClass } from '../fixtures/fake-dataset-worker';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { BOUNDARIES_TEXT, FIXTURE_PACKAGES, readFixture } from '../fixtures/read-fixture-packages';

const DATA = 'https://data.contoh.invalid/paket.json';
const BOUNDARIES = 'https://data.contoh.invalid/kecamatan.geojson';
const open = (fallbackAsOf = '2024-01-01'): ServiceRequest => ({
  kind: 'open',
  dataUrl: DATA,
  boundariesUrl: BOUNDARIES,
  fallbackAsOf,
});
const details = (ids: readonly string[] | 'all', asOf: string): ServiceRequest => ({
  kind: 'details',
  sourceUrl: DATA,
  ids,
  asOf,
  boundariesUrl: BOUNDARIES,
});
const openIn = async (fallbackAsOf?: string) =>
  (await createDatasetService().handle(open(fallbackAsOf))) as OpenedPackage;
const two = makePackage([makeProject(), makeProject({ id: 'oc4ids-test-0002', title: 'Kedua' })]);

/** What the server saw: conditional headers asked, bodies sent. */
let seen: { conditional: (string | null)[]; bodies: number };

/** Serves `pkg` at DATA: 304 when the client names the current version, else the package. */
function serve(pkg: unknown, headers: Record<string, string> = {}) {
  server.use(
    http.get(DATA, ({ request }) => {
      const etag = request.headers.get('If-None-Match');
      const since = request.headers.get('If-Modified-Since');
      seen.conditional.push(etag ? `If-None-Match: ${etag}` : since ? `If-Modified-Since: ${since}` : null);
      if ((etag && etag === headers.ETag) || (since && since === headers['Last-Modified']))
        return new HttpResponse(null, { status: 304 });
      seen.bodies += 1;
      return HttpResponse.json(pkg as Record<string, unknown>, { headers });
    }),
  );
}

let cache: ReturnType<typeof fakeCacheStorage>;
beforeEach(() => {
  seen = { conditional: [], bodies: 0 };
  cache = fakeCacheStorage();
  vi.stubGlobal('caches', cache.storage);
  server.use(http.get(BOUNDARIES, () => new HttpResponse(BOUNDARIES_TEXT)));
});
afterEach(() => vi.unstubAllGlobals());

describe('opening a package (raw mode)', () => {
  // The small package's points are placed by the boundaries alone (no gazetteer codes).
  it.each([
    ['sample', samplePackage],
    ['small', two],
  ])('gives the index publishDataset makes of the same (%s) package', async (_name, pkg) => {
    serve(pkg, { ETag: '"v1"' });
    // The very text the publish step writes (a column a line, index-text.ts).
    const indexText = indexToText(publishDataset(readFixture(pkg, DATA)).index);
    expect(await openIn()).toEqual({ indexText, fromCache: false });
  });

  it('answers a new visit from the cache when the server says the package has not changed', async () => {
    serve(two, { ETag: '"v1"' });
    const first = await openIn();
    const visit = createDatasetService();
    expect(await visit.handle(open())).toEqual({ indexText: first.indexText, fromCache: true });
    // Its curves came from the cache too: the filtered kurva S works without the package.
    const series = (await visit.handle({ kind: 'series', sourceUrl: DATA })) as string;
    expect(JSON.parse(series).ids).toHaveLength(2);
    expect(seen).toEqual({ conditional: [null, 'If-None-Match: "v1"'], bodies: 1 });
  });

  it('derives again when the package changed, and keeps the new version', async () => {
    serve(two, { ETag: '"v1"' });
    await openIn();
    serve(makePackage([makeProject()]), { ETag: '"v2"' });
    const changed = await openIn();
    expect(changed.fromCache).toBe(false);
    expect(JSON.parse(changed.indexText).columns.id).toEqual(['oc4ids-test-0001']);
    expect((await openIn()).fromCache).toBe(true);
    expect(seen.conditional).toEqual([null, 'If-None-Match: "v1"', 'If-None-Match: "v2"']);
  });

  it('uses Last-Modified when there is no ETag', async () => {
    serve(two, { 'Last-Modified': 'Tue, 15 Aug 2023 00:00:00 GMT' });
    await openIn();
    expect((await openIn()).fromCache).toBe(true);
    expect(seen.conditional).toEqual([null, 'If-Modified-Since: Tue, 15 Aug 2023 00:00:00 GMT']);
  });

  it('keeps a package without publishedDate across days: it is dated by its own newest record', async () => {
    serve(makePackage([makeProject()], { publishedDate: undefined }), { ETag: '"v1"' });
    await openIn('2024-03-01');
    const nextDay = await openIn('2024-03-02');
    expect(nextDay.fromCache).toBe(true);
    expect(JSON.parse(nextDay.indexText).meta).toMatchObject({
      asOf: '2023-08-01',
      asOfSource: 'latest-record',
    });
  });

  it('reuses a package with no date at all on the day it was read only', async () => {
    serve(makePackage([makeProject({ metrics: [] })], { publishedDate: undefined }), { ETag: '"v1"' });
    await openIn('2024-03-01');
    expect((await openIn('2024-03-01')).fromCache).toBe(true);
    const nextDay = await openIn('2024-03-02');
    expect(nextDay.fromCache).toBe(false);
    // Its figures are judged on the day it is read: a cached index would show yesterday's.
    expect(JSON.parse(nextDay.indexText).meta.asOf).toBe('2024-03-02');
  });

  it('drops the entries of an earlier cache layout, which no longer say how long they hold', async () => {
    const retired = await cache.storage.open('pantaubangun-turunan-v1');
    await retired.put('https://pantaubangun.invalid/turunan/index', new Response('{}'));
    serve(two, { ETag: '"v1"' });
    expect((await openIn()).fromCache).toBe(false);
    await vi.waitFor(() => expect(cache.entries.has('pantaubangun-turunan-v1')).toBe(false));
  });

  it('caches nothing without a version to check it against', async () => {
    serve(two);
    await openIn();
    expect((await openIn()).fromCache).toBe(false);
    expect(seen).toEqual({ conditional: [null, null], bodies: 2 });
    expect([...cache.entries.values()].every((store) => store.size === 0)).toBe(true);
  });

  it.each<[string, () => Response, { name: string; [field: string]: unknown }]>([
    [
      'HTTP 500',
      () => new HttpResponse('oops', { status: 500 }),
      { name: 'HttpError', status: 500, url: DATA },
    ],
    ['text that is not JSON', () => new HttpResponse('<html>'), { name: 'DataError', kind: 'not-json' }],
    [
      'JSON that is not a package',
      () => HttpResponse.json({ projects: 42 }),
      { name: 'DataError', kind: 'not-a-package' },
    ],
  ])('fails on %s with the error the page explains', async (_what, answer, expected) => {
    server.use(http.get(DATA, answer));
    const error = await openIn().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(expected.name === 'HttpError' ? HttpError : DataError);
    expect(error).toMatchObject(expected);
  });

  it('refuses curves of a package it has not opened, saying which', async () => {
    await expect(createDatasetService().handle({ kind: 'series', sourceUrl: DATA })).rejects.toThrow(
      /kurva S: paket https:\/\/data\.contoh\.invalid\/paket\.json belum dibuka/,
    );
  });
});

describe('full records (downloads, project pages)', () => {
  const duplicates = makePackage([
    { id: 'ganda', title: 'Rusak', budget: 7 },
    makeProject({ id: 'ganda', title: 'Yang pertama sah' }),
    makeProject({ id: 'ganda', title: 'Duplikat kemudian' }),
    makeProject({ id: 7, title: 'Id angka' }),
  ]);
  const cases = [...FIXTURE_PACKAGES, ['duplicates', duplicates] as const];

  describe.each(cases)('of the %s package', (_name, pkg) => {
    const expected = readFixture(pkg, DATA);
    const ids = expected.projects.map((p) => p.id);
    const ask = (service: ReturnType<typeof createDatasetService>, which: readonly string[] | 'all') =>
      service.handle(details(which, expected.meta.asOf)) as Promise<ProjectDetail[]>;

    it('are those readPackage reads, after open', async () => {
      serve(pkg, { ETag: '"v1"' });
      const service = createDatasetService();
      await service.handle(open());
      expect(await ask(service, [...ids].reverse())).toEqual([...expected.projects].reverse());
      expect(await ask(service, 'all')).toEqual(expected.projects);
    });

    it('are those readPackage reads, in a service that never opened the package', async () => {
      serve(pkg);
      // A record read alone cannot know its standing among the others: the page takes it from
      // the index row (projectQuery). Everything else is the same.
      const alone = expected.projects.map((project) => ({ ...project, standing: undefined }));
      expect(await ask(createDatasetService(), ids)).toEqual(alone);
      expect(await ask(createDatasetService(), 'all')).toEqual(expected.projects);
    });
  });

  it('find the first valid project of an id, and a numeric id as text', async () => {
    serve(duplicates);
    const found = (await createDatasetService().handle(
      details(['ganda', '7', 'tidak-ada'], '2023-08-15'),
    )) as ProjectDetail[];
    expect(found.map((p) => [p.id, p.title])).toEqual([
      ['ganda', 'Yang pertama sah'],
      ['7', 'Id angka'],
    ]);
  });
});

// Boundaries are optional: open() reads a package whose boundaries URL answers HTML (a host's
// "not found" page), and so must details() for ids in a fresh service (a project page after a
// cached visit).
it('full records do not fail on boundaries that are not JSON', async () => {
  serve(two);
  server.use(http.get(BOUNDARIES, () => new HttpResponse('<html>tidak ditemukan</html>')));
  const found = createDatasetService().handle(details(['oc4ids-test-0001'], '2023-08-15'));
  await expect(found).resolves.toHaveLength(1);
});

describe('askDatasetService (the page side)', () => {
  beforeEach(() => vi.resetModules());
  /** A fresh module (its worker, its fallback) per test, with the error classes of the same load. */
  const client = async () => ({
    ...(await import('../../src/api/dataset-worker')),
    ...(await import('../../src/api/http')),
    ...(await import('../../src/domain/dataset/data-error')),
  });

  it('runs in place where there is no Worker (jsdom), keeping what it read', async () => {
    vi.stubGlobal('Worker', undefined);
    serve(two);
    const { askDatasetService } = await client();
    await askDatasetService<OpenedPackage>(open());
    const series = await askDatasetService<string>({ kind: 'series', sourceUrl: DATA });
    expect(JSON.parse(series).ids).toEqual(['oc4ids-test-0001', 'oc4ids-test-0002']);
  });

  it('sends requests to one worker and matches answers to requests, in any order', async () => {
    const { FakeWorker, instances } = fakeWorkerClass({ hold: true });
    vi.stubGlobal('Worker', FakeWorker);
    serve(two);
    const { askDatasetService } = await client();
    const opened = askDatasetService<OpenedPackage>(open());
    const missing = askDatasetService({ kind: 'series', sourceUrl: 'https://lain.invalid/paket.json' });
    const [worker] = instances;
    await vi.waitFor(() => expect(worker!.held).toHaveLength(2));
    // The later request answered first.
    for (const reply of [...worker!.held].sort((a, b) => b.id - a.id)) worker!.send(reply);
    await expect(missing).rejects.toThrow(/lain\.invalid.*belum dibuka/);
    expect(JSON.parse((await opened).indexText).columns.id).toHaveLength(2);
    expect(instances).toHaveLength(1);
    expect(worker!.posted.map((m) => m.id)).toEqual([1, 2]);
  });

  it('falls back to in place, for waiting and later requests, when the worker script fails', async () => {
    const { FakeWorker, instances } = fakeWorkerClass({ broken: true });
    vi.stubGlobal('Worker', FakeWorker);
    serve(two);
    const { askDatasetService } = await client();
    const waiting = askDatasetService<OpenedPackage>(open());
    expect(instances[0]!.fail().defaultPrevented).toBe(true);
    expect((await waiting).fromCache).toBe(false);
    const later = await askDatasetService<string>({ kind: 'series', sourceUrl: DATA });
    expect(JSON.parse(later).ids).toHaveLength(2);
    expect(instances).toHaveLength(1);
    expect(instances[0]!.terminated).toBe(true);
  });

  it.each<[string, () => Response, object]>([
    ['HttpError', () => new HttpResponse(null, { status: 503 }), { status: 503, url: DATA }],
    ['NetworkError', () => HttpResponse.error(), { url: DATA }],
    ['DataError', () => new HttpResponse('<html>'), { kind: 'not-json' }],
  ])('hands a failure in the worker to the page as %s', async (name, answer, fields) => {
    vi.stubGlobal('Worker', fakeWorkerClass().FakeWorker);
    server.use(http.get(DATA, answer));
    const fresh = await client();
    const error = await fresh.askDatasetService(open()).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(fresh[name as 'HttpError' | 'NetworkError' | 'DataError']);
    expect(error).toMatchObject(fields);
  });
});
