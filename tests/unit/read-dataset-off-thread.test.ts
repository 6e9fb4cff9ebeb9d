import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDatasetOffThread, warmUpDatasetWorker } from '../../src/api/read-dataset';
import { toWorkerReply } from '../../src/api/worker/worker-messages';
import { DataError } from '../../src/domain/dataset/data-error';
import { readDatasetTexts, type DatasetTexts } from '../../src/domain/dataset/read-dataset-texts';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';

const texts: DatasetTexts = {
  packageText: JSON.stringify(makePackage([makeProject()])),
  boundariesText: readFileSync('public/geo/kecamatan.geojson', 'utf8'),
  sourceUrl: 'https://contoh.invalid/paket.json',
  fallbackAsOf: '2024-01-01',
};

type Behaviour = 'answer' | 'fail-to-load' | 'silent';

/** Stands in for the browser's Worker: runs the worker's code and copies the reply as postMessage does. */
function installFakeWorker(behaviour: Behaviour) {
  const instances: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    onmessageerror: ((event: Event) => void) | null = null;
    posted: unknown[] = [];
    terminated = false;
    private errorListeners: ((event: Event) => void)[] = [];
    constructor() {
      instances.push(this);
      if (behaviour === 'fail-to-load')
        setTimeout(() => {
          const event = new Event('error', { cancelable: true });
          for (const listener of this.errorListeners) listener(event);
          this.onerror?.(event);
        });
    }
    addEventListener(type: string, listener: (event: Event) => void) {
      if (type === 'error') this.errorListeners.push(listener);
    }
    postMessage(data: DatasetTexts) {
      this.posted.push(data);
      if (behaviour !== 'answer') return;
      const reply = structuredClone(toWorkerReply(() => readDatasetTexts(structuredClone(data))));
      setTimeout(() => this.onmessage?.(new MessageEvent('message', { data: reply })));
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return instances;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readDatasetOffThread', () => {
  it('sends the texts to the worker and returns its dataset, then stops the worker', async () => {
    const workers = installFakeWorker('answer');
    const { dataset, boundaries } = await readDatasetOffThread(texts);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toEqual([texts]);
    expect(workers[0]!.terminated).toBe(true);
    expect(dataset.projects.map((p) => p.title)).toEqual(['Rekonstruksi Jalan Contoh Ruas A']);
    expect(dataset.projects[0]!.kecamatan?.slug).toBeTruthy();
    expect(boundaries?.features.length).toBeGreaterThan(20);
  });

  it('gives the same typed error as reading in place, so the page can explain it', async () => {
    installFakeWorker('answer');
    const error = await readDatasetOffThread({ ...texts, packageText: '{"projects": [' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('not-json');
    const notPackage = await readDatasetOffThread({ ...texts, packageText: '[1, 2]' }).catch(
      (e: unknown) => e,
    );
    expect((notPackage as DataError).kind).toBe('not-a-package');
  });

  it('reads in place when the worker script cannot load', async () => {
    const workers = installFakeWorker('fail-to-load');
    const { dataset } = await readDatasetOffThread(texts);
    expect(dataset.projects).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('reads in place where there is no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const { dataset } = await readDatasetOffThread(texts);
    expect(dataset.projects).toHaveLength(1);
  });

  it('stops the worker and rejects when the load is cancelled', async () => {
    const workers = installFakeWorker('silent');
    const controller = new AbortController();
    const reading = readDatasetOffThread(texts, controller.signal);
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('uses the worker started ahead of the data, and only once', async () => {
    const workers = installFakeWorker('answer');
    warmUpDatasetWorker();
    warmUpDatasetWorker();
    expect(workers).toHaveLength(1);
    await readDatasetOffThread(texts);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toEqual([texts]);
    await readDatasetOffThread(texts);
    expect(workers).toHaveLength(2);
  });

  it('reads in place when the worker started ahead failed before the data came', async () => {
    const workers = installFakeWorker('fail-to-load');
    warmUpDatasetWorker();
    await new Promise((done) => setTimeout(done, 10));
    const { dataset } = await readDatasetOffThread(texts);
    expect(dataset.projects).toHaveLength(1);
    expect(workers[0]!.posted).toEqual([]);
    expect(workers[0]!.terminated).toBe(true);
  });
});
