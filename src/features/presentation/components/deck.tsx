import { DECK_SCHEMA } from '../../../domain/route-state/deck-schema';
import { AudienceDeck } from './audience-deck';
import { Handout } from './handout';
import { PresenterView } from './presenter-view';
import type { SlideMarks, SlideSpec } from './slide-types';
import '../presentation.css';
import { useRouteParams } from '../../../lib/route-state/search-state';

export interface DeckProps {
  slides: readonly SlideSpec[];
  marks: SlideMarks;
  /** The deck's name: the handout's heading. */
  title: string;
  deckKey: string;
}

/** One deck, three views: the hall (default), the presenter's window (`?penyaji=1`), paper (`?cetak=1`). */
export function Deck({ slides, marks, title, deckKey }: DeckProps) {
  const { values } = useRouteParams(DECK_SCHEMA);
  if (values.cetak) return <Handout slides={slides} marks={marks} title={title} />;
  if (values.penyaji) return <PresenterView slides={slides} marks={marks} deckKey={deckKey} />;
  return <AudienceDeck slides={slides} marks={marks} deckKey={deckKey} />;
}
