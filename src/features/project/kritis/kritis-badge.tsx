import type { Project } from '../../../domain/project/types';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { kritisMessages } from './kritis-messages';
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
  const t = useMessages(kritisMessages);
  return (
    <section className={`kritis kritis--${state}`} aria-labelledby="kritis-label" data-testid="kritis">
      <p id="kritis-label" className="kritis__badge" data-testid="kritis-badge" data-state={state}>
        <span aria-hidden="true">{ICON[state]}</span> {label}
      </p>
      <p className="kritis__explanation" data-testid="kritis-explanation">
        {explanation}
      </p>
      <p className="kritis__rule">{t.rule}</p>
      <p className="kritis__terms">
        {t.termsLead}
        <TermLink term="kritis">{t.kritisTerm}</TermLink>
        {' · '}
        <TermLink term="ssuk">SSUK</TermLink>
        {' · '}
        <TermLink term="scm">SCM</TermLink>
      </p>
    </section>
  );
}
