import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** Load average (1, 5, 15 minutes) when the bench started and when it ended. */
  loadStart: number[];
  loadEnd?: number[];
}

/** What the figures depend on, printed above the tables so that runs are compared on like machines. */
export function describeMachine(chromium: string): Machine {
  return {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadStart: loadavg(),
  };
}

export const loadNow = () => loadavg();

export function machineLine(m: Machine): string {
  const load = (l: number[] | undefined) => (l ? l.map((v) => v.toFixed(2)).join(', ') : '–');
  return (
    `Measured ${m.date}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node.replace(/^v/, '')}, ` +
    `Chromium ${m.chromium}, headless; load average ${load(m.loadStart)} at the start, ${load(m.loadEnd)} at the end.`
  );
}
