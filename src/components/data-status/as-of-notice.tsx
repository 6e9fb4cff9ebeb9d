import type { AsOfSource } from '../../domain/dataset/types';
import { formatDate } from '../../domain/format/date';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { asOfMessages } from './as-of-messages';

/**
 * Beside every "Data per …" of a package that states no publishedDate: where that date comes from.
 * Loaded only for such a package (lazy-as-of-notice.tsx), so published data pays nothing for it.
 */
export function AsOfNotice({ source, asOf }: { source: AsOfSource; asOf: string }) {
  const t = useMessages(asOfMessages);
  const { locale } = useLanguage();
  const date = formatDate(asOf, locale);
  return (
    <p className="notice notice--info" data-testid="as-of-notice">
      {source === 'latest-record' ? t.latestRecord(date) : t.readDate(date)}
    </p>
  );
}
