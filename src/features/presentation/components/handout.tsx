import { Link } from 'react-router';
import { useMessages } from '../../../lib/i18n/messages';
import { deckMessages } from '../messages';
import { HANDOUT_PARAM } from '../utils/deck-params';
import { SlideFrame } from './slide-frame';
import { SlideStage } from './slide-stage';
import type { SlideFooter, SlideSpec } from './slide-types';
import { useSearchState } from '../../../lib/route-state/search-state';

/**
 * 190 mm at 96 dpi: the full width inside an A4 page's 10 mm margins, so a slide's 32 px body text
 * prints at 9 pt; two slides (404 px each) with their notes fill a page, one to each half. The same
 * on screen as on paper.
 */
const HANDOUT_SLIDE_WIDTH = 718;

interface HandoutProps {
  slides: readonly SlideSpec[];
  footer: SlideFooter;
  title: string;
}

/**
 * "Cetak ringkasan": every slide at a fixed A4 width, two to a page, with its notes as text under
 * it. Laid out on screen at print size, so charts are measured once and print as they look.
 */
export function Handout({ slides, footer, title }: HandoutProps) {
  const t = useMessages(deckMessages);
  const [params] = useSearchState();
  const back = new URLSearchParams(params);
  back.delete(HANDOUT_PARAM);
  const backHref = back.toString() ? `?${back.toString()}` : '?';
  return (
    <div className="handout" data-testid="handout">
      <div className="handout__toolbar">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <Link to={backHref}>{t.backToDeck}</Link>
      </div>
      <header className="handout__header">
        <h2>
          {t.handoutTitle}: {title}
        </h2>
        <p>
          {t.source}: {footer.source} · {t.asOf} {footer.asOf}
          {footer.freshness && <> · {footer.freshness}</>}
        </p>
        {footer.isSample && <p className="handout__sample">{t.sample}</p>}
      </header>
      <ol className="handout__slides">
        {slides.map((slide, i) => (
          <li key={slide.id} className="handout__item" data-testid="handout-slide">
            <SlideStage fixedWidth={HANDOUT_SLIDE_WIDTH}>
              <SlideFrame slide={slide} number={i + 1} total={slides.length} footer={footer} preview />
            </SlideStage>
            {slide.notes && slide.notes.length > 0 && (
              <p className="handout__notes">
                <span className="visually-hidden">{t.handoutSlide(i + 1)}: </span>
                {slide.notes.join(' ')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
