import { useEffect } from 'react';
import { DRAW_ALL_EVENT } from '../drawing/use-draw-when-near';
import { waitForSvg } from './wait-for-svg';

/**
 * How long a chart may take to appear (its code downloaded, lazyDrawing) before the page prints
 * without it; a drawing that could not load says so in its box, on paper too.
 */
const DRAWING_WAIT_MS = 10_000;

/**
 * Prints the page with every chart drawn: each card asked to draw, each SVG there (code that waited
 * below the fold loads now), then the browser's print. `beforeprint` alone cannot wait for a download.
 */
export async function printWithCharts(): Promise<void> {
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
