/**
 * Integrity signals: procurement and execution patterns that deserve a second look. Each is a
 * signal, not an accusation; /metodologi states every rule, the fields it reads, its source and its
 * known false positives. The slugs are public (`?tanda=`): they never change meaning.
 */
export const SIGNALS = [
  'satu-penawar',
  'dekat-hps',
  'jauh-di-bawah-hps',
  'nilai-naik',
  'perpanjangan',
  'bayar-mendahului',
  'penyedia-dominan',
  'nilai-kembar',
] as const;
export type SignalSlug = (typeof SIGNALS)[number];

export const isSignalSlug = (value: string): value is SignalSlug =>
  (SIGNALS as readonly string[]).includes(value);

/** The thresholds, in one place: the rules, the methodology page and the tests read them here. */
export const SIGNAL_RULES = {
  /** Contract value at or above this share of HPS: "dekat HPS" (ICW's Potential Fraud Analysis). */
  nearHpsShare: 0.99,
  /** Contract value below this share of HPS: "jauh di bawah HPS" (ICW). */
  farBelowHpsShare: 0.8,
  /** The latest value more than this share above the signed one: "nilai naik" (OCP). */
  valueIncreaseShare: 0.1,
  /** This many duration addenda or more: "perpanjangan" (OCP). */
  durationChanges: 2,
  /** Financial progress more than this many points ahead of physical progress. */
  paymentLeadPoints: 10,
  /** One supplier's share of the package's total contract value ("penyedia dominan")... */
  supplierShare: 0.15,
  /** ...or its number of contracts in the package. */
  supplierContracts: 5,
} as const;

/**
 * flagged: the rule holds; clear: the data was read and the rule does not hold; unknown: the data
 * lacks a field the rule reads ("tidak dapat dinilai"), which is counted and shown, never as clear.
 */
export type SignalState = 'flagged' | 'clear' | 'unknown';

/** The numbers a rule read for one project, so every signal is shown with its reason. */
export interface SignalFacts {
  /** OCDS procurementMethod code: open, selective, limited, direct. */
  methodCode?: string;
  tenderers?: number;
  /** Contract value / HPS. */
  hpsShare?: number;
  contractValue?: number;
  latestValue?: number;
  /** (latest − signed) / signed. */
  increaseShare?: number;
  durationChanges?: number;
  completedOn?: string;
  contractEnd?: string;
  financialPercent?: number;
  physicalPercent?: number;
  /** financial − physical, in points. */
  leadPoints?: number;
  supplierShare?: number;
  supplierContracts?: number;
  /** Other projects with the same contract value and another supplier. */
  twins?: number;
}

export interface SignalResult {
  slug: SignalSlug;
  state: SignalState;
  facts: SignalFacts;
}
