/**
 * Organisations and funding lines. The public authority is the real Dinas (it is the subject of the
 * dashboard); every company is fictional and says so in its name.
 */
import type { FundSource, PackageSpec } from './types';

export interface OrgRef {
  id: string;
  name: string;
}

export const DINAS: OrgRef = {
  id: 'pb-dsdabmbk-kab-bekasi',
  name: 'Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi (SDABMBK) Kabupaten Bekasi',
};

const FUNDERS: Record<FundSource, OrgRef> = {
  APBD: { id: 'pb-pemkab-bekasi', name: 'Pemerintah Kabupaten Bekasi' },
  'APBD-P': { id: 'pb-pemkab-bekasi', name: 'Pemerintah Kabupaten Bekasi' },
  DAK: { id: 'pb-pemerintah-pusat-dak', name: 'Pemerintah Pusat (Dana Alokasi Khusus)' },
  Banprov: { id: 'pb-pemprov-jabar', name: 'Pemerintah Provinsi Jawa Barat (Bantuan Keuangan)' },
  APBN: { id: 'pb-pemerintah-pusat-apbn', name: 'Pemerintah Pusat (APBN)' },
};

export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\(fiktif\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const orgRef = (name: string): OrgRef => ({ id: `pb-${slug(name)}`, name });

/** Pagu split by source: a single line, or APBD plus an APBD-P top-up of 10–20 %. */
export function fundingLines(
  spec: PackageSpec,
  topUpShare: number,
): { source: FundSource; amount: number }[] {
  const [first, second] = spec.sources;
  if (!first) return [];
  if (!second) return [{ source: first, amount: spec.pagu }];
  const top = Math.round((spec.pagu * topUpShare) / 1_000_000) * 1_000_000;
  return [
    { source: first, amount: spec.pagu - top },
    { source: second, amount: top },
  ];
}

export function buildParties(spec: PackageSpec): Record<string, unknown>[] {
  const parties: Record<string, unknown>[] = [
    { id: DINAS.id, name: DINAS.name, roles: ['buyer', 'procuringEntity', 'publicAuthority'] },
  ];
  const funders = new Map<string, OrgRef>();
  for (const s of spec.sources) funders.set(FUNDERS[s].id, FUNDERS[s]);
  for (const f of funders.values()) parties.push({ id: f.id, name: f.name, roles: ['funder'] });
  if (spec.supplier) parties.push({ ...orgRef(spec.supplier), roles: ['supplier'] });
  if (spec.consultant) parties.push({ ...orgRef(spec.consultant), roles: ['independentMonitor'] });
  return parties;
}

export const funderOf = (s: FundSource): OrgRef => FUNDERS[s];
