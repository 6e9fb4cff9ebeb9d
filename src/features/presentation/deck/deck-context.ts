import type { LoadedDataset } from '../../../api/dataset-queries';
import type { BoundaryCollection } from '../../../domain/geo/boundaries';
import type { Project } from '../../../domain/project/types';
import type { Locale } from '../../../lib/i18n/locale';
import type { SlideMessages } from './slide-messages';

/** What every slide factory reads: the loaded dataset, the language and the slide texts. */
export interface DeckContext {
  dataset: LoadedDataset;
  /**
   * The projects the slides present: `dataset.projects` itself for the whole programme, or the part
   * a link's filters chose. Slides count and sum these, never `dataset.projects`.
   */
  projects: readonly Project[];
  /** Those filters in words ("Jalan · Terlambat"), shown on every slide; "" for the whole programme. */
  filterCaption: string;
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

/** Whether the slides present the whole programme: the published programme figures apply. */
export const presentsEverything = (ctx: DeckContext): boolean => ctx.projects === ctx.dataset.projects;
