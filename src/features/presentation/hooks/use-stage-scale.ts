import { useLayoutEffect, useState, type RefObject } from 'react';
import { fitScale } from '../utils/stage-scale';

function initialScale(): number {
  return typeof window === 'undefined' ? 1 : fitScale(window.innerWidth, window.innerHeight) || 1;
}

/**
 * The scale at which the 1920×1080 stage fits the element's box, following window resizes. With a
 * fixed width (the handout) nothing is measured: the caller scales the stage to that width.
 */
export function useStageScale(ref: RefObject<HTMLElement | null>, fixedWidth?: number): number {
  const [measured, setMeasured] = useState(initialScale);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixedWidth || !element || typeof ResizeObserver === 'undefined') return;
    function measure() {
      if (!element) return;
      const next = fitScale(element.clientWidth, element.clientHeight);
      // A box not laid out yet (display: none) would give 0: keep the last good scale.
      if (next > 0) setMeasured(next);
    }
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return function stopMeasuring() {
      observer.disconnect();
    };
  }, [ref, fixedWidth]);
  return measured;
}
