import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { fetchDocument, NetworkError } from '../../src/api/http';

const URL = 'http://localhost:3000/teks.json';

/** A body sent in the given pieces of bytes, as a network delivers it. */
function inPieces(pieces: Uint8Array[]) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
}

describe('a document read chunk by chunk', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the same text as response.text(), characters split across chunks included', async () => {
    const text = '{"judul":"Jalan Raya — Cikarang ✓ Kali Bekasi 🌉"}';
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    // One byte a chunk: every multi-byte character (—, ✓, the emoji) and the BOM arrive split.
    const pieces = [...bytes].map((byte) => Uint8Array.of(byte));
    server.use(http.get(URL, () => new HttpResponse(inPieces(pieces))));
    const read = await fetchDocument(URL);
    expect(read.text).toBe(await new Response(bytes).text());
    expect(read.text).toBe(text);
  });

  it('gives the same text when long decoding makes it wait a task between chunks', async () => {
    // Every reading of the clock 10 ms later: the reader pauses after every second chunk.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    const text = `[${'"Jalan — Cibitung", '.repeat(200)}"ujung"]`;
    const bytes = new TextEncoder().encode(text);
    const pieces = Array.from({ length: 40 }, (_, i) =>
      bytes.subarray((i * bytes.length) / 40, ((i + 1) * bytes.length) / 40),
    );
    server.use(http.get(URL, () => new HttpResponse(inPieces(pieces))));
    expect((await fetchDocument(URL)).text).toBe(text);
  });

  it('reads an empty body as empty text', async () => {
    server.use(http.get(URL, () => new HttpResponse(inPieces([]))));
    expect((await fetchDocument(URL)).text).toBe('');
  });

  it('turns a body cut off midway into a network error, not a half document', async () => {
    server.use(
      http.get(URL, () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"projects":['));
            controller.error(new Error('connection reset'));
          },
        });
        return new HttpResponse(body);
      }),
    );
    await expect(fetchDocument(URL)).rejects.toBeInstanceOf(NetworkError);
  });
});
