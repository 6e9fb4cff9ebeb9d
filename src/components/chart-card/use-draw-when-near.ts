import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Start drawing a little before the chart scrolls in, so it is there when the reader arrives. */
const NEAR_MARGIN = '400px 0px';

/**
 * Whether a chart should be drawn now. With `defer`, only once its box comes near the viewport:
 * each chart is a few thousand SVG nodes, and a page of them drawn at once blocks the main thread.
 * Drawn at once where that cannot be observed (no IntersectionObserver), and before printing.
 * `drawNow` draws on demand (e.g. to download the chart as an image). Once drawn, it stays drawn.
 */
export function useDrawWhenNear(
  element: Element | null,
  defer: boolean,
): { drawn: boolean; drawNow: () => void } {
  const [drawn, setDrawn] = useState(() => !defer || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (drawn || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setDrawn(true);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    // Paper has no viewport: draw everything, synchronously, before the browser lays out the print.
    const beforePrint = () => flushSync(() => setDrawn(true));
    window.addEventListener('beforeprint', beforePrint);
    return function stopWatching() {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [drawn, element]);
  const drawNow = useCallback(() => setDrawn(true), []);
  return { drawn, drawNow };
}
