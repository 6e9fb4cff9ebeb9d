import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Terms the /data glossary explains, by their anchor there (data-methodology.tsx). */
export type GlossaryTerm = 'pagu' | 'hps' | 'contract' | 'deviasi' | 'kritis' | 'scm' | 'ssuk' | 'addendum';

/** A term of the trade as a link to its plain-words meaning in the glossary. */
export function TermLink({ term, children }: { term: GlossaryTerm; children: ReactNode }) {
  return (
    <Link className="term-link" to={`/data#istilah-${term}`}>
      {children}
    </Link>
  );
}
