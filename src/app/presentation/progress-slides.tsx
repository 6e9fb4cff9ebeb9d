import type { SlideSpec } from '../../features/presentation/components/slide-types';
import { FitBox } from '../../features/presentation/components/fit-box';
import { FisikKeuanganChart } from '../../features/charts/fisik-keuangan-chart';
import { KurvaSProgrammeChart } from '../../features/charts/kurva-s-programme-chart';
import { programmeKurvaS } from '../../domain/aggregate/kurva-s';
import { formatPercent } from '../../domain/format/number';
import { deckYear, type DeckContext } from './deck-context';

/** The dashboard's programme kurva S, scaled up for the hall; the as-of figures in the subtitle. */
export function kurvaSSlide(ctx: DeckContext): SlideSpec {
  const { t, dataset, siteUrl, locale } = ctx;
  const curve = programmeKurvaS(dataset.projects, deckYear(ctx), dataset.meta.asOf);
  const at =
    curve.points.find((p) => p.date === dataset.meta.asOf) ??
    curve.points.filter((p) => p.actual !== undefined).at(-1);
  return {
    id: 'kurva-s-program',
    title: t.kurvaS,
    subtitle: at
      ? `${t.planned} ${formatPercent(at.planned, locale)} · ${t.actual} ${formatPercent(at.actual, locale)} · ${t.financial} ${formatPercent(at.financial, locale)}`
      : undefined,
    notes: at
      ? [t.notesFlagship(formatPercent(at.planned, locale), formatPercent(at.actual, locale))]
      : undefined,
    content: (
      <FitBox>
        <KurvaSProgrammeChart
          projects={dataset.projects}
          meta={dataset.meta}
          siteUrl={siteUrl}
          headingLevel={3}
        />
      </FitBox>
    ),
  };
}

export function fisikKeuanganSlide({ t, dataset, siteUrl }: DeckContext): SlideSpec {
  return {
    id: 'fisik-keuangan',
    title: t.fisikKeuangan,
    content: (
      <FitBox>
        <FisikKeuanganChart
          projects={dataset.projects}
          meta={dataset.meta}
          siteUrl={siteUrl}
          headingLevel={3}
        />
      </FitBox>
    ),
  };
}
