/**
 * Tells the host page how tall the embed is, so its iframe fits the content at any width (320 px
 * phones to 1200 px desktops) with no inner scrollbar. The message is public by design (target '*':
 * we cannot know the host's origin and it carries only a height); the host-side listener
 * (public/embed.js) is the one that checks origins.
 */
export const RESIZE_MESSAGE_TYPE = 'pantaubangun:resize';

/**
 * What the host's embed.js asks each of our frames when it starts: a frame that loaded before the
 * script (it is async) has already posted its height to nobody, and its height may never change.
 */
export const MEASURE_MESSAGE_TYPE = 'pantaubangun:measure';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  height: number;
  chart: string;
}

export interface ResizePosterOptions {
  chart: string;
  /** The element whose height is the embed's height (the document element in the page). */
  element: Element;
  post: (message: ResizeMessage) => void;
  requestFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
  Observer?: typeof ResizeObserver;
  /** Subscribes to the host's requests to measure again (answered even if the height is the same). */
  listen?: (ask: () => void) => () => void;
}

/** Starts observing; returns the function that stops. Posts at most once per animation frame. */
export function startResizePoster({
  chart,
  element,
  post,
  requestFrame = (callback) => requestAnimationFrame(callback),
  cancelFrame = (handle) => cancelAnimationFrame(handle),
  Observer = ResizeObserver,
  listen,
}: ResizePosterOptions): () => void {
  let lastHeight = -1;
  let pending: number | undefined;

  function measureAndPost() {
    pending = undefined;
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height <= 0 || height === lastHeight) return;
    lastHeight = height;
    post({ type: RESIZE_MESSAGE_TYPE, height, chart });
  }

  function schedule() {
    // Charts settle over a few layout passes; one message per frame is enough for the host.
    if (pending === undefined) pending = requestFrame(measureAndPost);
  }

  const observer = new Observer(schedule);
  observer.observe(element);
  schedule();
  const stopListening = listen?.(() => {
    lastHeight = -1;
    schedule();
  });
  return function stopPosting() {
    observer.disconnect();
    stopListening?.();
    if (pending !== undefined) cancelFrame(pending);
  };
}
