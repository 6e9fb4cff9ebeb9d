import { useEffect } from 'react';
import { preloadAllDrawings } from './lazy-drawing';
import { waitForSvg } from './wait-for-svg';

/** Asks every chart card on the page to draw now (useDrawWhenNear listens), as printing does. */
export const DRAW_ALL_EVENT = 'pantaubangun:draw-all-charts';

/** How long a chart may take to appear before the page prints without it (its box says why). */
const DRAWING_WAIT_MS = 4_000;

/**
 * Prints the page with every chart drawn: their code loaded (lazyDrawing), each card drawn, and
 * each SVG there, then the browser's print. `beforeprint` alone cannot wait for a download.
 */
export async function printWithCharts(): Promise<void> {
  try {
    await preloadAllDrawings();
  } catch {
    // The box of a drawing that failed to load says so, on paper too.
  }
  window.dispatchEvent(new Event(DRAW_ALL_EVENT));
  const boxes = [...document.querySelectorAll('.chart-card__chart')];
  await Promise.all(boxes.map((box) => waitForSvg(box, DRAWING_WAIT_MS)));
  window.print();
}

/** Ctrl+P / ⌘P prints as the page's print button does, with every chart drawn first. */
export function usePrintKeyDrawsCharts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const printKey = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      if (!printKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      void printWithCharts();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
