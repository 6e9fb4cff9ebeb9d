import type { SlideSpec } from '../components/slide-types';
import { budgetBidangSlide, budgetKecamatanSlide } from './budget-slides';
import { closingSlide } from './closing-slide';
import type { DeckContext } from './deck-context';
import type { DeckCharts } from './deck-charts';
import { flagshipSlides } from './flagship-slides';
import { kecamatanSlide, selectedKecamatan } from './kecamatan-slides';
import { kritisSlides } from './kritis-slide';
import { headlineSlide, mapSlide, titleSlide } from './overview-slides';
import { fisikKeuanganSlide, kurvaSSlide } from './progress-slides';
import { signalsSlide } from './signals-slide';
import { problemsSlide } from './problems-slide';

/**
 * The officials' deck, in the order of the 2023 exposé: what, how much, where, how far along, what
 * is at risk, the flagship works; then any kecamatan asked for; then the sources.
 */
export function buildSlides(
  ctx: DeckContext,
  kecamatanParam: string | null,
  charts: DeckCharts,
): SlideSpec[] {
  return [
    titleSlide(ctx),
    headlineSlide(ctx),
    mapSlide(ctx),
    budgetBidangSlide(ctx),
    budgetKecamatanSlide(ctx),
    kurvaSSlide(ctx, charts.Programme),
    fisikKeuanganSlide(ctx),
    ...kritisSlides(ctx),
    problemsSlide(ctx),
    signalsSlide(ctx),
    ...flagshipSlides(ctx, charts.Project),
    ...selectedKecamatan(kecamatanParam, ctx.projects).map((k) => kecamatanSlide(ctx, k)),
    closingSlide(ctx),
  ];
}
