import type { Project } from '../../../domain/project/types';
import { useLanguage } from '../../../lib/i18n/language';
import { describeKritis } from './kritis-text';
import { TermLink } from '../glossary/term-link';

const ICON = { kritis: '⚠', aman: '✓', 'tidak-dinilai': '–' } as const;

/**
 * "Indikasi kritis" by the standard contract conditions, with this project's numbers and the rule in
 * plain words. Text and an icon carry the state, so colour is never the only signal.
 */
export function KritisBadge({ project, asOf }: { project: Project; asOf: string }) {
  const { locale } = useLanguage();
  const { state, label, explanation } = describeKritis(project, asOf, locale);
  const id = locale === 'id';
  return (
    <section className={`kritis kritis--${state}`} aria-labelledby="kritis-label" data-testid="kritis">
      <p id="kritis-label" className="kritis__badge" data-testid="kritis-badge" data-state={state}>
        <span aria-hidden="true">{ICON[state]}</span> {label}
      </p>
      <p className="kritis__explanation" data-testid="kritis-explanation">
        {explanation}
      </p>
      <p className="kritis__rule">
        {id
          ? 'Aturan (Syarat-Syarat Umum Kontrak): selama rencana 0–70 %, kontrak kritis bila realisasi tertinggal lebih dari 10 poin; di atas 70 %, bila tertinggal lebih dari 5 poin, atau tertinggal sedikit pun tetapi pekerjaan akan melewati tahun anggaran. Hanya PPK yang dapat menetapkan kontrak kritis (setelah rapat pembuktian/SCM), jadi di sini disebut "indikasi".'
          : 'Rule (general contract conditions, SSUK): while the plan is 0–70%, a contract is critical when actual progress lags by more than 10 points; above 70%, when it lags by more than 5 points, or lags at all and the work will run past the fiscal year. Only the commitment officer (PPK) can declare a contract critical, so this is an "indication".'}
      </p>
      <p className="kritis__terms">
        {id ? 'Arti istilah: ' : 'Terms explained: '}
        <TermLink term="kritis">{id ? 'kontrak kritis' : 'critical contract'}</TermLink>
        {' · '}
        <TermLink term="ssuk">SSUK</TermLink>
        {' · '}
        <TermLink term="scm">SCM</TermLink>
      </p>
    </section>
  );
}
