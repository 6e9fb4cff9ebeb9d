import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runInSlices } from '../../src/lib/run-in-slices';

describe('runInSlices', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A step that counts up to `total`, and the done callback. */
  function counter(total: number) {
    const state = { steps: 0, done: 0 };
    const step = () => {
      if (state.steps >= total) return false;
      state.steps += 1;
      return true;
    };
    return { state, step, onDone: () => (state.done += 1) };
  }

  it('runs the first slice at once and the rest in later tasks, then says it is done once', () => {
    const { state, step, onDone } = counter(100);
    // A zero budget ends each slice at its first clock check (every 4 steps).
    runInSlices(step, onDone, 0);
    expect(state.steps).toBe(4);
    expect(state.done).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(state.steps).toBe(8);
    vi.runAllTimers();
    expect(state).toEqual({ steps: 100, done: 1 });
  });

  it('finishes within the first slice when the work is small', () => {
    const { state, step, onDone } = counter(3);
    runInSlices(step, onDone, 0);
    expect(state).toEqual({ steps: 3, done: 1 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops where it is when stopped, and never says it is done', () => {
    const { state, step, onDone } = counter(100);
    const stop = runInSlices(step, onDone, 0);
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    expect(state).toEqual({ steps: 8, done: 0 });
  });
});
