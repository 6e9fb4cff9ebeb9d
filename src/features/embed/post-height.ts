import { MEASURE_MESSAGE_TYPE, startResizePoster } from './resize-poster';

/**
 * Posts the page height to the parent window while the embed is framed, from the first script that
 * runs (the static chart is already the content), and again when the host's embed.js asks.
 */
export function postHeightToHost(chart: string): () => void {
  if (window.parent === window) return () => {};
  return startResizePoster({
    chart,
    element: document.documentElement,
    post: (message) => window.parent.postMessage(message, '*'),
    listen(ask) {
      function onMessage(event: MessageEvent) {
        const data = event.data as { type?: unknown } | null;
        if (event.source === window.parent && data?.type === MEASURE_MESSAGE_TYPE) ask();
      }
      window.addEventListener('message', onMessage);
      return function stopListening() {
        window.removeEventListener('message', onMessage);
      };
    },
  });
}
