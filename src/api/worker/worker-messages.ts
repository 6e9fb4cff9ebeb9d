import { DataError } from '../../domain/dataset/data-error';
import type { DatasetRead } from '../../domain/dataset/read-dataset-texts';

/** A thrown error as it crosses postMessage: class identity is lost in structured clone. */
export type WorkerFailure =
  { kind: 'data'; dataKind: DataError['kind']; detail: string } | { kind: 'other'; message: string };

export type WorkerReply = { ok: true; value: DatasetRead } | { ok: false; failure: WorkerFailure };

export function toWorkerReply(read: () => DatasetRead): WorkerReply {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return {
      ok: false,
      failure:
        error instanceof DataError
          ? { kind: 'data', dataKind: error.kind, detail: error.detail }
          : { kind: 'other', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** The error the page would have seen had the package been read on the main thread. */
export function fromWorkerFailure(failure: WorkerFailure): Error {
  return failure.kind === 'data'
    ? new DataError(failure.dataKind, failure.detail)
    : new Error(failure.message);
}
