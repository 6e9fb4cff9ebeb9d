import type { LoadedDataset } from '../../../api/dataset-queries';
import type { BoundaryCollection } from '../../../domain/geo/boundaries';
import type { Locale } from '../../../lib/i18n/locale';
import type { SlideMessages } from './slide-messages';

/** What every slide factory reads: the loaded dataset, the language and the slide texts. */
export interface DeckContext {
  dataset: LoadedDataset;
  /** Kecamatan outlines for the map slides; absent when they could not be loaded. */
  boundaries?: BoundaryCollection;
  siteUrl?: string;
  locale: Locale;
  t: SlideMessages;
}

/** The programme year: the as-of date's year (the package covers one fiscal year). */
export function deckYear(ctx: DeckContext): number {
  return Number.parseInt(ctx.dataset.meta.asOf.slice(0, 4), 10);
}
