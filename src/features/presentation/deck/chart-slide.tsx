import type { DeckCharts } from './deck-charts';
import { FitBox } from '../components/fit-box';
import type { SlideSpec } from '../components/slide-types';
import type { DeckContext } from './deck-context';

/** A dashboard chart on a slide, scaled to fit the hall: the same card, data and provenance. */
export function chartSlide(
  { dataset, projects, filterCaption, siteUrl }: DeckContext,
  Chart: DeckCharts['Programme'],
  slide: Omit<SlideSpec, 'content'>,
): SlideSpec {
  return {
    ...slide,
    content: (
      <FitBox>
        <Chart
          projects={projects}
          meta={dataset.meta}
          siteUrl={siteUrl}
          headingLevel={3}
          subtitle={filterCaption || undefined}
        />
      </FitBox>
    ),
  };
}
