/**
 * Run inside the page (serialised by Playwright): when the count and the map are ready, the main
 * thread's long tasks, and one filter change from the input event to the updated count and the
 * next frame.
 */

/** Long tasks from navigation start, recorded as tests/e2e/specs/quality-scale.e2e.ts does. */
export function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks that started before `time` (ms from navigation start). */
export function longTasksBefore(time: number): { start: number; duration: number }[] {
  const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
  return tasks.filter((t) => t.start < time);
}

export function installReadyProbe(expectedCount: number) {
  const state = { listReady: 0, mapReady: 0 };
  (window as unknown as { __bench: typeof state }).__bench = state;
  const check = () => {
    const count = document.querySelector('[data-testid="project-count"] data');
    if (!state.listReady && count?.getAttribute('value') === String(expectedCount))
      state.listReady = performance.now();
    const map = document.querySelector<HTMLElement>('[data-testid="project-map"]');
    if (
      !state.mapReady &&
      map &&
      map.dataset.drawnShapes === map.dataset.expectedShapes &&
      Number(map.dataset.drawnShapes) + Number(map.dataset.drawnPoints) > 0
    ) {
      // The canvas paints on the next animation frame after the layers are added.
      requestAnimationFrame(() => (state.mapReady = performance.now()));
      state.mapReady = -1;
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

export interface FilterStep {
  selector: string;
  value: string;
}

export async function timeFilterStep({ selector, value }: FilterStep) {
  const countEl = document.querySelector('[data-testid="project-count"]')!;
  const before = countEl.querySelector('data')?.getAttribute('value');
  const input = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  performance.clearMeasures('pantaubangun:filter');
  const t0 = performance.now();
  if (input instanceof HTMLSelectElement) {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    // React tracks the last value it saw; the native setter makes this look like typing.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const changed = () => countEl.querySelector('data')?.getAttribute('value') !== before;
  // React renders a discrete event's update before dispatchEvent returns: the count may be new already.
  if (!changed())
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`count did not change for ${selector}=${value}`)),
        20_000,
      );
      const observer = new MutationObserver(() => {
        if (changed()) {
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        }
      });
      observer.observe(countEl, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const tCount = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const tFrame = performance.now();
  const measures = performance.getEntriesByName('pantaubangun:filter');
  return {
    toCount: tCount - t0,
    toFrame: tFrame - t0,
    applyFilters: measures.length ? measures[measures.length - 1]!.duration : NaN,
    shown: Number(countEl.querySelector('data')?.getAttribute('value')),
  };
}
