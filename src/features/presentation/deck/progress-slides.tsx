import type { SlideSpec } from '../components/slide-types';
import { BarList } from '../slides/bar-list';
import { fisikKeuanganByBidang } from '../../../domain/aggregate/fisik-keuangan';
import { BIDANG_LABELS } from '../../../components/labels/domain-labels';
import { formatPercent } from '../../../domain/format/number';
import { chartSlide } from './chart-slide';
import { presentsEverything, type DeckContext } from './deck-context';
import type { DeckCharts } from './deck-charts';

/**
 * The dashboard's programme kurva S, scaled up for the hall; the as-of figures in the subtitle. The
 * published curve is the whole programme's: a filtered deck's chart sums its own, and its subtitle
 * gives no figure rather than the programme's.
 */
export function kurvaSSlide(ctx: DeckContext, Chart: DeckCharts['Programme']): SlideSpec {
  const { t, dataset, locale } = ctx;
  const points = presentsEverything(ctx) ? dataset.kurvaS.points : [];
  const at =
    points.find((p) => p.date === dataset.meta.asOf) ?? points.filter((p) => p.actual !== undefined).at(-1);
  return chartSlide(ctx, Chart, {
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

/** Physical against financial progress per bidang, both over contract value: full bar = 100 %. */
export function fisikKeuanganSlide({ t, projects, locale }: DeckContext): SlideSpec {
  const rows = fisikKeuanganByBidang(projects);
  return {
    id: 'fisik-keuangan',
    title: t.fisikKeuangan,
    subtitle: t.fisikKeuanganBasis,
    content: (
      <BarList
        caption={t.fisikKeuangan}
        max={100}
        series={[
          { key: 'fisik', label: t.physical, colour: '#b35806' },
          { key: 'keuangan', label: t.financial, colour: '#007a5e', pattern: 'striped' },
        ]}
        rows={rows.map((row) => ({
          key: row.key,
          label: BIDANG_LABELS[locale][row.key],
          values: [row.physical, row.financial],
          display: [formatPercent(row.physical, locale), formatPercent(row.financial, locale)],
        }))}
      />
    ),
  };
}
