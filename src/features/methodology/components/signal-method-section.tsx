import { Link } from 'react-router';
import { SIGNAL_LABELS, SIGNAL_RULE_TEXT } from '../../../components/labels/signal-labels';
import type { SignalSlug } from '../../../domain/integrity/signals';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { methodologyPageMessages } from '../methodology-page-messages';
import { SIGNAL_FIELDS } from '../signal-fields';
import { signalNotesMessages } from '../signal-notes-messages';
import { SIGNAL_SOURCES } from '../signal-sources';
import { FieldList, SourceList } from './method-details';

/**
 * One signal: its rule (the same sentence the chips' pages use, thresholds from SIGNAL_RULES), the
 * fields it reads, its sources and its known false positives. The heading's id is the slug, the
 * address every chip links to (/metodologi#satu-penawar).
 */
export function SignalMethodSection({ slug }: { slug: SignalSlug }) {
  const t = useMessages(methodologyPageMessages);
  const notes = useMessages(signalNotesMessages);
  const { locale } = useLanguage();
  return (
    <section className="methodology__section" aria-labelledby={slug} data-signal={slug}>
      {/* Focusable from script only: a link to the section moves the reader's place here. */}
      <h2 id={slug} tabIndex={-1}>
        {SIGNAL_LABELS[locale][slug]}
      </h2>
      <dl className="methodology__facts">
        <dt>{t.rule}</dt>
        <dd>
          <p className="methodology__rule" data-testid="signal-rule">
            {SIGNAL_RULE_TEXT[locale][slug]}
          </p>
          <p>{notes[`how_${slug}`]}</p>
        </dd>
        <dt>{t.fields}</dt>
        <dd>
          <FieldList fields={SIGNAL_FIELDS[slug]} locale={locale} />
        </dd>
        <dt>{t.sources}</dt>
        <dd>
          <p>{notes[`src_${slug}`]}</p>
          <SourceList sources={SIGNAL_SOURCES[slug]} locale={locale} />
        </dd>
        <dt>{t.falsePositives}</dt>
        <dd>
          <p>{notes[`fp_${slug}`]}</p>
        </dd>
      </dl>
      <p>
        <Link to={`/?tanda=${slug}`}>{t.projects}</Link>
      </p>
    </section>
  );
}
