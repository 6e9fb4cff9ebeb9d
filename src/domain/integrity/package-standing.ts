import { slugify } from '../text/slug';

/**
 * Where a project stands in its whole package, for the signals that compare projects with each
 * other. Computed once over every project when the package is read (so a filtered view, a project
 * page or an embed judges by the same whole), and carried in the index and each project's file.
 */
export interface PackageStanding {
  /** Contracts of the project's supplier in the package. */
  supplierContracts?: number;
  /** The supplier's share (0–1) of the package's total contract value. */
  supplierShare?: number;
  /** Other projects with exactly the same contract value and a different supplier. */
  twins?: number;
}

// Names repeat across thousands of projects and slugify folds Unicode: fold each name once.
const keyCache = new Map<string, string>();

/** One contractor, however its name is spaced or cased: "CV  Maju" and "cv maju" are one firm. */
export function contractorKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = slugify(name);
    // Bounded: a hostile package of unique names must not grow it without end.
    if (keyCache.size < 20_000) keyCache.set(name, key);
  }
  return key;
}

interface StandingInput {
  contractor?: string;
  contractValue?: number;
}

/**
 * The standing of each project, in the order given (none without a contractor). Pure; linear in
 * the number of projects.
 */
export function packageStandings(projects: readonly StandingInput[]): (PackageStanding | undefined)[] {
  const contracts = new Map<string, number>();
  const valueOf = new Map<string, number>();
  const byValue = new Map<number, Map<string, number>>();
  let total = 0;
  for (const { contractor, contractValue } of projects) {
    const hasValue = contractValue !== undefined && Number.isFinite(contractValue);
    if (hasValue) total += contractValue;
    if (!contractor) continue;
    const key = contractorKey(contractor);
    contracts.set(key, (contracts.get(key) ?? 0) + 1);
    if (!hasValue) continue;
    valueOf.set(key, (valueOf.get(key) ?? 0) + contractValue);
    const suppliers = byValue.get(contractValue) ?? new Map<string, number>();
    suppliers.set(key, (suppliers.get(key) ?? 0) + 1);
    byValue.set(contractValue, suppliers);
  }
  return projects.map(({ contractor, contractValue }) => {
    if (!contractor) return undefined;
    const key = contractorKey(contractor);
    const standing: PackageStanding = { supplierContracts: contracts.get(key) };
    if (contractValue === undefined || !Number.isFinite(contractValue)) return standing;
    if (total > 0) standing.supplierShare = (valueOf.get(key) ?? 0) / total;
    const sameValue = byValue.get(contractValue)!;
    let twins = 0;
    for (const [other, count] of sameValue) if (other !== key) twins += count;
    standing.twins = twins;
    return standing;
  });
}
