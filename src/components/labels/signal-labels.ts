import type { Locale } from '../../domain/format/number';
import { formatNumber, formatPercent, formatRupiah } from '../../domain/format/number';
import { formatDate } from '../../domain/format/date';
import {
  SIGNAL_RULES as RULES,
  type SignalResult,
  type SignalSlug,
  type SignalState,
} from '../../domain/integrity/signals';

type Labels<K extends string> = Record<Locale, Record<K, string>>;

export { SIGNAL_LABELS } from './signal-names';

export const SIGNAL_STATE_LABELS: Labels<SignalState> = {
  id: { flagged: 'ya', clear: 'tidak', unknown: 'tidak dapat dinilai' },
  en: { flagged: 'yes', clear: 'no', unknown: 'cannot be assessed' },
};

const pct = (share: number) => share * 100;

/** Each rule in one sentence, its thresholds read from SIGNAL_RULES. */
export const SIGNAL_RULE_TEXT: Labels<SignalSlug> = {
  id: {
    'satu-penawar': 'Tender terbuka (metode "open") yang hanya diikuti satu penawar.',
    'dekat-hps': `Nilai kontrak sama dengan atau di atas ${formatNumber(pct(RULES.nearHpsShare), 'id')} % dari HPS.`,
    'jauh-di-bawah-hps': `Nilai kontrak kurang dari ${formatNumber(pct(RULES.farBelowHpsShare), 'id')} % dari HPS.`,
    'nilai-naik': `Nilai terakhir (nilai akhir atau addendum nilai) lebih dari ${formatNumber(pct(RULES.valueIncreaseShare), 'id')} % di atas nilai kontrak awal.`,
    perpanjangan: `${RULES.durationChanges} addendum waktu atau lebih, atau pekerjaan selesai sesudah tanggal akhir kontrak.`,
    'bayar-mendahului': `Progres keuangan lebih dari ${RULES.paymentLeadPoints} poin di atas progres fisik pada tanggal data.`,
    'penyedia-dominan': `Penyedia memegang ${formatNumber(pct(RULES.supplierShare), 'id')} % atau lebih dari total nilai kontrak dalam data, atau ${RULES.supplierContracts} kontrak atau lebih.`,
    'nilai-kembar': 'Nilai kontrak sama persis (sampai rupiah) dengan proyek lain yang penyedianya berbeda.',
  },
  en: {
    'satu-penawar': 'An open tender (method "open") with only one bidder.',
    'dekat-hps': `Contract value at or above ${formatNumber(pct(RULES.nearHpsShare), 'en')}% of the estimate (HPS).`,
    'jauh-di-bawah-hps': `Contract value below ${formatNumber(pct(RULES.farBelowHpsShare), 'en')}% of the estimate (HPS).`,
    'nilai-naik': `The latest value (final value or a value amendment) more than ${formatNumber(pct(RULES.valueIncreaseShare), 'en')}% above the signed contract value.`,
    perpanjangan: `${RULES.durationChanges} or more time extensions, or the work finished after the contract end date.`,
    'bayar-mendahului': `Financial progress more than ${RULES.paymentLeadPoints} points ahead of physical progress at the data date.`,
    'penyedia-dominan': `The contractor holds ${formatNumber(pct(RULES.supplierShare), 'en')}% or more of the data's total contract value, or ${RULES.supplierContracts} or more contracts.`,
    'nilai-kembar': 'The same contract value, to the rupiah, as another project with a different contractor.',
  },
};

/** What a project lacks when a signal cannot be assessed. */
const MISSING: Labels<SignalSlug> = {
  id: {
    'satu-penawar': 'metode pemilihan atau jumlah penawar tidak dicantumkan',
    'dekat-hps': 'nilai kontrak atau HPS tidak dicantumkan',
    'jauh-di-bawah-hps': 'nilai kontrak atau HPS tidak dicantumkan',
    'nilai-naik': 'nilai kontrak tidak dicantumkan',
    perpanjangan: 'tanggal akhir kontrak tidak dicantumkan',
    'bayar-mendahului': 'progres keuangan atau fisik tidak dicantumkan',
    'penyedia-dominan': 'penyedia tidak dicantumkan',
    'nilai-kembar': 'nilai kontrak atau penyedia tidak dicantumkan',
  },
  en: {
    'satu-penawar': 'no procurement method or number of bidders published',
    'dekat-hps': 'no contract value or estimate (HPS) published',
    'jauh-di-bawah-hps': 'no contract value or estimate (HPS) published',
    'nilai-naik': 'no contract value published',
    perpanjangan: 'no contract end date published',
    'bayar-mendahului': 'no financial or physical progress published',
    'penyedia-dominan': 'no contractor published',
    'nilai-kembar': 'no contract value or contractor published',
  },
};

