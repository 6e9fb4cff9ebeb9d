import type { ReactNode } from 'react';

/** One slide of a deck: composed by the app from any feature's components, shown by the engine. */
export interface SlideSpec {
  /** Stable and unique: React key, test id, presenter sync. */
  id: string;
  title: string;
  /** Smaller line under the title. */
  subtitle?: string;
  content: ReactNode;
  /** What the presenter says: shown in the presenter view and under the slide in the handout. */
  notes?: string[];
  /** Title slides are laid out differently (no running header). */
  layout?: 'title' | 'content';
}

/**
 * The lines every slide carries: provenance at its foot, and the filters of a filtered deck under
 * its title. They travel with the slide, on screen and paper.
 */
export interface SlideMarks {
  /** The filters the deck's projects were chosen by, in words (filterCaption); absent for all of them. */
  filterCaption?: string;
  /** "Sumber: … · Data per 29 Desember 2023" (provenanceLine): the data's own date, named for what it is. */
  provenance: string;
  isSample: boolean;
  /** Whether the deck runs on its saved copy of the data (FreshnessLine); never a date of its own. */
  freshness?: ReactNode;
}
