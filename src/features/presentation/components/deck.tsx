import { HANDOUT_PARAM, PRESENTER_PARAM, flagFromParam } from '../utils/deck-params';
import { AudienceDeck } from './audience-deck';
import { Handout } from './handout';
import { PresenterView } from './presenter-view';
import type { SlideFooter, SlideSpec } from './slide-types';
import '../presentation.css';
import { useSearchState } from '../../../lib/route-state/search-state';

export interface DeckProps {
  slides: readonly SlideSpec[];
  footer: SlideFooter;
  /** The deck's name: the handout's heading. */
  title: string;
  deckKey: string;
}

/** One deck, three views: the hall (default), the presenter's window (`?penyaji=1`), paper (`?cetak=1`). */
export function Deck({ slides, footer, title, deckKey }: DeckProps) {
  const [params] = useSearchState();
  if (flagFromParam(params.get(HANDOUT_PARAM)))
    return <Handout slides={slides} footer={footer} title={title} />;
  if (flagFromParam(params.get(PRESENTER_PARAM)))
    return <PresenterView slides={slides} footer={footer} deckKey={deckKey} />;
  return <AudienceDeck slides={slides} footer={footer} deckKey={deckKey} />;
}
