import type { Project } from '../../../domain/project/types';
import { formatDate } from '../../../domain/format/date';
import { kritisNotAssessed } from '../../../domain/progress/kritis-not-assessed';
import { formatNumber, formatPercent, type Locale } from '../../../domain/format/number';
import { statusLabel } from '../../../components/labels/domain-labels';

export type KritisState = 'kritis' | 'aman' | 'tidak-dinilai';

export interface KritisText {
  state: KritisState;
  label: string;
  /** Why, with this project's numbers, in plain words. */
  explanation: string;
}

const pts = (value: number, locale: Locale) => formatNumber(Math.abs(value), locale, 2);

/** The badge and its one-paragraph explanation, from the progress summary at the as-of date. */
export function describeKritis(project: Project, asOf: string, locale: Locale): KritisText {
  const id = locale === 'id';
  const p = project.progress;
  const k = p.kritis;
  if (!k) {
    const reason = kritisNotAssessed(project);
    const why =
      reason === 'no-progress'
        ? id
          ? 'Belum ada data progres fisik, jadi indikasi kritis tidak dapat dinilai.'
          : 'There is no physical progress data, so it cannot be assessed.'
        : reason === 'not-under-way'
          ? id
            ? `Indikasi kritis hanya dinilai untuk kontrak yang sedang berjalan; status proyek ini: ${statusLabel(project.status, locale)}.`
            : `Only contracts under way are assessed; this project's status: ${statusLabel(project.status, locale)}.`
          : reason === 'no-report'
            ? id
              ? `Belum ada laporan realisasi fisik sampai ${formatDate(asOf, locale)}.`
              : `No actual progress reported by ${formatDate(asOf, locale)}.`
            : reason === 'no-plan'
              ? id
                ? 'Tidak ada rencana progres (kurva S) untuk dibandingkan dengan realisasi.'
                : 'There is no planned progress (kurva S) to compare with.'
              : id
                ? 'Pekerjaan sudah mencapai 100 %.'
                : 'The work has reached 100%.';
    return {
      state: 'tidak-dinilai',
      label: id ? 'Indikasi kritis: tidak dinilai' : 'Critical: not assessed',
      explanation: why,
    };
  }
  const at = formatDate(p.reportDate, locale);
  const plan = formatPercent(p.planned, locale, 2);
  const actual = formatPercent(p.actual, locale, 2);
  const lag = -k.deviation;
  const gap =
    lag > 0
      ? id
        ? `tertinggal ${pts(lag, locale)} poin`
        : `${pts(lag, locale)} points behind`
      : lag < 0
        ? id
          ? `lebih cepat ${pts(lag, locale)} poin`
          : `${pts(lag, locale)} points ahead`
        : id
          ? 'tepat sesuai rencana'
          : 'exactly on plan';
  const facts = id
    ? `Laporan ${at}: rencana ${plan}, realisasi ${actual}, ${gap}.`
    : `Report of ${at}: plan ${plan}, actual ${actual}, ${gap}.`;
  const limit = k.period === 'I' ? 10 : 5;
  const periodText = id
    ? k.period === 'I'
      ? 'Rencana belum melewati 70 %, jadi batasnya 10 poin.'
      : 'Rencana sudah di atas 70 %, jadi batasnya 5 poin, dan keterlambatan sekecil apa pun dihitung bila pekerjaan akan melewati akhir tahun anggaran (31 Desember).'
    : k.period === 'I'
      ? 'The plan is at most 70%, so the limit is 10 points.'
      : 'The plan is above 70%, so the limit is 5 points, and any lag counts if the work will run past the fiscal year end (31 December).';
  if (k.kritis) {
    const verdict =
      k.reason === 'period-ii-past-fiscal-year'
        ? id
          ? 'Tertinggal dan diperkirakan selesai melewati 31 Desember.'
          : 'Behind, and expected to finish after 31 December.'
        : id
          ? `Ketertinggalan lebih dari ${limit} poin.`
          : `The lag is more than ${limit} points.`;
    return {
      state: 'kritis',
      label: id ? 'Indikasi kritis' : 'Critical (indikasi kritis)',
      explanation: `${facts} ${periodText} ${verdict}`,
    };
  }
  const verdict = id ? 'Masih dalam batas.' : 'Within the limit.';
  return {
    state: 'aman',
    label: id ? 'Tidak ada indikasi kritis' : 'No sign of critical delay',
    explanation: `${facts} ${periodText} ${verdict}`,
  };
}
