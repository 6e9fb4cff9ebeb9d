import { describe, expect, it } from 'vitest';
import { labelsThatFit, type LabelBox } from '../../src/domain/map/label-placement';

const box = (id: string, left: number, top: number, priority: number, width = 40, height = 12): LabelBox => ({
  id,
  left,
  top,
  width,
  height,
  priority,
});

describe('labelsThatFit', () => {
  it('keeps every label when none overlaps', () => {
    expect(labelsThatFit([box('a', 0, 0, 1), box('b', 100, 0, 2), box('c', 0, 50, 3)])).toEqual(
      new Set(['a', 'b', 'c']),
    );
  });

  it('drops the lower-priority label of an overlapping pair, whatever the input order', () => {
    const big = box('besar', 0, 0, 10);
    const small = box('kecil', 20, 5, 1);
    expect(labelsThatFit([small, big])).toEqual(new Set(['besar']));
    expect(labelsThatFit([big, small])).toEqual(new Set(['besar']));
  });

  it('keeps a gap between labels that merely touch', () => {
    expect(labelsThatFit([box('a', 0, 0, 2), box('b', 41, 0, 1)], 2)).toEqual(new Set(['a']));
    expect(labelsThatFit([box('a', 0, 0, 2), box('b', 43, 0, 1)], 2)).toEqual(new Set(['a', 'b']));
  });

  it('reserves no room for a label it dropped', () => {
    // b loses to a; c overlaps only b, so c is kept.
    const kept = labelsThatFit([box('a', 0, 0, 3), box('b', 30, 0, 2), box('c', 65, 0, 1)]);
    expect(kept).toEqual(new Set(['a', 'c']));
  });

  it('ignores labels with no layout', () => {
    expect(labelsThatFit([box('a', 0, 0, 1, 0, 0)])).toEqual(new Set());
  });
});
