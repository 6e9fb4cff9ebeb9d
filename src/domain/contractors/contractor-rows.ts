import { flaggedSignals } from '../integrity/assess';
import { contractorKey } from '../integrity/package-standing';
import { SIGNALS, type SignalSlug } from '../integrity/signals';
import type { Project } from '../project/types';
import { isKnownNumber, sumBy } from '../aggregate/sum';

/** One contractor's packages, counted and summed. */
export interface ContractorRow {
  /**
   * contractorKey(name): the id in /penyedia/<key>. Empty for a name with no Latin letter or
   * digit (it has no address of its own; such names are kept apart, never merged with each other).
   */
  key: string;
  /** The name as first written in the data (trimmed), as the top-contractors chart names it. */
  name: string;
  packages: number;
  /** Σ of the known contract values; a package without one is counted in `unvalued`, not as 0. */
  contractValue: number;
  unvalued: number;
  /** contractValue ÷ the year's total contract value (0–1); undefined when that total is 0. */
  share?: number;
  late: number;
  kritis: number;
  /** Packages with at least one flagged integrity signal. */
  flagged: number;
  /** Per signal: the packages it flags. */
  signals: Record<SignalSlug, number>;
}

/** Packages without a contractor: counted and summed apart, and said so on the page. */
export interface UnassignedPackages {
  packages: number;
  contractValue: number;
  share?: number;
}

export interface ContractorTable {
  /** In the order each contractor first appears in the projects. */
  rows: ContractorRow[];
  unassigned: UnassignedPackages;
  /** Σ contract value of the projects given (rows + unassigned). */
  contractValue: number;
  packages: number;
  /** The denominator of every share: the year's total contract value. */
  yearTotal: number;
}

/** The whole package's contract value: the same total as penyedia-dominan and the headline figures. */
export const totalContractValue = (projects: readonly Project[]): number =>
  sumBy(projects, (p) => p.contractValue);

/** The row's id: its key, or for a name without a key its own spelling (see ContractorRow.key). */
const groupOf = (key: string, name: string) => key || `~${name}`;

const noSignals = () => Object.fromEntries(SIGNALS.map((slug) => [slug, 0])) as Record<SignalSlug, number>;

const shareOf = (value: number, total: number) => (total > 0 ? value / total : undefined);

/**
 * Every contractor of `projects` with its packages, contract value, share of `yearTotal` and the
 * packages that are late, indikasi kritis or carry a signal. Pure, one pass; `yearTotal` defaults
 * to the projects' own total, and a page passes the whole package's (so a filter never inflates a
 * share).
 */
export function contractorTable(
  projects: readonly Project[],
  yearTotal: number = totalContractValue(projects),
): ContractorTable {
  const rows = new Map<string, ContractorRow>();
  const unassigned: UnassignedPackages = { packages: 0, contractValue: 0 };
  let contractValue = 0;
  for (const project of projects) {
    const value = isKnownNumber(project.contractValue) ? project.contractValue : undefined;
    if (value !== undefined) contractValue += value;
    const name = project.contractor?.trim();
    if (!name) {
      unassigned.packages += 1;
      if (value !== undefined) unassigned.contractValue += value;
      continue;
    }
    const key = contractorKey(name);
    const group = groupOf(key, name);
    let row = rows.get(group);
    if (!row) {
      row = {
        key,
        name,
        packages: 0,
        contractValue: 0,
        unvalued: 0,
        late: 0,
        kritis: 0,
        flagged: 0,
        signals: noSignals(),
      };
      rows.set(group, row);
    }
    row.packages += 1;
    if (value !== undefined) row.contractValue += value;
    else row.unvalued += 1;
    if (project.progress.late) row.late += 1;
    if (project.progress.kritis?.kritis === true) row.kritis += 1;
    const flagged = flaggedSignals(project);
    if (flagged.length > 0) row.flagged += 1;
    for (const signal of flagged) row.signals[signal.slug] += 1;
  }
  for (const row of rows.values()) row.share = shareOf(row.contractValue, yearTotal);
  unassigned.share = shareOf(unassigned.contractValue, yearTotal);
  return { rows: [...rows.values()], unassigned, contractValue, packages: projects.length, yearTotal };
}

/** The projects of one contractor, by its key (the /penyedia/<key> id), in the order given. */
export function projectsOfContractor<P extends Project>(projects: readonly P[], key: string): P[] {
  if (!key) return [];
  return projects.filter((p) => {
    const name = p.contractor?.trim();
    return name !== undefined && name !== '' && contractorKey(name) === key;
  });
}
