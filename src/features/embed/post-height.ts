import { useEffect } from 'react';
import { startResizePoster } from './resize-poster';

/** Posts the page height to the parent window while the embed is framed. */
export function useResizePoster(chart: string) {
  useEffect(() => {
    if (window.parent === window) return;
    return startResizePoster({
      chart,
      element: document.documentElement,
      post: (message) => window.parent.postMessage(message, '*'),
    });
  }, [chart]);
}
