import { CATEGORY_LABELS, STATUS_LABELS } from '../../components/labels/domain-labels';
import { SIGNAL_LABELS } from '../../components/labels/signal-names';
import type { CaptionLabels } from '../../domain/filters/filter-caption';
import type { Locale } from '../../lib/i18n/locale';

/** The words of a filter caption ("Jalan · Kec. Tambun Selatan") in each language. */
export const CAPTION_LABELS: Readonly<Record<Locale, CaptionLabels>> = {
  id: {
    kategori: CATEGORY_LABELS.id,
    status: STATUS_LABELS.id,
    kecamatan: (name) => `Kec. ${name}`,
    signals: (names) => `Tanda: ${names.join(' atau ')}`,
    signal: SIGNAL_LABELS.id,
    search: (query) => `pencarian “${query}”`,
  },
  en: {
    kategori: CATEGORY_LABELS.en,
    status: STATUS_LABELS.en,
    kecamatan: (name) => `Kec. ${name}`,
    signals: (names) => `Signal: ${names.join(' or ')}`,
    signal: SIGNAL_LABELS.en,
    search: (query) => `search “${query}”`,
  },
};
