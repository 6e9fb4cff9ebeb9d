import type { ComponentType } from 'react';
import type { ChartProps } from '../../features/charts/chart-props';
import { FitBox } from '../../features/presentation/components/fit-box';
import type { SlideSpec } from '../../features/presentation/components/slide-types';
import type { DeckContext } from './deck-context';

/** A dashboard chart on a slide, scaled to fit the hall: the same card, data and provenance. */
export function chartSlide(
  { dataset, siteUrl }: DeckContext,
  Chart: ComponentType<ChartProps>,
  slide: Omit<SlideSpec, 'content'>,
): SlideSpec {
  return {
    ...slide,
    content: (
      <FitBox>
        <Chart projects={dataset.projects} meta={dataset.meta} siteUrl={siteUrl} headingLevel={3} />
      </FitBox>
    ),
  };
}
