import { filterCaption, type CaptionNames } from '../domain/filters/filter-caption';
import type { Filters } from '../domain/filters/filters';
import { CAPTION_LABELS } from '../features/charts/caption-labels';
import type { Locale } from '../lib/i18n/locale';

/**
 * The line naming a filtered embed's filters, in the reader's language. Loaded with a chart's view
 * or the map, never by the project kurva S embed, whose budget has no room for the labels.
 */
export const captionOf =
  (filters: Filters, names: CaptionNames) =>
  (locale: Locale): string =>
    filterCaption(filters, names, CAPTION_LABELS[locale]);
