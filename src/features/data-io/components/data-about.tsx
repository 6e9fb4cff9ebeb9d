import type { DatasetMeta } from '../../../domain/dataset/types';
import { asOfLabel } from '../../../domain/format/as-of';
import { formatDate } from '../../../domain/format/date';
import { formatNumber } from '../../../domain/format/number';
import { safeHttpUrl } from '../../../domain/text/safe-url';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { dataMessages } from '../data-messages';

/** Source, as-of date, license and what DATA CONTOH means, read from the package itself. */
export function DataAbout({ meta, projectCount }: { meta: DatasetMeta; projectCount: number }) {
  const t = useMessages(dataMessages);
  const { locale } = useLanguage();
  const source = safeHttpUrl(meta.sourceUrl);
  const license = safeHttpUrl(meta.license);
  return (
    <>
      <dl className="data-about">
        <dt>{t.source}</dt>
        <dd>
          {meta.publisher ?? '–'}
          {source && (
            <>
              {' · '}
              <a href={source}>{source}</a>
            </>
          )}
        </dd>
        <dt>{asOfLabel(meta, locale)}</dt>
        <dd>
          <time dateTime={meta.asOf}>{formatDate(meta.asOf, locale)}</time>
        </dd>
        <dt>{t.license}</dt>
        <dd>{license ? <a href={license}>{license}</a> : (meta.license ?? t.noLicense)}</dd>
        <dt>{t.projects}</dt>
        <dd>{formatNumber(projectCount, locale)}</dd>
      </dl>
      <h3>{t.sampleTitle}</h3>
      <p>{t.sampleText}</p>
      <p>
        <strong>{meta.isSample ? t.sampleActive : t.sampleInactive}</strong>
      </p>
    </>
  );
}
