import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether a box has come on screen; once it has, it stays so. The map page's map sits below the
 * filters and the count on a phone: Leaflet's set-up and the first drawing take a few hundred ms of
 * a slow phone's main thread, and a tap on a filter would wait for them. So the map is set up when
 * the reader scrolls to it. On a screen where it is in view from the start, that is at once.
 * Shown at once where it cannot be observed (no IntersectionObserver), and before printing.
 */
export function useShownOnScreen(ref: RefObject<Element | null>): boolean {
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (shown || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setShown(true);
    });
    observer.observe(element);
    const beforePrint = () => setShown(true);
    window.addEventListener('beforeprint', beforePrint);
    return function stopWatching() {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [shown, ref]);
  return shown;
}
