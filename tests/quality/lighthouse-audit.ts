import lighthouse from 'lighthouse';
import type { Run } from './floor/compare';
import { scriptGzipBytes } from './floor/script-bytes';

export interface Scores extends Run {
  failedA11y: string[];
}

export interface AuditOptions {
  /** The debugging port of the Chromium Lighthouse drives. */
  port: number;
  categories: string[];
  /** The built file behind one of our URL paths, to weigh the scripts a page loaded. */
  fileFor: (pathname: string) => string | undefined;
  /** Lighthouse's default simulates the slow phone from a fast load; 'devtools' slows the load. */
  throttling?: 'simulate' | 'devtools';
}

/** One Lighthouse run (mobile defaults) on one URL, reduced to the figures the report compares. */
async function audit(url: string, options: AuditOptions): Promise<Scores> {
  const result = await lighthouse(url, {
    port: options.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: options.categories,
    throttlingMethod: options.throttling ?? 'simulate',
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failedA11y = (categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
    .map((ref) => `${ref.id}: ${audits[ref.id]?.title ?? ''}`);
  const requests = audits['network-requests']?.details as
    { items?: { resourceType?: string; url?: string }[] } | undefined;
  const origin = new URL(url).origin;
  const scripts = (requests?.items ?? []).flatMap((item) =>
    item.resourceType === 'Script' && item.url && new URL(item.url).origin === origin ? [item.url] : [],
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    jsBytes: scriptGzipBytes(scripts, options.fileFor),
    failedA11y,
  };
}

/**
 * Lighthouse gives a main document 1 s to hand over its body; on a loaded machine that times out
 * ("PROTOCOL_TIMEOUT") and the run is void, so it is repeated rather than reported as a score.
 */
export async function auditWithRetry(url: string, options: AuditOptions, attempts = 3): Promise<Scores> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, options);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`  retrying ${url}: ${(error as Error).message.slice(0, 120)}`);
    }
  }
}
