import type { SlideSpec } from '../../features/presentation/components/slide-types';
import { FisikKeuanganChart } from '../../features/charts/fisik-keuangan-chart';
import { KurvaSProgrammeChart } from '../../features/charts/kurva-s-programme-chart';
import { formatPercent } from '../../domain/format/number';
import { chartSlide } from './chart-slide';
import type { DeckContext } from './deck-context';

/** The dashboard's programme kurva S, scaled up for the hall; the as-of figures in the subtitle. */
export function kurvaSSlide(ctx: DeckContext): SlideSpec {
  const { t, dataset, locale } = ctx;
  const curve = dataset.kurvaS;
  const at =
    curve.points.find((p) => p.date === dataset.meta.asOf) ??
    curve.points.filter((p) => p.actual !== undefined).at(-1);
  return chartSlide(ctx, KurvaSProgrammeChart, {
    id: 'kurva-s-program',
    title: t.kurvaS,
    subtitle: at
      ? `${t.planned} ${formatPercent(at.planned, locale)} · ${t.actual} ${formatPercent(at.actual, locale)} · ${t.financial} ${formatPercent(at.financial, locale)}`
      : undefined,
    notes: at
      ? [t.notesFlagship(formatPercent(at.planned, locale), formatPercent(at.actual, locale))]
      : undefined,
  });
}

export function fisikKeuanganSlide(ctx: DeckContext): SlideSpec {
  return chartSlide(ctx, FisikKeuanganChart, { id: 'fisik-keuangan', title: ctx.t.fisikKeuangan });
}
