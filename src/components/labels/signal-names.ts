import type { Locale } from '../../domain/format/number';
import type { SignalSlug } from '../../domain/integrity/signals';

/*
 * Apart from the rule texts (signal-labels.ts): those are built with number formatting when the
 * module loads, so whatever imports them carries them; every embed's filter caption needs only
 * the names.
 */

/** Short names, for chips, filters, column headers and captions. */
export const SIGNAL_LABELS: Record<Locale, Record<SignalSlug, string>> = {
  id: {
    'satu-penawar': 'Satu penawar',
    'dekat-hps': 'Dekat HPS',
    'jauh-di-bawah-hps': 'Jauh di bawah HPS',
    'nilai-naik': 'Nilai naik',
    perpanjangan: 'Perpanjangan',
    'bayar-mendahului': 'Bayar mendahului',
    'penyedia-dominan': 'Penyedia dominan',
    'nilai-kembar': 'Nilai kembar',
  },
  en: {
    'satu-penawar': 'Single bidder',
    'dekat-hps': 'Close to the estimate (HPS)',
    'jauh-di-bawah-hps': 'Far below the estimate',
    'nilai-naik': 'Value increased',
    perpanjangan: 'Extended',
    'bayar-mendahului': 'Paid ahead of work',
    'penyedia-dominan': 'Dominant contractor',
    'nilai-kembar': 'Identical value',
  },
};
