import type { SlideSpec } from '../../features/presentation/components/slide-types';
import { BarList } from '../../features/presentation/slides/bar-list';
import { BudgetByBidangChart } from '../../features/charts/budget-by-bidang-chart';
import { budgetByKecamatan, NO_LOCATION, sortBuckets } from '../../domain/aggregate/breakdowns';
import { formatRupiahShort } from '../../domain/format/number';
import { chartSlide } from './chart-slide';
import type { DeckContext } from './deck-context';

const PAGU = { key: 'pagu', label: 'Pagu', colour: '#0072b2' };

export function budgetBidangSlide(ctx: DeckContext): SlideSpec {
  return chartSlide(ctx, BudgetByBidangChart, { id: 'anggaran-bidang', title: ctx.t.byBidang });
}

/**
 * The dashboard's kecamatan chart draws 24 bars at 12 px labels: unreadable from the back of a
 * hall. The slide shows the same aggregate as two columns of 28 px bars.
 */
export function budgetKecamatanSlide({ t, dataset, locale }: DeckContext): SlideSpec {
  const label = (b: { key: string; name?: string }) =>
    b.key === NO_LOCATION ? t.noLocation : (b.name ?? b.key);
  const buckets = sortBuckets(budgetByKecamatan(dataset.projects), 'value-desc', label);
  const max = Math.max(0, ...buckets.map((b) => b.pagu));
  return {
    id: 'anggaran-kecamatan',
    title: t.byKecamatan,
    content: (
      <BarList
        caption={t.byKecamatan}
        max={max}
        columns={2}
        series={[{ ...PAGU, label: t.pagu }]}
        rows={buckets.map((b) => ({
          key: b.key,
          label: label(b),
          values: [b.pagu],
          display: [formatRupiahShort(b.pagu, locale)],
        }))}
      />
    ),
  };
}
