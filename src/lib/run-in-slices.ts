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
