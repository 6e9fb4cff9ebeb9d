import { flushSync } from 'react-dom';

/**
 * Charts that come into view together (a tall screen, a jump to an anchor) are drawn one per
 * task: Recharts mounts through synchronous store updates, so two drawings in one task make one
 * long task twice as long. Each drawing is flushed synchronously inside its own task; the next one
 * waits for the next task, so input and paint can run between them. React's startTransition in
 * its place made longer tasks on /statistik (tests/bench/chart-pace.ts; figures in the README).
 */
const waiting: (() => void)[] = [];
let scheduled = false;

function drawNext() {
  const draw = waiting.shift();
  if (!draw) {
    scheduled = false;
    return;
  }
  flushSync(draw);
  setTimeout(drawNext, 0);
}

/** Queues a drawing; returns a function that takes it out again (the chart went away first). */
export function queueDrawing(draw: () => void): () => void {
  waiting.push(draw);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drawNext, 0);
  }
  return function unqueue() {
    const index = waiting.indexOf(draw);
    if (index >= 0) waiting.splice(index, 1);
  };
}
