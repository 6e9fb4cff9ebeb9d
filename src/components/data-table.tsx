import type { ReactNode } from 'react';

export interface TableColumn<Row> {
  key: string;
  label: string;
  /** The raw value: what CSV downloads carry (numbers rounded to `digits`). */
  value: (row: Row) => string | number | undefined;
  /** Decimals people see of a number (default 2): a download carries no more than that. */
  digits?: number;
  /** What people read; defaults to the raw value. */
  format?: (row: Row) => ReactNode;
  numeric?: boolean;
  /** What a mark in this column's cells means ("≈ …"): written under the table, not into a CSV. */
  note?: string;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
}

/** A plain table: the text alternative of every chart. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  const notes = columns.flatMap((column) => (column.note ? [column.note] : []));
  return (
    <>
      <div className="data-table__scroll">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'data-table__num' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={rowKey(row, index)}>
                {columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'data-table__num' : undefined}>
                    {column.format ? column.format(row) : (column.value(row) ?? '–')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.map((note) => (
        <p key={note} className="data-table__note">
          {note}
        </p>
      ))}
    </>
  );
}
