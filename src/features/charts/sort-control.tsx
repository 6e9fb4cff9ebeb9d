import { useId } from 'react';
import type { BucketSort } from '../../domain/aggregate/breakdowns';
import { useMessages } from '../../lib/i18n/messages';
import { chartMessages } from './messages';

const SORTS: readonly BucketSort[] = ['value-desc', 'value-asc', 'name'];

/** A real control (not only a click on an axis) so sorting works by keyboard and screen reader. */
export function SortControl({
  value,
  onChange,
}: {
  value: BucketSort;
  onChange: (sort: BucketSort) => void;
}) {
  const t = useMessages(chartMessages);
  const id = useId();
  const labels: Record<BucketSort, string> = {
    'value-desc': t.sortValueDesc,
    'value-asc': t.sortValueAsc,
    name: t.sortName,
  };
  return (
    <span className="chart-sort">
      <label htmlFor={id}>{t.sortLabel}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as BucketSort)}>
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {labels[sort]}
          </option>
        ))}
      </select>
    </span>
  );
}
