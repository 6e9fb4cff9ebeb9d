import type { Medians } from './limits';

/** What one Lighthouse run gives a page. */
export interface Run extends Medians {
  accessibility: number;
  bestPractices: number;
  /** Gzip bytes of the scripts the page loaded (script-bytes.ts), as the bundle budget counts them. */
  jsBytes: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Each figure's median on its own: one slow run moves none of them. */
export function medianRun(runs: Run[]): Run {
  const m = (pick: (run: Run) => number) => median(runs.map(pick));
  return {
    performance: m((r) => r.performance),
    accessibility: m((r) => r.accessibility),
    bestPractices: m((r) => r.bestPractices),
    lcpMs: m((r) => r.lcpMs),
    tbtMs: m((r) => r.tbtMs),
    jsBytes: m((r) => r.jsBytes),
  };
}

const points = (delta: number) => (delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0');
const times = (value: number, floor: number) => (floor > 0 ? `${(value / floor).toFixed(2)}×` : '—');

/** A markdown table of each page's medians and how far each is from the floor page's. */
export function comparisonTable(rows: { label: string; run: Run }[], floor: Run): string {
  const lines = [
    '| Page | Performance | vs floor | LCP | vs floor | TBT | vs floor | JS (gzip) | vs floor | Accessibility | Best practices |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { label, run } of rows) {
    lines.push(
      `| ${label} | ${run.performance} | ${points(run.performance - floor.performance)} | ` +
        `${(run.lcpMs / 1000).toFixed(1)} s | ${times(run.lcpMs, floor.lcpMs)} | ` +
        `${Math.round(run.tbtMs)} ms | ${times(run.tbtMs, floor.tbtMs)} | ` +
        `${(run.jsBytes / 1000).toFixed(1)} kB | ${times(run.jsBytes, floor.jsBytes)} | ` +
        `${run.accessibility} | ${run.bestPractices} |`,
    );
  }
  return lines.join('\n');
}
