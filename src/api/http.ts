import { DataError } from '../domain/dataset/read-package';

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

/** GET a JSON document, turning every way it can fail into one of three typed errors. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(url, error);
  }
  if (!response.ok) throw new HttpError(response.status, url);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // The connection dropped mid-body: a network problem, not bad data.
    throw new NetworkError(url, error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError('not-json', (error as Error).message.slice(0, 200));
  }
}
