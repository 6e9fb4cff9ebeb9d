import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useScriptRunning } from '../../lib/use-script-running';
import { flushSync } from 'react-dom';
import { queueDrawing } from './drawing-queue';

/** Asks every chart card on the page to draw now, as printing does (printWithCharts sends it). */
export const DRAW_ALL_EVENT = 'pantaubangun:draw-all-charts';

/** Start drawing a little before the chart scrolls in, so it is there when the reader arrives. */
const NEAR_MARGIN = '400px 0px';

/**
 * Whether a chart, or another heavy drawing such as the project's QR code, should be drawn now.
 * With `defer`, only once its box comes near the viewport: each chart is a few thousand SVG nodes,
 * and a page of them drawn at once blocks the main thread.
 * Charts that come near together are drawn one per task (see queueDrawing). Drawn at once where
 * that cannot be observed (no IntersectionObserver), and before printing. `drawNow` draws on
 * demand (e.g. to download the chart as an image). Once drawn, it stays drawn. `boxKey` changes
 * when the box is replaced (e.g. the empty state came and went), so the new box is watched.
 */
export function useDrawWhenNear(
  ref: RefObject<Element | null>,
  defer: boolean,
  boxKey?: unknown,
): { drawn: boolean; drawNow: () => void } {
  // Where nothing can be observed (tests, a browser without IntersectionObserver) it is drawn at
  // once, but not in the build's drawing of the page (on Node) nor in the browser's first render
  // that hydrates it, which must match that drawing.
  const clientRender = useScriptRunning();
  const [drawnState, setDrawn] = useState(!defer);
  const drawn = drawnState || (clientRender && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (drawn || !element || typeof IntersectionObserver === 'undefined') return;
    let cancelQueued: (() => void) | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (cancelQueued || !entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        cancelQueued = queueDrawing(() => setDrawn(true));
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    // Paper has no viewport: draw everything, synchronously, before the browser lays out the print.
    // The page's own print (printWithCharts) asks first, and waits for drawings still loading.
    const beforePrint = () => flushSync(() => setDrawn(true));
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener(DRAW_ALL_EVENT, beforePrint);
    return function stopWatching() {
      observer.disconnect();
      cancelQueued?.();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener(DRAW_ALL_EVENT, beforePrint);
    };
  }, [drawn, ref, boxKey]);
  const drawNow = useCallback(() => setDrawn(true), []);
  return { drawn, drawNow };
}
