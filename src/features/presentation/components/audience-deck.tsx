import { useMessages } from '../../../lib/i18n/messages';
import { useAutoAdvance } from '../hooks/use-auto-advance';
import { useDeckControls } from '../hooks/use-deck-controls';
import { deckMessages } from '../messages';
import { DECK_SCHEMA } from '../../../domain/route-state/deck-schema';
import { readParams, writeParams } from '../../../lib/route-state/param-schema';
import { DeckControls } from './deck-controls';
import { SlideFrame } from './slide-frame';
import { SlideStage } from './slide-stage';
import type { SlideMarks, SlideSpec } from './slide-types';

interface AudienceDeckProps {
  slides: readonly SlideSpec[];
  marks: SlideMarks;
  /** Identifies this deck for the presenter window (e.g. its kecamatan selection). */
  deckKey: string;
}

/** What the hall sees: one slide at a time on a scaled stage, driven by keys, clicker or buttons. */
export function AudienceDeck({ slides, marks, deckKey }: AudienceDeckProps) {
  const t = useMessages(deckMessages);
  const total = slides.length;
  const { rootRef, index, goTo, params, fullscreen, digits } = useDeckControls(total, deckKey);
  const autoSeconds = readParams(DECK_SCHEMA, params).values.auto;
  useAutoAdvance(autoSeconds, index, total, goTo);
  const slide = slides[index];
  if (!slide) return null;

  function openPresenter() {
    const search = writeParams(DECK_SCHEMA, params, { slide: index + 1, penyaji: true, auto: undefined });
    window.open(`?${search.toString()}`, 'pantaubangun-penyaji', 'popup=yes,width=1280,height=800');
  }
  const handout = writeParams(DECK_SCHEMA, params, { slide: undefined, auto: undefined, cetak: true });

  return (
    <div ref={rootRef} className="deck" data-testid="deck" data-slide-index={index}>
      <SlideStage className="deck__stage">
        <SlideFrame key={slide.id} slide={slide} number={index + 1} total={total} marks={marks} />
      </SlideStage>
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="deck-live"
      >
        {t.slideOf(index + 1, total)}: {slide.title}
      </p>
      <DeckControls
        index={index}
        total={total}
        goTo={goTo}
        digits={digits}
        isFullscreen={fullscreen.isFullscreen}
        onToggleFullscreen={fullscreen.toggle}
        onOpenPresenter={openPresenter}
        handoutHref={`?${handout.toString()}`}
        autoSeconds={autoSeconds}
      />
    </div>
  );
}
