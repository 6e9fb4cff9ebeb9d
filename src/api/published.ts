import { DataError } from '../domain/dataset/data-error';
import { HttpError, type FetchedText } from './http';

/*
 * Reading a published folder (npm run data:publish): small files made for the page, read on the
 * main thread without the schema library or the worker. Each kind of file has its own module
 * (published-index.ts, published-series.ts, published-project.ts), so a page loads the code of
 * the files it reads and no other.
 */

export function savedCopy(response: FetchedText) {
  return response.savedCopyAt ? { savedCopyAt: response.savedCopyAt } : {};
}

/** A published index that cannot be used (missing, or not an index): the package is read instead. */
export function isUnusableIndex(error: unknown): boolean {
  return (error instanceof HttpError && error.status === 404) || error instanceof DataError;
}
