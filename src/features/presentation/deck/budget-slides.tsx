import type { SlideSpec } from '../components/slide-types';
import { BarList } from '../slides/bar-list';
import {
  budgetByBidang,
  budgetByKecamatan,
  NO_LOCATION,
  sortBuckets,
} from '../../../domain/aggregate/breakdowns';
import { sumBy } from '../../../domain/aggregate/sum';
import { formatRupiahShort } from '../../../domain/format/number';
import { BIDANG_LABELS } from '../../../components/labels/domain-labels';
import type { DeckContext } from './deck-context';

const PAGU = { key: 'pagu', label: 'Pagu', colour: '#0072b2' };
const CONTRACT = {
  key: 'nilai-kontrak',
  label: 'Nilai kontrak',
  colour: '#8a5a00',
  pattern: 'striped' as const,
};

/**
 * Pagu and nilai kontrak per bidang as slide bars: the dashboard chart's 12 px axis names were cut
 * ("ina Marga: peningk…") once its text was set large enough for a hall; these wrap instead.
 */
export function budgetBidangSlide({ t, projects, locale }: DeckContext): SlideSpec {
  const buckets = budgetByBidang(projects);
  const max = Math.max(0, ...buckets.flatMap((b) => [b.pagu, b.contractValue]));
  return {
    id: 'anggaran-bidang',
    title: t.byBidang,
    subtitle: `${t.pagu} ${formatRupiahShort(
      sumBy(buckets, (b) => b.pagu),
      locale,
    )} · ${t.contractValue} ${formatRupiahShort(
      sumBy(buckets, (b) => b.contractValue),
      locale,
    )}`,
    content: (
      <BarList
        caption={t.byBidang}
        max={max}
        series={[
          { ...PAGU, label: t.pagu },
          { ...CONTRACT, label: t.contractValue },
        ]}
        rows={buckets.map((b) => ({
          key: b.key,
          label: BIDANG_LABELS[locale][b.key],
          values: [b.pagu, b.contractValue],
          display: [formatRupiahShort(b.pagu, locale), formatRupiahShort(b.contractValue, locale)],
        }))}
      />
    ),
  };
}

/**
 * The dashboard's kecamatan chart draws 24 bars at 12 px labels: unreadable from the back of a
 * hall. The slide shows the same aggregate as two columns of 28 px bars.
 */
export function budgetKecamatanSlide({ t, projects, locale }: DeckContext): SlideSpec {
  const label = (b: { key: string; name?: string }) =>
    b.key === NO_LOCATION ? t.noLocation : (b.name ?? b.key);
  const buckets = sortBuckets(budgetByKecamatan(projects), 'value-desc', label);
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