/**
 * A percentage with as many decimals as it takes not to land on the threshold it is compared
 * with: 98.96 % is "98,96 %" beside a 99 % rule, never a misleading "99,0 %".
 */
export function percentAgainst(value: number, threshold: number, locale: Locale): string {
  for (let digits = 1; digits < 4; digits++) {
    const factor = 10 ** digits;
    if (value === threshold || Math.round(value * factor) !== Math.round(threshold * factor))
      return formatPercent(value, locale, digits);
  }
  return formatPercent(value, locale, 4);
}

const en = (locale: Locale) => locale === 'en';

/** This project's numbers for one signal, in a few words: "1 penawar", "99,6 % dari HPS". */
export function signalReason({ slug, state, facts: f }: SignalResult, locale: Locale): string {
  if (state === 'unknown') return MISSING[locale][slug];
  switch (slug) {
    case 'satu-penawar':
      if (f.methodCode !== 'open')
        return en(locale) ? `not an open tender (${f.methodCode})` : `bukan tender terbuka (${f.methodCode})`;
      return en(locale) ? `${f.tenderers} bidder(s)` : `${f.tenderers} penawar`;
    case 'dekat-hps':
    case 'jauh-di-bawah-hps': {
      const threshold = slug === 'dekat-hps' ? RULES.nearHpsShare : RULES.farBelowHpsShare;
      const share = percentAgainst(pct(f.hpsShare!), pct(threshold), locale);
      return en(locale) ? `contract value ${share} of HPS` : `nilai kontrak ${share} dari HPS`;
    }
    case 'nilai-naik': {
      const change = percentAgainst(pct(f.increaseShare!), pct(RULES.valueIncreaseShare), locale);
      if (f.latestValue === f.contractValue)
        return en(locale) ? 'no value change published' : 'tidak ada perubahan nilai yang dipublikasikan';
      return en(locale)
        ? `${formatRupiah(f.contractValue, locale)} → ${formatRupiah(f.latestValue, locale)} (${change})`
        : `${formatRupiah(f.contractValue, locale)} → ${formatRupiah(f.latestValue, locale)} (${change})`;
    }
    case 'perpanjangan': {
      const parts = [
        en(locale) ? `${f.durationChanges} time extension(s)` : `${f.durationChanges} addendum waktu`,
      ];
      if (f.completedOn && f.contractEnd && f.completedOn > f.contractEnd)
        parts.push(
          en(locale)
            ? `finished ${formatDate(f.completedOn, locale)}, after the contract end ${formatDate(f.contractEnd, locale)}`
            : `selesai ${formatDate(f.completedOn, locale)}, sesudah akhir kontrak ${formatDate(f.contractEnd, locale)}`,
        );
      return parts.join('; ');
    }
    case 'bayar-mendahului': {
      const lead = formatNumber(f.leadPoints!, locale, 1);
      return en(locale)
        ? `financial ${formatPercent(f.financialPercent, locale)}, physical ${formatPercent(f.physicalPercent, locale)} (${lead} pts)`
        : `keuangan ${formatPercent(f.financialPercent, locale)}, fisik ${formatPercent(f.physicalPercent, locale)} (selisih ${lead} poin)`;
    }
    case 'penyedia-dominan': {
      const share =
        f.supplierShare === undefined
          ? '–'
          : percentAgainst(pct(f.supplierShare), pct(RULES.supplierShare), locale);
      return en(locale)
        ? `${f.supplierContracts} contract(s), ${share} of the total contract value`
        : `${f.supplierContracts} kontrak, ${share} dari total nilai kontrak`;
    }
    case 'nilai-kembar':
      return en(locale)
        ? `${formatRupiah(f.contractValue, locale)}, also on ${f.twins} other project(s)`
        : `${formatRupiah(f.contractValue, locale)}, sama dengan ${f.twins} proyek lain`;
  }
}
