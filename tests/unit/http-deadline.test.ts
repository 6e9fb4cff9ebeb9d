import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { fetchDocument, NetworkError } from '../../src/api/http';

const URL = 'http://localhost:3000/lambat.json';

describe('a server that never begins its answer', () => {
  it('becomes a network error the page can explain and retry, not an endless wait', async () => {
    server.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const failure = fetchDocument(URL, undefined, undefined, 50);
    await expect(failure).rejects.toBeInstanceOf(NetworkError);
    await expect(failure).rejects.toThrow(/no answer within 0\.05 s/);
  });

  it('times only the start of the answer: a slow body still arrives', async () => {
    server.use(
      http.get(URL, () => {
        const body = new ReadableStream({
          async start(controller) {
            controller.enqueue(new TextEncoder().encode('{"projects":'));
            await new Promise((done) => setTimeout(done, 150));
            controller.enqueue(new TextEncoder().encode('[]}'));
            controller.close();
          },
        });
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    expect((await fetchDocument(URL, undefined, undefined, 50)).text).toBe('{"projects":[]}');
  });

  it("still leaves the caller's own abort an abort", async () => {
    server.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const caller = new AbortController();
    const failure = fetchDocument(URL, caller.signal, undefined, 10_000);
    caller.abort();
    await expect(failure).rejects.not.toBeInstanceOf(NetworkError);
  });

  it("leaves nothing attached to the caller's signal once the answer is read", async () => {
    server.use(http.get(URL, () => HttpResponse.json({ projects: [] })));
    const caller = new AbortController();
    const added = vi.spyOn(caller.signal, 'addEventListener');
    const removed = vi.spyOn(caller.signal, 'removeEventListener');
    await fetchDocument(URL, caller.signal);
    expect(added).toHaveBeenCalledTimes(1);
    expect(removed).toHaveBeenCalledWith('abort', added.mock.calls[0]?.[1]);
  });
});
