import type { ReactNode } from 'react';
import { useMessages } from '../../../lib/i18n/messages';
import { projectMessages } from '../messages';
import { TermLink, type GlossaryTerm } from '../glossary/term-link';

interface FactProps {
  label: string;
  /** Nothing, an empty string or '–' means the data lacks it: say so in words, never a blank. */
  children?: ReactNode;
  testId?: string;
  /** The label is a term the glossary explains: it links there. */
  term?: GlossaryTerm;
}

const isMissing = (value: ReactNode) =>
  value === undefined || value === null || value === false || value === '' || value === '–';

/** One line of the signboard: a term and its value, or "tidak tersedia". */
export function Fact({ label, children, testId, term }: FactProps) {
  const t = useMessages(projectMessages);
  return (
    <div className="project-fact" data-testid={testId}>
      <dt>{term ? <TermLink term={term}>{label}</TermLink> : label}</dt>
      <dd>{isMissing(children) ? <span className="project-fact__missing">{t.missing}</span> : children}</dd>
    </div>
  );
}
