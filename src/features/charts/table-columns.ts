import type { TableColumn } from '../../components/data-table';
import { formatNumber, formatRupiahShort, type Locale } from '../../domain/format/number';
import type { BudgetBucket } from '../../domain/aggregate/breakdowns';
import { shareText } from './format';

/** Column builders the category charts share, so the same figure reads the same in every table. */

export const labelColumn = <Row extends { label: string }>(key: string, label: string): TableColumn<Row> => ({
  key,
  label,
  value: (r) => r.label,
});

export const countColumn = <Row extends { count: number }>(
  label: string,
  locale: Locale,
): TableColumn<Row> => ({
  key: 'count',
  label,
  value: (r) => r.count,
  numeric: true,
  format: (r) => formatNumber(r.count, locale),
});

export const moneyColumn = <Row>(
  key: string,
  label: string,
  amount: (row: Row) => number,
  locale: Locale,
): TableColumn<Row> => ({
  key,
  label,
  value: amount,
  numeric: true,
  format: (r) => formatRupiahShort(amount(r), locale),
});

/** Part of the total; unknown (not 0 %) when the total is zero. */
export const shareColumn = <Row>(
  label: string,
  amount: (row: Row) => number,
  total: number,
  locale: Locale,
): TableColumn<Row> => ({
  key: 'share',
  label,
  // A percentage, as the table shows it ("8,1 %"), not a fraction of one.
  value: (r) => (total > 0 ? (amount(r) / total) * 100 : undefined),
  digits: 1,
  numeric: true,
  format: (r) => shareText(amount(r), total, locale),
});

interface BudgetLabels {
  packages: string;
  pagu: string;
  share: string;
  contractValue: string;
  paid: string;
}

/** Count, pagu, share of pagu, contract value and paid: the money columns of the budget charts. */
export function budgetColumns<Row extends BudgetBucket<string>>(
  t: BudgetLabels,
  total: number,
  locale: Locale,
): TableColumn<Row>[] {
  return [
    countColumn(t.packages, locale),
    moneyColumn('pagu', t.pagu, (r) => r.pagu, locale),
    shareColumn(t.share, (r) => r.pagu, total, locale),
    moneyColumn('contract', t.contractValue, (r) => r.contractValue, locale),
    moneyColumn('paid', t.paid, (r) => r.paid, locale),
  ];
}
