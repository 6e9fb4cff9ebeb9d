import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forEachInSlices, runInSlices } from '../../src/lib/run-in-slices';

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

describe('forEachInSlices', () => {
  it('calls each index once, in order, and lets other tasks run between slices', async () => {
    const calls: number[] = [];
    const between: number[] = [];
    // A task queued by someone else runs between two slices, not after the whole loop.
    const other = setInterval(() => between.push(calls.length), 0);
    await forEachInSlices(
      200,
      (i) => {
        calls.push(i);
        const until = performance.now() + 0.2;
        while (performance.now() < until);
      },
      { budgetMs: 1 },
    );
    clearInterval(other);
    expect(calls).toEqual([...Array(200).keys()]);
    expect(between.some((n) => n > 0 && n < 200)).toBe(true);
  });

  it('runs small work in the same task', async () => {
    const calls: number[] = [];
    const promise = forEachInSlices(5, (i) => calls.push(i));
    // Nothing awaited yet: the first slice has already run.
    expect(calls).toEqual([0, 1, 2, 3, 4]);
    await promise;
  });

  it('reads the clock after every step when told to, so one slow step ends its slice', async () => {
    const slices: number[][] = [[]];
    let slow = true;
    const work = forEachInSlices(
      6,
      (i) => {
        slices[slices.length - 1]!.push(i);
        // Each step outlasts the budget: with the clock read every step, each is a slice.
        const until = performance.now() + 3;
        while (slow && performance.now() < until);
      },
      { budgetMs: 1, stepsPerClockRead: 1 },
    );
    // Only the first slice has run before the first await.
    expect(slices).toEqual([[0]]);
    slow = false;
    await work;
  });

  it('stops between slices when aborted, with the reason', async () => {
    const controller = new AbortController();
    const calls: number[] = [];
    const work = forEachInSlices(
      1000,
      (i) => {
        calls.push(i);
        if (i === 20) controller.abort(new Error('tidak perlu lagi'));
      },
      { budgetMs: 0, signal: controller.signal },
    );
    await expect(work).rejects.toThrow('tidak perlu lagi');
    expect(calls.length).toBeLessThan(1000);
  });
});
