import { Link } from 'react-router';
import { useMessages } from '../../../lib/i18n/messages';
import { deckMessages } from '../messages';
import { DECK_SCHEMA } from '../../../domain/route-state/deck-schema';
import { HandoutItem } from './handout-item';
import type { SlideMarks, SlideSpec } from './slide-types';
import { useRouteParams } from '../../../lib/route-state/search-state';
import { writeParams } from '../../../lib/route-state/param-schema';

interface HandoutProps {
  slides: readonly SlideSpec[];
  marks: SlideMarks;
  title: string;
}

/**
 * "Cetak ringkasan": every slide at a fixed A4 width, two to a page, with its provenance and notes
 * as text under it. Laid out on screen at print size, so charts are measured once and print as they
 * look.
 */
export function Handout({ slides, marks, title }: HandoutProps) {
  const t = useMessages(deckMessages);
  const { params } = useRouteParams(DECK_SCHEMA);
  const back = writeParams(DECK_SCHEMA, params, { cetak: false });
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
        {marks.filterCaption && (
          <p className="handout__filter" data-testid="handout-filters">
            {t.filterLine(marks.filterCaption)}
          </p>
        )}
        <p>
          {marks.provenance}
          {marks.freshness && <> · {marks.freshness}</>}
        </p>
        {marks.isSample && <p className="handout__sample">{t.sample}</p>}
      </header>
      <ol className="handout__slides">
        {slides.map((slide, i) => (
          <HandoutItem key={slide.id} slide={slide} number={i + 1} total={slides.length} marks={marks} />
        ))}
      </ol>
    </div>
  );
}
