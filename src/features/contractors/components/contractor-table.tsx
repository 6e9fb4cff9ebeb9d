import { Link } from 'react-router';
import { DataValue } from '../../../components/data-value';
import type { ContractorRow } from '../../../domain/contractors/contractor-rows';
import { rowShare, type ContractorSort, type SortColumn } from '../../../domain/contractors/contractor-sort';
import { formatNumber, formatPercent, formatRupiah, formatRupiahShort } from '../../../domain/format/number';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { contractorsMessages } from '../messages';
import { SortHeader } from './sort-header';

interface ContractorTableProps {
  /** Filtered and sorted. */
  rows: readonly ContractorRow[];
  sort: ContractorSort;
  onSort: (column: SortColumn) => void;
  /** The filters in words ("Jalan · Kec. Babelan"), or "". */
  filterCaption: string;
}

const COLUMNS: readonly SortColumn[] = ['paket', 'nilai', 'porsi', 'terlambat', 'kritis', 'tanda'];

/** The contractors as a real table: a caption, one sortable header per column, a row per contractor. */
export function ContractorTable({ rows, sort, onSort, filterCaption }: ContractorTableProps) {
  const t = useMessages(contractorsMessages);
  const { locale } = useLanguage();
  const count = (n: number, row: ContractorRow) =>
    t.ofPackages(formatNumber(n, locale), formatPercent(rowShare(n, row) * 100, locale, 0));
  return (
    <>
      <p className="contractors-table__hint">{t.scrollHint}</p>
      <div className="contractors-table__scroll" data-testid="contractors-table">
        <table className="contractors-table">
          <caption>{t.caption(filterCaption, t[sort.urut], t[sort.arah])}</caption>
          <thead>
            <tr>
              <SortHeader column="penyedia" label={t.penyedia} sort={sort} onSort={onSort} />
              {COLUMNS.map((column) => (
                <SortHeader
                  key={column}
                  column={column}
                  label={t[column]}
                  sort={sort}
                  onSort={onSort}
                  numeric
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key || `~${row.name}`} data-contractor={row.key}>
                <th scope="row" className="contractors-table__name">
                  {row.key ? (
                    <Link to={`/penyedia/${row.key}`}>{row.name}</Link>
                  ) : (
                    <>
                      {row.name} <span className="contractors-table__fine">({t.noPage})</span>
                    </>
                  )}
                </th>
                <td className="contractors-table__num">{formatNumber(row.packages, locale)}</td>
                <td className="contractors-table__num" title={formatRupiah(row.contractValue, locale)}>
                  <DataValue value={row.contractValue}>
                    {formatRupiahShort(row.contractValue, locale)}
                  </DataValue>
                  {row.unvalued > 0 && (
                    <span className="contractors-table__fine">
                      {t.unvalued(formatNumber(row.unvalued, locale))}
                    </span>
                  )}
                </td>
                <td className="contractors-table__num">
                  {row.share === undefined ? '–' : formatPercent(row.share * 100, locale, 1)}
                </td>
                <td className="contractors-table__num">{count(row.late, row)}</td>
                <td className="contractors-table__num">{count(row.kritis, row)}</td>
                <td className="contractors-table__num">{count(row.flagged, row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
