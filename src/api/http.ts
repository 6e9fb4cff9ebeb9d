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

/** GET a text document, turning every way it can fail into HttpError or NetworkError. */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(url, error);
  }
  if (!response.ok) throw new HttpError(response.status, url);
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    // The connection dropped mid-body: a network problem, not bad data.
    throw new NetworkError(url, error);
  }
}
