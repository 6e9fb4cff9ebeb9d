import { lazyDrawing } from '../../../components/chart-card/lazy-drawing';

/**
 * The project kurva S drawing for the project page, where the card sits below the fold: Recharts
 * loads when the card is drawn, not with the page.
 */
export const LazyProjectKurvaSDrawing = lazyDrawing(() =>
  import('./project-kurva-s-drawing').then((m) => m.ProjectKurvaSDrawing),
);
