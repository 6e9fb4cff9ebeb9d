/**
 * Tells the host page how tall the embed is, so its iframe fits the content at any width (320 px
 * phones to 1200 px desktops) with no inner scrollbar. The message is public by design (target '*':
 * we cannot know the host's origin and it carries only a height); the host-side listener
 * (public/embed.js) is the one that checks origins.
 */
export const RESIZE_MESSAGE_TYPE = 'pantaubangun:resize';

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
}

/** Starts observing; returns the function that stops. Posts at most once per animation frame. */
export function startResizePoster({
  chart,
  element,
  post,
  requestFrame = (callback) => requestAnimationFrame(callback),
  cancelFrame = (handle) => cancelAnimationFrame(handle),
  Observer = ResizeObserver,
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
  return function stopPosting() {
    observer.disconnect();
    if (pending !== undefined) cancelFrame(pending);
  };
}
