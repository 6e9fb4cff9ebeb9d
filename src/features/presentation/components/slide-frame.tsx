import { useId } from 'react';
import { useMessages } from '../../../lib/i18n/messages';
import { deckMessages } from '../messages';
import type { SlideMarks, SlideSpec } from './slide-types';

interface SlideFrameProps {
  slide: SlideSpec;
  number: number;
  total: number;
  marks: SlideMarks;
  /** Presenter previews and handout copies are not the live slide: no landmark, no heading id clash. */
  preview?: boolean;
  /**
   * The handout prints the provenance under the slide at paper size instead: at the slide's scale
   * its 24 px footer would print under 9 pt.
   */
  withFooter?: boolean;
}

/** One slide: its title, its content, and the provenance every slide carries at its foot. */
export function SlideFrame({
  slide,
  number,
  total,
  marks,
  preview = false,
  withFooter = true,
}: SlideFrameProps) {
  const t = useMessages(deckMessages);
  const headingId = useId();
  const layout = slide.layout ?? 'content';
  return (
    <section
      className={`deck-slide deck-slide--${layout}`}
      aria-roledescription="slide"
      aria-labelledby={headingId}
      data-slide-id={slide.id}
      data-preview={preview || undefined}
    >
      <header className="deck-slide__header">
        <h2 id={headingId} className="deck-slide__title">
          {slide.title}
        </h2>
        {/* A filtered deck's filters share the subtitle's line: a line more would cut the body. */}
        {(slide.subtitle || marks.filterCaption) && (
          <p className="deck-slide__subtitle">
            {slide.subtitle}
            {marks.filterCaption && (
              <strong
                className={`deck-slide__filter${slide.subtitle ? ' deck-slide__filter--after' : ''}`}
                data-testid="slide-filters"
              >
                {t.filterLine(marks.filterCaption)}
              </strong>
            )}
          </p>
        )}
      </header>
      <div className="deck-slide__body">{slide.content}</div>
      {withFooter && (
        <footer className="deck-slide__footer">
          <span>
            {marks.provenance}
            {marks.freshness && <> · {marks.freshness}</>}
          </span>
          {marks.isSample && <strong className="deck-slide__sample">{t.sample}</strong>}
          <span className="deck-slide__number">
            {number}/{total}
          </span>
        </footer>
      )}
    </section>
  );
}
