import type { Bidang, Category, Project, ProjectStatus } from '../project/types';
import { BIDANG, CATEGORIES, STATUSES } from '../project/types';
import { paidAmount } from './money';
import { compareNames } from '../text/compare';

/** Projects without a kecamatan get their own bucket, so per-kecamatan sums still add up. */
export const NO_LOCATION = 'tanpa-lokasi';

export interface BudgetBucket<K extends string = string> {
  key: K;
  /** Display name from the data (kecamatan); other buckets are labelled by the UI from `key`. */
  name?: string;
  count: number;
  pagu: number;
  contractValue: number;
  /** Realisasi keuangan (Rp paid) at the as-of date. */
  paid: number;
}

function add(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}

/**
 * Groups projects into buckets and totals pagu, nilai kontrak and realisasi. Every project lands in
 * exactly one bucket, so the buckets always sum to the overall totals.
 */
function groupBudget<K extends string>(
  projects: readonly Project[],
  keyOf: (project: Project) => K,
  nameOf?: (project: Project) => string | undefined,
): BudgetBucket<K>[] {
  const buckets = new Map<K, BudgetBucket<K>>();
  for (const project of projects) {
    const key = keyOf(project);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { key, name: nameOf?.(project), count: 0, pagu: 0, contractValue: 0, paid: 0 };
      buckets.set(key, bucket);
    }
    bucket.count += 1;
    bucket.pagu += add(project.pagu);
    bucket.contractValue += add(project.contractValue);
    bucket.paid += add(paidAmount(project));
  }
  return [...buckets.values()];
}

/** Orders buckets by a fixed list (e.g. BIDANG), leaving out empty ones. */
function inOrder<K extends string>(buckets: BudgetBucket<K>[], order: readonly K[]): BudgetBucket<K>[] {
  return order.flatMap((key) => buckets.filter((b) => b.key === key));
}

export function budgetByKecamatan(projects: readonly Project[]): BudgetBucket[] {
  return groupBudget(
    projects,
    (p) => p.kecamatan?.slug ?? NO_LOCATION,
    (p) => p.kecamatan?.name,
  );
}

export function budgetByBidang(projects: readonly Project[]): BudgetBucket<Bidang>[] {
  return inOrder(
    groupBudget(projects, (p) => p.bidang),
    BIDANG,
  );
}

export function budgetByCategory(projects: readonly Project[]): BudgetBucket<Category>[] {
  return inOrder(
    groupBudget(projects, (p) => p.category),
    CATEGORIES,
  );
}

export function budgetByStatus(projects: readonly Project[]): BudgetBucket<ProjectStatus>[] {
  return inOrder(
    groupBudget(projects, (p) => p.status),
    STATUSES,
  );
}

export type BucketSort = 'value-desc' | 'value-asc' | 'name';

/**
 * Sorts by pagu (ties by name) or by name, with the "tanpa lokasi" bucket always last: it is not
 * a place and should not sit between places.
 */
export function sortBuckets<K extends string>(
  buckets: readonly BudgetBucket<K>[],
  sort: BucketSort,
  labelOf: (bucket: BudgetBucket<K>) => string,
): BudgetBucket<K>[] {
  const byName = (a: BudgetBucket<K>, b: BudgetBucket<K>) => compareNames(labelOf(a), labelOf(b));
  return [...buckets].sort((a, b) => {
    const aLast = a.key === NO_LOCATION;
    const bLast = b.key === NO_LOCATION;
    if (aLast !== bLast) return aLast ? 1 : -1;
    if (sort === 'name') return byName(a, b);
    const diff = sort === 'value-desc' ? b.pagu - a.pagu : a.pagu - b.pagu;
    return diff !== 0 ? diff : byName(a, b);
  });
}
