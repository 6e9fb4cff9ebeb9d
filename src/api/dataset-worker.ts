import type { DatasetService, ServiceRequest } from './worker/dataset-service';
import { fromWorkerFailure, type WorkerReply } from './worker/worker-messages';

/**
 * The page's side of the dataset worker: one worker for the page's life, so a package read once is
 * kept for the project pages and downloads that follow. Where no worker can run (an old browser, a
 * policy blocking it, jsdom in tests) the same service runs in place: slower, never broken.
 */
let worker: Worker | undefined;
let workerFailed = false;
let inPlace: Promise<DatasetService> | undefined;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (value: unknown) => void; reject: (error: unknown) => void; request: ServiceRequest }
>();

function startWorker(): Worker | undefined {
  if (workerFailed || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./worker/dataset.worker.ts', import.meta.url), {
      type: 'module',
      name: 'data',
    });
  } catch {
    workerFailed = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(fromWorkerFailure(reply.failure));
  };
  // The script failed (not found offline, blocked by a policy) or an answer could not be copied
  // back: every waiting request is done in place instead, and so are later ones.
  const fallBack = (event: Event) => {
    event.preventDefault();
    workerFailed = true;
    worker?.terminate();
    worker = undefined;
    const stranded = [...pending.values()];
    pending.clear();
    for (const { request, resolve, reject } of stranded) runInPlace(request).then(resolve, reject);
  };
  worker.onerror = fallBack;
  worker.onmessageerror = fallBack;
  return worker;
}

function runInPlace(request: ServiceRequest): Promise<unknown> {
  inPlace ??= import('./worker/dataset-service').then((m) => m.createDatasetService());
  return inPlace.then((service) => service.handle(request));
}

/** Starts the worker early, so its script downloads while the data does. */
export function warmUpDatasetWorker(): void {
  startWorker();
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** Asks the dataset service; `signal` stops waiting for the answer (the work itself finishes). */
export function askDatasetService<T>(request: ServiceRequest, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const target = startWorker();
  const answer = target
    ? new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, request });
        target.postMessage({ id, request });
      })
    : runInPlace(request);
  if (!signal) return answer as Promise<T>;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value as T);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
