import { FETCHED_AT_HEADER } from '../sw/cache-names';

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
}

/** GET a text document, turning every way it can fail into HttpError or NetworkError. */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  return (await fetchDocument(url, signal)).text;
}

/** fetchText(), also telling whether the answer was the service worker's saved copy. */
export async function fetchDocument(url: string, signal?: AbortSignal): Promise<FetchedText> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(url, error);
  }
  if (!response.ok) throw new HttpError(response.status, url);
  const savedCopyAt = response.headers.get(FETCHED_AT_HEADER) ?? undefined;
  try {
    return { text: await response.text(), ...(savedCopyAt && { savedCopyAt }) };
  } catch (error) {
    if (signal?.aborted) throw error;
    // The connection dropped mid-body: a network problem, not bad data.
    throw new NetworkError(url, error);
  }
}
