import { useMessages } from '../../../lib/i18n/messages';
import { deckMessages } from '../messages';
import { SlideFrame } from './slide-frame';
import { SlideStage } from './slide-stage';
import { STAGE_WIDTH } from '../utils/stage-scale';
import type { SlideMarks, SlideSpec } from './slide-types';

/**
 * 190 mm at 96 dpi: the full width inside an A4 page's 10 mm margins. A slide (404 px tall) with
 * its provenance and notes fills half a page.
 */
export const HANDOUT_SLIDE_WIDTH = 718;

/**
 * The stage a handout slide is laid out on: 1840×1035, narrower than the hall's 1920 by half of the
 * projector margin, which paper does not need (presentation.css takes 40 px off each side). The
 * content keeps the hall's 1760 px width, so nothing reflows, and printed 718 px wide (× 0.390) the
 * slides' smallest text, 32 stage px, is 12.5 px (9.4 pt), not the 12.0 px (9.0 pt, at the limit)
 * of the 1920 stage.
 */
export const HANDOUT_STAGE_WIDTH = STAGE_WIDTH - 2 * 40;

interface HandoutItemProps {
  slide: SlideSpec;
  number: number;
  total: number;
  marks: SlideMarks;
}

/** One slide on paper: the slide, its provenance in print-size text, then the speaker's notes. */
export function HandoutItem({ slide, number, total, marks }: HandoutItemProps) {
  const t = useMessages(deckMessages);
  return (
    <li className="handout__item" data-testid="handout-slide">
      <SlideStage fixedWidth={HANDOUT_SLIDE_WIDTH} stageWidth={HANDOUT_STAGE_WIDTH}>
        <SlideFrame slide={slide} number={number} total={total} marks={marks} preview withFooter={false} />
      </SlideStage>
      <p className="handout__provenance">
        <span className="handout__number">
          {number}/{total}
        </span>{' '}
        · {marks.provenance}
        {marks.isSample && <> · {t.sample}</>}
      </p>
      {slide.notes && slide.notes.length > 0 && (
        <p className="handout__notes">
          <span className="visually-hidden">{t.handoutSlide(number)}: </span>
          {slide.notes.join(' ')}
        </p>
      )}
    </li>
  );
}
