import type { SlideSpec } from '../../features/presentation/components/slide-types';
import { BarList } from '../../features/presentation/slides/bar-list';
import { LineChart } from '../../features/presentation/slides/line-chart';
import { fisikKeuanganByBidang } from '../../domain/aggregate/fisik-keuangan';
import { programmeKurvaS } from '../../domain/aggregate/kurva-s';
import { formatDate } from '../../domain/format/date';
import { formatPercent } from '../../domain/format/number';
import { BIDANG_LABELS } from '../../components/labels/domain-labels';
import { deckYear, type DeckContext } from './deck-context';

const COLOURS = { planned: '#0b4f6c', actual: '#b35806', financial: '#007a5e' };

export function kurvaSSlide(ctx: DeckContext): SlideSpec {
  const { t, dataset, locale } = ctx;
  const curve = programmeKurvaS(dataset.projects, deckYear(ctx), dataset.meta.asOf);
  const at =
    curve.points.find((p) => p.date === dataset.meta.asOf) ??
    curve.points.filter((p) => p.actual !== undefined).at(-1);
  const points = (pick: (p: (typeof curve.points)[number]) => number | undefined) =>
    curve.points.map((p) => ({ date: p.date, value: pick(p) }));
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
      <LineChart
        label={t.kurvaSLabel}
        locale={locale}
        marker={{
          date: dataset.meta.asOf,
          label: `${t.asOfMarker} ${formatDate(dataset.meta.asOf, locale, 'short')}`,
        }}
        series={[
          {
            key: 'planned',
            label: t.planned,
            colour: COLOURS.planned,
            dash: '14 8',
            points: points((p) => p.planned),
          },
          { key: 'actual', label: t.actual, colour: COLOURS.actual, points: points((p) => p.actual) },
          {
            key: 'financial',
            label: t.financial,
            colour: COLOURS.financial,
            dash: '4 6',
            points: points((p) => p.financial),
          },
        ]}
      />
    ),
  };
}

export function fisikKeuanganSlide({ t, dataset, locale }: DeckContext): SlideSpec {
  const rows = fisikKeuanganByBidang(dataset.projects);
  return {
    id: 'fisik-keuangan',
    title: t.fisikKeuangan,
    content: (
      <BarList
        caption={t.fisikKeuangan}
        max={100}
        series={[
          { key: 'physical', label: t.actual, colour: COLOURS.actual },
          { key: 'financial', label: t.financial, colour: COLOURS.financial, pattern: 'striped' },
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
