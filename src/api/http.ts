import { FETCHED_AT_HEADER } from '../sw/cache-names';
import { rememberFetched } from '../lib/fetched-urls';
import { nextTask } from '../lib/run-in-slices';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} ${url}`);
    this.name = 'HttpError';
  }
}

export class NetworkError extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`network: ${url} (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'NetworkError';
  }
}

export interface FetchedText {
  text: string;
  /**
   * Set when the service worker answered with its saved copy (the network failed or was too
   * slow): when that copy came from the network. The page is then showing offline data.
   */
  savedCopyAt?: string;
  /** The server's ETag, else its Last-Modified: what identifies this version of the file. */
  validator?: string;
  /** The server said the version named by the caller's validator is still current (HTTP 304). */
  notModified?: boolean;
}

/** GET a text document, turning every way it can fail into HttpError or NetworkError. */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  return (await fetchDocument(url, signal)).text;
}

const isEtag = (validator: string) => /^(W\/)?"/.test(validator);

/**
 * How long a server may take to begin its answer. A request can stall without ever failing (a
 * mobile link that drops silently, a proxy that holds the connection, a browser retry left
 * pending): without a deadline the page would wait forever with no message and no retry. Only the
 * answer's start is timed; a large package may take longer to arrive on a slow line.
 */
export const ANSWER_DEADLINE_MS = 20_000;

/**
 * fetchText(), also telling whether the answer was the service worker's saved copy and which
 * version it is. With `validator` (from an earlier answer) the server may answer "not modified".
 */
export async function fetchDocument(
  url: string,
  signal?: AbortSignal,
  validator?: string,
  answerDeadlineMs = ANSWER_DEADLINE_MS,
): Promise<FetchedText> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validator) headers[isEtag(validator) ? 'If-None-Match' : 'If-Modified-Since'] = validator;
  // The caller's signal and the deadline, by hand: AbortSignal.any is too new for older phones.
  const request = new AbortController();
  const forward = () => request.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  try {
    return await answerWithin(url, { request, headers, answerDeadlineMs, callerSignal: signal, validator });
  } finally {
    // The caller's signal may live on (a query's, across retries): leave nothing attached to it.
    signal?.removeEventListener('abort', forward);
  }
}

interface Attempt {
  /** Aborts the fetch: by the caller's signal (forwarded) or by the deadline. */
  request: AbortController;
  headers: Record<string, string>;
  answerDeadlineMs: number;
  /** The caller's own: when it aborted, its error passes through unchanged (not a network problem). */
  callerSignal: AbortSignal | undefined;
  validator: string | undefined;
}

/** Decoding past this long gives the thread back before the next chunk (see readText). */
const DECODE_SLICE_MS = 16;

/**
 * The body as UTF-8 text (as `response.text()` reads it), decoded chunk by chunk as it arrives.
 * Chromium's `text()` decodes the whole body in one task at its end: about 90 ms for a 4.5 MB
 * index.json of 10,000 projects, with nothing else running. Chunks that are already there resolve
 * their reads at once, in the same task: from a fast server (or the service worker's cache) the
 * whole file then was one task again, so after about 16 ms of decoding the loop waits a task.
 */
async function readText(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  const parts: string[] = [];
  let busy = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const start = performance.now();
    parts.push(decoder.decode(value, { stream: true }));
    busy += performance.now() - start;
    if (busy >= DECODE_SLICE_MS) {
      busy = 0;
      await nextTask();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * The request itself: the server must begin its answer within the deadline (a connection that
 * never answers becomes a NetworkError); the body may take its time.
 */
async function answerWithin(url: string, attempt: Attempt): Promise<FetchedText> {
  const { request, headers, answerDeadlineMs, callerSignal: signal, validator } = attempt;
  let stalled = false;
  const deadline = setTimeout(() => {
    stalled = true;
    request.abort();
  }, answerDeadlineMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: request.signal, headers });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(url, stalled ? new Error(`no answer within ${answerDeadlineMs / 1000} s`) : error);
  } finally {
    clearTimeout(deadline);
  }
  if (response.status === 304 && validator) return { text: '', notModified: true, validator };
  if (!response.ok) throw new HttpError(response.status, url);
  const savedCopyAt = response.headers.get(FETCHED_AT_HEADER) ?? undefined;
  const version = response.headers.get('ETag') ?? response.headers.get('Last-Modified') ?? undefined;
  try {
    const text = await readText(response);
    rememberFetched(url);
    return {
      text,
      ...(savedCopyAt && { savedCopyAt }),
      ...(version && { validator: version }),
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    // The connection dropped mid-body: a network problem, not bad data.
    throw new NetworkError(url, error);
  }
}
