/** A page's medians over its Lighthouse runs. */
export interface Medians {
  performance: number;
  lcpMs: number;
  tbtMs: number;
}

/**
 * Which limits a page must meet against the floor page: app pages may block the main thread a little
 * longer than the floor in proportion; a chart embed sits in someone else's article and gets a fixed
 * 200 ms.
 */
export type LimitKind = 'page' | 'chart-embed';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Every limit the page breaks, in words; empty when it meets them all. */
export function limitFailures(kind: LimitKind, page: Medians, floor: Medians): string[] {
  const failures: string[] = [];
  if (page.performance < floor.performance - 5) {
    failures.push(`performance ${page.performance} < floor ${floor.performance} − 5`);
  }
  if (page.lcpMs > 1.25 * floor.lcpMs) {
    failures.push(`LCP ${seconds(page.lcpMs)} > 1.25 × floor ${seconds(floor.lcpMs)}`);
  }
  const tbtLimit = kind === 'page' ? Math.max(200, 1.5 * floor.tbtMs) : 200;
  if (page.tbtMs > tbtLimit) {
    const rule = kind === 'page' ? `max(200 ms, 1.5 × floor ${Math.round(floor.tbtMs)} ms)` : '200 ms';
    failures.push(`TBT ${Math.round(page.tbtMs)} ms > ${rule}`);
  }
  return failures;
}
