import { describe, expect, it, vi } from 'vitest';
import { startResizePoster, type ResizeMessage } from '../../src/features/embed/resize-poster';

/** A controllable ResizeObserver and frame queue: the test decides when layout changes and frames run. */
function harness(initialHeight: number) {
  let height = initialHeight;
  let observerCallback: (() => void) | undefined;
  const frames: (() => void)[] = [];
  const element = { getBoundingClientRect: () => ({ height }) } as unknown as Element;
  class Observer {
    constructor(callback: () => void) {
      observerCallback = callback;
    }
    observe() {}
    disconnect() {
      observerCallback = undefined;
    }
  }
  const posted: ResizeMessage[] = [];
  const stop = startResizePoster({
    chart: 'status',
    element,
    post: (message) => posted.push(message),
    requestFrame: (callback) => frames.push(callback),
    cancelFrame: vi.fn(),
    Observer: Observer as unknown as typeof ResizeObserver,
  });
  return {
    posted,
    stop,
    resize(next: number) {
      height = next;
      observerCallback?.();
    },
    runFrames() {
      frames.splice(0).forEach((frame) => frame());
    },
    pendingFrames: () => frames.length,
  };
}

describe('startResizePoster', () => {
  it('posts the first height on the next frame, with type and chart', () => {
    const h = harness(612.3);
    expect(h.posted).toEqual([]);
    h.runFrames();
    expect(h.posted).toEqual([{ type: 'pantaubangun:resize', height: 613, chart: 'status' }]);
  });

  it('coalesces several changes in one frame into one message with the latest height', () => {
    const h = harness(500);
    h.runFrames();
    h.resize(700);
    h.resize(720);
    h.resize(740);
    expect(h.pendingFrames()).toBe(1);
    h.runFrames();
    expect(h.posted.map((m) => m.height)).toEqual([500, 740]);
  });

  it('does not repeat an unchanged height, and posts shrinking too', () => {
    const h = harness(500);
    h.runFrames();
    h.resize(500);
    h.runFrames();
    h.resize(320);
    h.runFrames();
    expect(h.posted.map((m) => m.height)).toEqual([500, 320]);
  });

  it('stops observing when stopped', () => {
    const h = harness(500);
    h.runFrames();
    h.stop();
    h.resize(900);
    h.runFrames();
    expect(h.posted.map((m) => m.height)).toEqual([500]);
  });
});
