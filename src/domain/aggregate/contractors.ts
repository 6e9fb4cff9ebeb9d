import { contractorKey } from '../integrity/package-standing';
import type { Project } from '../project/types';
import { compareCodes, compareNames } from '../text/compare';
import { isKnownNumber } from './sum';

/** One contractor of the ranking: only what the chart, its table and its links show. */
export interface ContractorRank {
  /** contractorKey(name), the address /penyedia/<key>; '' for a name without a Latin letter or digit. */
  key: string;
  /** The name as first written in the data (trimmed). */
  name: string;
  /** Its packages, with or without a contract value. */
  contracts: number;
  /** Σ of its known contract values. */
  contractValue: number;
}

export interface TopContractors {
  /** The largest by contract value, largest first; ties by name. */
  top: ContractorRank[];
  /** Σ of the known contract values of every project given, with a contractor or not: the whole. */
  contractValue: number;
  /** Σ of the first five of `top`: their share is top5Value ÷ contractValue. */
  top5Value: number;
  /** Distinct contractors among the projects. */
  contractors: number;
  /** Projects that name no contractor: their value is in the whole but in no contractor's. */
  noContractor: number;
  /** Projects that name a contractor but no contract value: counted as its packages, not valued. */
  noValue: number;
}

interface Group {
  rank: ContractorRank;
  valued: boolean;
}

/** Largest value first; ties by name (A–Z), then key, so the order never depends on the data's. */
function largerFirst(a: ContractorRank, b: ContractorRank): number {
  return b.contractValue - a.contractValue || compareNames(a.name, b.name) || compareCodes(a.key, b.key);
}

/**
 * The contractors holding the most contract value among `projects`, and how concentrated it is.
 * Names are grouped by contractorKey ("CV  Maju" and "cv maju" are one firm); a name without a key
 * stays apart under its own spelling. A contractor without any known contract value is counted but
 * not ranked (its value is unknown, not zero). Pure; one pass and one sort of the contractors.
 */
export function topContractors(projects: readonly Project[], limit = 10): TopContractors {
  const groups = new Map<string, Group>();
  let contractValue = 0;
  let noContractor = 0;
  let noValue = 0;
  for (const project of projects) {
    const value = isKnownNumber(project.contractValue) ? project.contractValue : undefined;
    if (value !== undefined) contractValue += value;
    const name = project.contractor?.trim();
    if (!name) {
      noContractor += 1;
      continue;
    }
    if (value === undefined) noValue += 1;
    const key = contractorKey(name);
    const id = key || `~${name}`;
    let group = groups.get(id);
    if (!group) {
      group = { rank: { key, name, contracts: 0, contractValue: 0 }, valued: false };
      groups.set(id, group);
    }
    group.rank.contracts += 1;
    if (value !== undefined) {
      group.rank.contractValue += value;
      group.valued = true;
    }
  }
  const ranked = [...groups.values()]
    .filter((group) => group.valued)
    .map((group) => group.rank)
    .sort(largerFirst);
  const top = ranked.slice(0, Math.max(0, limit));
  const top5Value = ranked.slice(0, 5).reduce((sum, row) => sum + row.contractValue, 0);
  return { top, contractValue, top5Value, contractors: groups.size, noContractor, noValue };
}
