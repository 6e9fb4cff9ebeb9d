import { DataError } from '../../domain/dataset/data-error';
import { HttpError, NetworkError } from '../http';
import type { ServiceRequest } from './dataset-service';

/** A thrown error as it crosses postMessage: class identity is lost in structured clone. */
export type WorkerFailure =
  | { kind: 'data'; dataKind: DataError['kind']; detail: string }
  | { kind: 'http'; status: number; url: string }
  | { kind: 'network'; url: string; message: string }
  | { kind: 'other'; message: string };

export interface WorkerRequest {
  id: number;
  request: ServiceRequest;
}

export type WorkerReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: WorkerFailure };

export function toWorkerFailure(error: unknown): WorkerFailure {
  if (error instanceof DataError) return { kind: 'data', dataKind: error.kind, detail: error.detail };
  if (error instanceof HttpError) return { kind: 'http', status: error.status, url: error.url };
  if (error instanceof NetworkError) return { kind: 'network', url: error.url, message: error.message };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** The error the page would have seen had the work been done on the main thread. */
export function fromWorkerFailure(failure: WorkerFailure): Error {
  switch (failure.kind) {
    case 'data':
      return new DataError(failure.dataKind, failure.detail);
    case 'http':
      return new HttpError(failure.status, failure.url);
    case 'network':
      return new NetworkError(failure.url, new Error(failure.message));
    case 'other':
      return new Error(failure.message);
  }
}
