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

/** How forEachInSlices and untilDoneInSlices slice their work. */
export interface SliceOptions {
  budgetMs?: number;
  signal?: AbortSignal;
  /** How many steps run between two reads of the clock: fewer for steps that take long. */
  stepsPerClockRead?: number;
}

/**
 * Runs `step` until it returns false, in tasks of about `budgetMs` each, and resolves then: for
 * work its caller waits for (building 10,000 rows) that must still not be one long task. The first
 * slice runs at once. Stops with the signal's reason when it is aborted between tasks.
 */
export async function untilDoneInSlices(
  step: () => boolean,
  { budgetMs = 24, signal, stepsPerClockRead = 16 }: SliceOptions = {},
): Promise<void> {
  for (;;) {
    const end = performance.now() + budgetMs;
    for (let n = 1; ; n++) {
      if (!step()) return;
      if (n % stepsPerClockRead === 0 && performance.now() >= end) break;
    }
    await nextTask();
    signal?.throwIfAborted();
  }
}

/** Calls `each(i)` for every i from 0 to count − 1, in slices (see untilDoneInSlices). */
export function forEachInSlices(
  count: number,
  each: (i: number) => void,
  options?: SliceOptions,
): Promise<void> {
  let i = 0;
  return untilDoneInSlices(() => {
    if (i >= count) return false;
    each(i++);
    return true;
  }, options);
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
