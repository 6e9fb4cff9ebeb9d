import type { SlideSpec } from '../../features/presentation/components/slide-types';
import { budgetBidangSlide, budgetKecamatanSlide } from './budget-slides';
import { closingSlide } from './closing-slide';
import type { DeckContext } from './deck-context';
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
export function buildSlides(ctx: DeckContext, kecamatanParam: string | null): SlideSpec[] {
  return [
    titleSlide(ctx),
    headlineSlide(ctx),
    mapSlide(ctx),
    budgetBidangSlide(ctx),
    budgetKecamatanSlide(ctx),
    kurvaSSlide(ctx),
    fisikKeuanganSlide(ctx),
    ...kritisSlides(ctx),
    problemsSlide(ctx),
    signalsSlide(ctx),
    ...flagshipSlides(ctx),
    ...selectedKecamatan(kecamatanParam, ctx.dataset.projects).map((k) => kecamatanSlide(ctx, k)),
    closingSlide(ctx),
  ];
}
