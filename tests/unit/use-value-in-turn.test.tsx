import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useValueInTurn } from '../../src/components/drawing/use-value-in-turn';

describe('useValueInTurn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    // Drain the shared queue: its next-task timer must not be lost with the fake clock.
    act(() => void vi.runAllTimers());
    vi.useRealTimers();
  });

  it('shows the first value at once and a later one only in its turn', () => {
    const { result, rerender } = renderHook(({ value }) => useValueInTurn(value), {
      initialProps: { value: 'all' },
    });
    expect(result.current).toBe('all');
    rerender({ value: 'babelan' });
    expect(result.current).toBe('all');
    act(() => void vi.runOnlyPendingTimers());
    expect(result.current).toBe('babelan');
  });

  it('updates two charts in two separate tasks, in the order they changed', () => {
    const first = renderHook(({ value }) => useValueInTurn(value), { initialProps: { value: 1 } });
    const second = renderHook(({ value }) => useValueInTurn(value), { initialProps: { value: 1 } });
    first.rerender({ value: 2 });
    second.rerender({ value: 2 });
    act(() => void vi.advanceTimersToNextTimer());
    expect([first.result.current, second.result.current]).toEqual([2, 1]);
    act(() => void vi.advanceTimersToNextTimer());
    expect([first.result.current, second.result.current]).toEqual([2, 2]);
  });

  it('skips a value that was replaced before its turn came', () => {
    const { result, rerender } = renderHook(({ value }) => useValueInTurn(value), {
      initialProps: { value: 'a' },
    });
    rerender({ value: 'b' });
    rerender({ value: 'c' });
    act(() => void vi.runAllTimers());
    expect(result.current).toBe('c');
  });
});
