import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { methodologyPageMessages } from '../methodology-page-messages';
import { KRITIS_FIELDS } from '../signal-fields';
import { KRITIS_SOURCES } from '../signal-sources';
import { FieldList, SourceList } from './method-details';

interface KritisMethodSectionProps {
  /**
   * The rule in full, in the current language: the route passes the sentence /data already shows
   * (its thresholds read from domain/progress/kritis.ts), so the two pages never disagree.
   */
  rule: string;
}

/** The kritis indication (#kritis): what it is, the rule, the fields it reads and its source. */
export function KritisMethodSection({ rule }: KritisMethodSectionProps) {
  const t = useMessages(methodologyPageMessages);
  const { locale } = useLanguage();
  return (
    <section className="methodology__section" aria-labelledby="kritis" data-signal="kritis">
      <h2 id="kritis" tabIndex={-1}>
        {t.kritisTitle}
      </h2>
      <p>{t.kritisIntro}</p>
      <dl className="methodology__facts">
        <dt>{t.kritisRule}</dt>
        <dd>
          <p className="methodology__rule">{rule}</p>
        </dd>
        <dt>{t.fields}</dt>
        <dd>
          <FieldList fields={KRITIS_FIELDS} locale={locale} />
        </dd>
        <dt>{t.sources}</dt>
        <dd>
          <SourceList sources={KRITIS_SOURCES} locale={locale} />
        </dd>
      </dl>
    </section>
  );
}
