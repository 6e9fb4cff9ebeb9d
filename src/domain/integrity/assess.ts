import type { Project } from '../project/types';
import { memoizeByObject } from '../../lib/memoize-by-object';
import {
  SIGNALS,
  SIGNAL_RULES as RULES,
  type SignalFacts,
  type SignalResult,
  type SignalSlug,
  type SignalState,
} from './signals';

const result = (slug: SignalSlug, state: SignalState, facts: SignalFacts = {}): SignalResult => ({
  slug,
  state,
  facts,
});
const has = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);
const flaggedIf = (holds: boolean): SignalState => (holds ? 'flagged' : 'clear');

function singleBidder(p: Project): SignalResult {
  const slug = 'satu-penawar';
  if (!p.procurementCode) return result(slug, 'unknown');
  const facts = { methodCode: p.procurementCode, tenderers: p.tenderers };
  // The rule is about open tenders: a direct award or an e-katalog purchase has one offer by design.
  if (p.procurementCode !== 'open') return result(slug, 'clear', facts);
  if (!has(p.tenderers)) return result(slug, 'unknown', facts);
  return result(slug, flaggedIf(p.tenderers === 1), facts);
}

function hpsShareOf(p: Project): number | undefined {
  // A zero or negative amount is a data error, not a price: the rule cannot judge it.
  return has(p.contractValue) && has(p.hps) && p.contractValue > 0 && p.hps > 0
    ? p.contractValue / p.hps
    : undefined;
}

function nearHps(p: Project): SignalResult {
  const share = hpsShareOf(p);
  if (share === undefined) return result('dekat-hps', 'unknown');
  return result('dekat-hps', flaggedIf(share >= RULES.nearHpsShare), { hpsShare: share });
}

function farBelowHps(p: Project): SignalResult {
  const share = hpsShareOf(p);
  if (share === undefined) return result('jauh-di-bawah-hps', 'unknown');
  return result('jauh-di-bawah-hps', flaggedIf(share < RULES.farBelowHpsShare), { hpsShare: share });
}

function valueIncrease(p: Project): SignalResult {
  if (!has(p.contractValue) || p.contractValue <= 0) return result('nilai-naik', 'unknown');
  // No final value and no value addendum published: the signed value stands.
  const latest = has(p.latestValue) ? p.latestValue : p.contractValue;
  const increaseShare = (latest - p.contractValue) / p.contractValue;
  return result('nilai-naik', flaggedIf(increaseShare > RULES.valueIncreaseShare), {
    contractValue: p.contractValue,
    latestValue: latest,
    increaseShare,
  });
}

function extensions(p: Project): SignalResult {
  if (!p.contractEnd) return result('perpanjangan', 'unknown');
  const durationChanges = p.durationChanges ?? 0;
  const finishedLate = p.completedOn !== undefined && p.completedOn > p.contractEnd;
  return result('perpanjangan', flaggedIf(durationChanges >= RULES.durationChanges || finishedLate), {
    durationChanges,
    completedOn: p.completedOn,
    contractEnd: p.contractEnd,
  });
}

function paymentsAhead(p: Project): SignalResult {
  const { financialPercent, actual } = p.progress;
  if (!has(financialPercent) || !has(actual)) return result('bayar-mendahului', 'unknown');
  const leadPoints = financialPercent - actual;
  return result('bayar-mendahului', flaggedIf(leadPoints > RULES.paymentLeadPoints), {
    financialPercent,
    physicalPercent: actual,
    leadPoints,
  });
}

function dominantSupplier(p: Project): SignalResult {
  const standing = p.standing;
  if (!p.contractor || !standing || !has(standing.supplierContracts))
    return result('penyedia-dominan', 'unknown');
  const share = standing.supplierShare;
  const holds =
    standing.supplierContracts >= RULES.supplierContracts || (has(share) && share >= RULES.supplierShare);
  return result('penyedia-dominan', flaggedIf(holds), {
    supplierContracts: standing.supplierContracts,
    supplierShare: share,
  });
}

function identicalValue(p: Project): SignalResult {
  const twins = p.standing?.twins;
  if (!p.contractor || !has(p.contractValue) || !has(twins)) return result('nilai-kembar', 'unknown');
  return result('nilai-kembar', flaggedIf(twins > 0), { contractValue: p.contractValue, twins });
}

/**
 * Every signal of one project, in the order of SIGNALS. Pure and remembered per project object:
 * filters, chips and counts ask again and again for the same rows.
 */
export const assessSignals: (project: Project) => readonly SignalResult[] = memoizeByObject((p: Project) => [
  singleBidder(p),
  nearHps(p),
  farBelowHps(p),
  valueIncrease(p),
  extensions(p),
  paymentsAhead(p),
  dominantSupplier(p),
  identicalValue(p),
]);

/** The signals that hold for a project (its chips). */
export const flaggedSignals = (project: Project): readonly SignalResult[] =>
  assessSignals(project).filter((s) => s.state === 'flagged');

export const hasSignal = (project: Project, slug: SignalSlug): boolean =>
  assessSignals(project).some((s) => s.slug === slug && s.state === 'flagged');

export interface SignalCount {
  slug: SignalSlug;
  flagged: number;
  clear: number;
  unknown: number;
}

/** Per signal: how many projects it flags, clears and cannot judge. The three always add up. */
export function countSignals(projects: readonly Project[]): SignalCount[] {
  const counts = SIGNALS.map((slug): SignalCount => ({ slug, flagged: 0, clear: 0, unknown: 0 }));
  for (const project of projects)
    assessSignals(project).forEach(({ state }, i) => {
      counts[i]![state] += 1;
    });
  return counts;
}
