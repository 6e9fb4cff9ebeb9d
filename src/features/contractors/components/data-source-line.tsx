import type { DatasetMeta } from '../../../domain/dataset/types';
import { asOfLine, sourceName } from '../../../domain/format/as-of';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { contractorsMessages } from '../messages';

/** Where the figures come from and the date they hold for, as every page says it. */
export function DataSourceLine({ meta }: { meta: DatasetMeta }) {
  const t = useMessages(contractorsMessages);
  const { locale } = useLanguage();
  return (
    <p className="contractors__source" data-testid="data-source">
      {t.source(sourceName(meta), asOfLine(meta, locale))}
    </p>
  );
}
