import { useMessages } from '../../../lib/i18n/messages';
import { formatElapsed, useElapsed } from '../hooks/use-elapsed';
import { useDeckControls } from '../hooks/use-deck-controls';
import { deckMessages } from '../messages';
import { SlideFrame } from './slide-frame';
import { SlideStage } from './slide-stage';
import type { SlideMarks, SlideSpec } from './slide-types';

interface PresenterViewProps {
  slides: readonly SlideSpec[];
  marks: SlideMarks;
  deckKey: string;
}

/**
 * The speaker's window: the current slide, the next one, the notes and a clock. It drives the
 * audience window (and follows it) over a BroadcastChannel.
 */
export function PresenterView({ slides, marks, deckKey }: PresenterViewProps) {
  const t = useMessages(deckMessages);
  const total = slides.length;
  const { rootRef, index, goTo, digits } = useDeckControls(total, deckKey);
  const elapsed = useElapsed();
  const slide = slides[index];
  const next = slides[index + 1];
  if (!slide) return null;
  return (
    <div ref={rootRef} className="presenter" data-testid="presenter-view">
      <h2 className="visually-hidden">{t.presenterTitle}</h2>
      <section className="presenter__current" aria-label={t.currentSlide}>
        <SlideStage>
          <SlideFrame key={slide.id} slide={slide} number={index + 1} total={total} marks={marks} preview />
        </SlideStage>
      </section>
      <section className="presenter__next" aria-label={t.nextSlide}>
        <h3>{t.nextSlide}</h3>
        {next ? (
          <SlideStage>
            <SlideFrame key={next.id} slide={next} number={index + 2} total={total} marks={marks} preview />
          </SlideStage>
        ) : (
          <p>{t.endOfDeck}</p>
        )}
      </section>
      <section className="presenter__notes" aria-labelledby="presenter-notes">
        <h3 id="presenter-notes">{t.notes}</h3>
        {slide.notes && slide.notes.length > 0 ? (
          <ul data-testid="presenter-notes">
            {slide.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : (
          <p>{t.noNotes}</p>
        )}
      </section>
      <div className="presenter__bar">
        <button
          type="button"
          className="deck-controls__button"
          onClick={() => goTo(index - 1)}
          disabled={index === 0}
        >
          ← {t.previous}
        </button>
        <strong role="status" aria-live="polite" data-testid="presenter-counter">
          {t.slideOf(index + 1, total)}
        </strong>
        <button
          type="button"
          className="deck-controls__button"
          onClick={() => goTo(index + 1)}
          disabled={index >= total - 1}
        >
          {t.next} →
        </button>
        {digits && <span>{t.jumpTo(digits)}</span>}
        <span>
          {t.elapsed}: <time>{formatElapsed(elapsed)}</time>
        </span>
        <span className="presenter__hint">{t.presenterHint}</span>
      </div>
    </div>
  );
}
