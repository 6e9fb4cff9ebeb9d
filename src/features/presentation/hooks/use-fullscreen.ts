import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Full screen on the deck element (not the whole page), with the state following Esc and F11. */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [isFullscreen, setIsFullscreen] = useState(false);
  useEffect(() => {
    function onChange() {
      setIsFullscreen(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    }
    document.addEventListener('fullscreenchange', onChange);
    return function removeFullscreenListener() {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, [ref]);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      exit();
      return;
    }
    // Refused outside a user gesture or in a frame without allowfullscreen: the deck still works.
    void ref.current?.requestFullscreen?.().catch(() => undefined);
  }, [exit, ref]);
  return { isFullscreen, toggle, exit };
}
