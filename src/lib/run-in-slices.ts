/**
 * Runs `step` again and again, in tasks of about `budgetMs` each, until it returns false. Between
 * tasks the browser paints and handles input: one big change (removing 9,000 map shapes when a
 * filter narrows 10,000 projects to one kecamatan) never becomes one long task a tap must wait for.
 * The first slice runs at once. Returns a function that stops the remaining slices.
 */
export function runInSlices(step: () => boolean, onDone: () => void, budgetMs = 24): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  function slice() {
    const end = performance.now() + budgetMs;
    // The clock is read every few steps: one step (adding a long road to the map) can take a
    // millisecond or more on a phone, so not many.
    for (let n = 1; ; n++) {
      if (!step()) {
        onDone();
        return;
      }
      if (n % 4 === 0 && performance.now() >= end) break;
    }
    if (!stopped) timer = setTimeout(slice, 0);
  }
  slice();
  return function stop() {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * Calls `each(i)` for every i from 0 to count − 1, in tasks of about `budgetMs` each, and resolves
 * when all have run: for work its caller waits for (building 10,000 rows) that must still not be
 * one long task. Stops with the signal's reason when it is aborted between tasks.
 */
export async function forEachInSlices(
  count: number,
  each: (i: number) => void,
  { budgetMs = 24, signal }: { budgetMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  let i = 0;
  while (i < count) {
    const end = performance.now() + budgetMs;
    for (let n = 1; i < count; n++) {
      each(i++);
      if (n % 16 === 0 && performance.now() >= end) break;
    }
    if (i < count) {
      await nextTask();
      signal?.throwIfAborted();
    }
  }
}

/**
 * A new task, without setTimeout's clamp (4 ms once timeouts nest): a message to oneself, as
 * React's scheduler does.
 */
export function nextTask(): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}
