import type { DatasetRead, DatasetTexts } from '../domain/dataset/read-dataset-texts';
import { fromWorkerFailure, type WorkerReply } from './worker/worker-messages';

/** Workers whose script failed to load: an error that fired before anyone listened must not be lost. */
const brokenWorkers = new WeakSet<Worker>();
let spareWorker: Worker | undefined;

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const worker = new Worker(new URL('./worker/read-dataset.worker.ts', import.meta.url), {
      type: 'module',
      name: 'baca-paket',
    });
    worker.addEventListener('error', () => brokenWorkers.add(worker));
    return worker;
  } catch {
    return undefined;
  }
}

/**
 * Starts the worker before the data arrives, so its script downloads while the package does.
 * The next read uses it; calling this again before then does nothing.
 */
export function warmUpDatasetWorker(): void {
  spareWorker ??= startWorker();
}

function takeWorker(): Worker | undefined {
  const worker = spareWorker ?? startWorker();
  spareWorker = undefined;
  if (worker && brokenWorkers.has(worker)) {
    worker.terminate();
    return undefined;
  }
  return worker;
}

/** Loaded only when no worker can run, so the schema library stays off the main thread's first load. */
async function readInPlace(texts: DatasetTexts): Promise<DatasetRead> {
  const { readDatasetTexts } = await import('../domain/dataset/read-dataset-texts');
  return readDatasetTexts(texts);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * Reads a package in a Web Worker, so the page keeps answering while thousands of projects are
 * checked. Where no worker can run (old browser, a policy blocking it, tests in jsdom) the same
 * code runs in place: slower, never broken.
 */
export function readDatasetOffThread(texts: DatasetTexts, signal?: AbortSignal): Promise<DatasetRead> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const worker = takeWorker();
  if (!worker) return readInPlace(texts);
  return new Promise<DatasetRead>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      finish();
      if (event.data.ok) resolve(event.data.value);
      else reject(fromWorkerFailure(event.data.failure));
    };
    // The worker script failed (not found offline, blocked by a policy) or its answer could not be
    // copied back: read in place instead.
    const fallBack = (event: Event) => {
      event.preventDefault();
      finish();
      readInPlace(texts).then(resolve, reject);
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    worker.postMessage(texts);
  });
}
