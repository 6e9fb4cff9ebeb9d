// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { memoizeByObject } from '../../src/lib/memoize-by-object';

describe('memoizeByObject', () => {
  it('computes once per object and gives each object its own result', () => {
    const compute = vi.fn((box: { n: number }) => ({ double: box.n * 2 }));
    const memo = memoizeByObject(compute);
    const a = { n: 1 };
    const b = { n: 2 };
    expect(memo(a)).toBe(memo(a));
    expect(memo(b)).toEqual({ double: 4 });
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('remembers an undefined result too, instead of computing it again', () => {
    const compute = vi.fn(() => undefined);
    const memo = memoizeByObject(compute);
    const key = {};
    memo(key);
    memo(key);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
