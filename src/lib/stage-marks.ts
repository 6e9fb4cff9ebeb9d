/**
 * User Timing marks for the stages of reading a package (fetched, parsed, read, published): they show
 * in a performance trace of the worker and let the bench tell where a raw package's time goes.
 * Absent where there is no `performance.mark` (some test environments).
 */
export function markStage(name: string): void {
  globalThis.performance?.mark?.(`pantaubangun:${name}`);
}
