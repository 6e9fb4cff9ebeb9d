import { compareCodes } from '../text/compare';

export interface LabelBox {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Higher goes first: a label that is kept pushes out the lower ones it would overlap. */
  priority: number;
}

/**
 * Which labels to show so that none overlaps another: greedy by priority, each kept label
 * reserving its box plus a gap. Labels left out are not lost: zooming in gives them room, and the
 * table per kecamatan names them all.
 */
export function labelsThatFit(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const kept: LabelBox[] = [];
  const overlaps = (a: LabelBox, b: LabelBox) =>
    a.left < b.left + b.width + gap &&
    b.left < a.left + a.width + gap &&
    a.top < b.top + b.height + gap &&
    b.top < a.top + a.height + gap;
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || compareCodes(a.id, b.id));
  for (const box of ordered) {
    if (box.width === 0 && box.height === 0) continue;
    if (!kept.some((other) => overlaps(box, other))) kept.push(box);
  }
  return new Set(kept.map((box) => box.id));
}
