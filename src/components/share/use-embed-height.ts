import { useEffect, useState, type RefObject } from 'react';

const RESIZE_MESSAGE_TYPE = 'pantaubangun:resize';

/** A height worth applying: a finite number of pixels, clamped so a bad page cannot blow up the host. */
function readResizeHeight(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== RESIZE_MESSAGE_TYPE || typeof height !== 'number' || !Number.isFinite(height))
    return undefined;
  return Math.round(Math.min(Math.max(height, 50), 10_000));
}

/**
 * The preview in the "Sematkan" dialog does what embed.js does on a host page: it takes the height
 * the embed posts, from our own origin and from this frame only.
 */
export function useEmbedHeight(frameRef: RefObject<HTMLIFrameElement | null>, initial: number): number {
  const [height, setHeight] = useState(initial);
  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== window.location.origin) return;
      if (!frameRef.current || event.source !== frameRef.current.contentWindow) return;
      const next = readResizeHeight(event.data);
      if (next !== undefined) setHeight(next);
    }
    window.addEventListener('message', onMessage);
    return function stopListening() {
      window.removeEventListener('message', onMessage);
    };
  }, [frameRef]);
  return height;
}
