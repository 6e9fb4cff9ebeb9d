import type { ContractorSort, SortColumn } from '../../../domain/contractors/contractor-sort';

interface SortHeaderProps {
  column: SortColumn;
  label: string;
  sort: ContractorSort;
  onSort: (column: SortColumn) => void;
  numeric?: boolean;
}

/**
 * A column header that sorts: a real button (keyboard, screen readers), and aria-sort on the
 * sorted column only, so a screen reader says which column orders the table and which way.
 */
export function SortHeader({ column, label, sort, onSort, numeric = false }: SortHeaderProps) {
  const active = sort.urut === column;
  const ariaSort = active ? (sort.arah === 'naik' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'contractors-table__num' : undefined}>
      <button
        type="button"
        className="contractors-table__sort"
        data-sort={column}
        onClick={() => onSort(column)}
      >
        {label}
        <span className="contractors-table__arrow" aria-hidden="true">
          {active ? (sort.arah === 'naik' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
