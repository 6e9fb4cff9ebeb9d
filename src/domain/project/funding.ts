import type { Oc4idsProject } from '../oc4ids/schema';
import type { FundingSource } from './types';

/**
 * Indonesian funding-source names, as budget lines write them. A line's description is the source
 * when it names one of these ("APBD-P"); otherwise the source party is (the official example puts
 * "2016 budget allocation" in the description and the funder in sourceParty).
 */
const KNOWN_SOURCES: [RegExp, string][] = [
  [/^apbd[\s-]*(p|perubahan)\b/i, 'APBD-P'],
  [/^apbd\b/i, 'APBD'],
  [/^apbn\b/i, 'APBN'],
  [/^dak\b|dana alokasi khusus/i, 'DAK'],
  [/^(banprov|bankeu|bantuan keuangan provinsi)/i, 'Banprov'],
  [/^blud\b/i, 'BLUD'],
  [/^csr\b/i, 'CSR'],
];

function knownFundingSource(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return KNOWN_SOURCES.find(([pattern]) => pattern.test(trimmed))?.[1];
}

const amountOf = (value: { amount?: number | null } | null | undefined): number | undefined =>
  typeof value?.amount === 'number' && Number.isFinite(value.amount) ? value.amount : undefined;

export function fundingSources(project: Oc4idsProject): FundingSource[] {
  const lines = (project.budget?.budgetBreakdowns ?? []).flatMap((b) => b.budgetBreakdown ?? []);
  return lines.flatMap((line) => {
    const name =
      knownFundingSource(line.description) ??
      knownFundingSource(line.sourceParty?.name) ??
      line.sourceParty?.name?.trim() ??
      line.description?.trim();
    return name ? [{ name, amount: amountOf(line.amount) }] : [];
  });
}
