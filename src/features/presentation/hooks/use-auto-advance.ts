import { useEffect } from 'react';

/**
 * A lobby screen: the next slide every `seconds`, back to the first after the last. The timer
 * restarts on every move, so a presenter pressing a key gets the full interval on that slide.
 */
export function useAutoAdvance(
  seconds: number | undefined,
  index: number,
  total: number,
  goTo: (i: number) => void,
) {
  useEffect(() => {
    if (!seconds || total <= 1) return;
    const timer = window.setTimeout(() => goTo(index + 1 >= total ? 0 : index + 1), seconds * 1000);
    return function stopAutoAdvance() {
      window.clearTimeout(timer);
    };
  }, [seconds, index, total, goTo]);
}
