import type { Project } from '../project/types';
import { slugify } from '../text/slug';
import { memoizeByObject } from '../../lib/memoize-by-object';

/** Projects that name no funding source: their pagu is shown, under its own bucket. */
const NO_SOURCE = 'tidak-disebut';

export interface FundingBucket {
  /** Slug of the source name: the same value the `sumber` URL filter takes. */
  key: string;
  /** The name as published (first spelling seen), or undefined for NO_SOURCE. */
  name?: string;
  /** Projects funded (in part) by this source. */
  count: number;
  amount: number;
}

// Names repeat across thousands of packages and slugify normalises Unicode: do it once per name.
const slugCache = new Map<string, string>();
function sourceKey(name: string): string {
  let key = slugCache.get(name);
  if (key === undefined) {
    key = slugify(name) || 'lainnya';
    if (slugCache.size < 10_000) slugCache.set(name, key);
  }
  return key;
}

const finite = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;

export interface FundingShare {
  key: string;
  name?: string;
  amount: number;
}

/**
 * How one project's money splits over its sources. Published line amounts stand as they are; lines
 * without an amount share what is left of the pagu; pagu that no line covers is "tidak disebut".
 * So a project contributes max(pagu, Σ published lines): never less than its pagu, never invented.
 * Split once per project: every filter re-adds the same projects.
 */
export const fundingShares: (project: Project) => readonly FundingShare[] = memoizeByObject(splitFunding);

function splitFunding(project: Project): FundingShare[] {
  const pagu = finite(project.pagu);
  const lines = project.fundingSources;
  const known = lines.reduce((total, line) => total + finite(line.amount), 0);
  const unpriced = lines.filter((line) => line.amount === undefined || !Number.isFinite(line.amount));
  const rest = Math.max(0, pagu - known);
  const shares: FundingShare[] = lines.map((line) => ({
    key: sourceKey(line.name),
    name: line.name,
    amount: unpriced.includes(line) ? rest / unpriced.length : finite(line.amount),
  }));
  if (unpriced.length === 0 && rest > 0) shares.push({ key: NO_SOURCE, amount: rest });
  return shares;
}

/** The project's total in the funding chart: max(pagu, Σ published lines). */
export function fundedAmount(project: Project): number {
  return fundingShares(project).reduce((total, share) => total + share.amount, 0);
}

function sameKeyBefore(shares: readonly FundingShare[], index: number): boolean {
  for (let i = 0; i < index; i++) if (shares[i]!.key === shares[index]!.key) return true;
  return false;
}

export function budgetByFunding(projects: readonly Project[]): FundingBucket[] {
  const buckets = new Map<string, FundingBucket>();
  for (const project of projects) {
    const shares = fundingShares(project);
    for (let i = 0; i < shares.length; i++) {
      const share = shares[i]!;
      let bucket = buckets.get(share.key);
      if (!bucket) {
        bucket = { key: share.key, name: share.name, count: 0, amount: 0 };
        buckets.set(share.key, bucket);
      }
      bucket.amount += share.amount;
      // A project counts once per source even when it lists the source twice (a handful of lines).
      if (!sameKeyBefore(shares, i)) bucket.count += 1;
    }
  }
  return [...buckets.values()].sort(
    (a, b) => Number(a.key === NO_SOURCE) - Number(b.key === NO_SOURCE) || b.amount - a.amount,
  );
}
