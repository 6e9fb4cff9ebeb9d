import { useEffect } from 'react';
import { foldSearchKeys } from '../../domain/filters/filters';
import type { Project } from '../../domain/project/types';

type IdleCallback = (deadline: { timeRemaining(): number }) => void;
/** Safari has no requestIdleCallback: a short timeout stands in, with a fixed slice of time. */
const whenIdle = (callback: IdleCallback): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 2000 })
    : window.setTimeout(() => {
        const end = performance.now() + 8;
        callback({ timeRemaining: () => end - performance.now() });
      }, 50);
const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

const SLICE_MS = 8;

/**
 * Prepares free-text search over `projects` while the page is idle, a few hundred projects per
 * moment, so the reader's first keystroke finds the work done (at 10,000 projects it is a fifth of
 * a second of a phone's time, which must not land on a keystroke).
 */
export function useFoldSearchKeys(projects: readonly Project[] | undefined): void {
  useEffect(() => {
    if (!projects || projects.length === 0) return;
    let next = 0;
    let handle = whenIdle(function foldSome(deadline) {
      // An idle period may last 50 ms, and a tap that comes during it waits for the slice: keep
      // each one short, whatever the browser offers.
      const end = performance.now() + SLICE_MS;
      next = foldSearchKeys(projects, next, () => deadline.timeRemaining() > 2 && performance.now() < end);
      if (next < projects.length) handle = whenIdle(foldSome);
    });
    return function stopFolding() {
      cancelIdle(handle);
    };
  }, [projects]);
}
