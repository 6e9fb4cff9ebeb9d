import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import '../contractors.css';
import type { LoadedDataset } from '../../../api/dataset-queries';
import { LoadingState } from '../../../components/data-status/loading-state';
import { IgnoredParamsNotice } from '../../../components/filters/ignored-params-notice';
import { useUrlFilters } from '../../../components/filters/use-url-filters';
import { contractorTable, totalContractValue } from '../../../domain/contractors/contractor-rows';
import { filterByName, nextSort, sortContractors } from '../../../domain/contractors/contractor-sort';
import { captionNames } from '../../../domain/filters/caption-names';
import { filterCaption, type CaptionLabels } from '../../../domain/filters/filter-caption';
import { applyFilters } from '../../../domain/filters/filters';
import { filterParams } from '../../../domain/route-state/filter-schema';
import { formatNumber, formatRupiah, formatRupiahShort } from '../../../domain/format/number';
import { useLanguage } from '../../../lib/i18n/language';
import type { Locale } from '../../../lib/i18n/locale';
import { useMessages } from '../../../lib/i18n/messages';
import { CONTRACTOR_PARAMS } from '../../../domain/route-state/param-names';
import { useContractorSort } from '../hooks/use-contractor-sort';
import { contractorsMessages } from '../messages';
import { ContractorFilters } from './contractor-filters';
import { ContractorTable } from './contractor-table';
import { DataSourceLine } from './data-source-line';

/** Rows drawn at once: thousands of contractors (a big package) must not block a phone. */
const PAGE = 200;

interface ContractorsViewProps {
  /** Absent while the data loads: the filters work from the URL already. */
  dataset?: LoadedDataset;
  /** The words of a filter caption, owned by the app (the same as the charts'). */
  captionLabels: Readonly<Record<Locale, CaptionLabels>>;
}

/**
 * /penyedia: the filters, then the table once the data is there. One component before and after
 * the data (DatasetGate keeps it in place), so a reader typing a name as the data arrives loses
 * neither the text nor the focus. The build writes the loading state into the page's HTML.
 */
export function ContractorsView({ dataset, captionLabels }: ContractorsViewProps) {
  const t = useMessages(contractorsMessages);
  return (
    <div className="contractors">
      <ContractorFilters />
      {dataset ? (
        <ContractorsTableView dataset={dataset} captionLabels={captionLabels} />
      ) : (
        <LoadingState label={t.loading} />
      )}
    </div>
  );
}

/** /penyedia with its data: notices, the table and how its figures are computed. */
function ContractorsTableView({ dataset, captionLabels }: Required<ContractorsViewProps>) {
  const t = useMessages(contractorsMessages);
  const { locale } = useLanguage();
  const { filters, ignored } = useUrlFilters(CONTRACTOR_PARAMS);
  const { sort, ignored: badSort, setSort } = useContractorSort();
  // Every share is of the whole year's total, whatever the filter: a filter never inflates a share.
  const yearTotal = useMemo(() => totalContractValue(dataset.projects), [dataset.projects]);
  // `q` searches names here (filterByName), so the packages are narrowed by the other filters only.
  const visible = useMemo(
    () => applyFilters(dataset.projects, { ...filters, q: undefined }),
    [dataset.projects, filters],
  );
  const table = useMemo(() => contractorTable(visible, yearTotal), [visible, yearTotal]);
  const rows = useMemo(
    () => sortContractors(filterByName(table.rows, filters.q), sort),
    [table.rows, filters.q, sort],
  );
  const viewKey = `${filterParams(filters).toString()}|${sort.urut}|${sort.arah}`;
  const [more, setMore] = useState({ key: viewKey, limit: PAGE });
  const limit = more.key === viewKey ? more.limit : PAGE;
  const caption = filterCaption(filters, captionNames(filters, dataset.projects), captionLabels[locale]);
  const packages = rows.reduce((sum, row) => sum + row.packages, 0);
  const n = (value: number) => formatNumber(value, locale);

  return (
    <>
      <IgnoredParamsNotice ignored={[...new Set([...ignored, ...badSort])]} />
      <p className="contractors__scope" aria-live="polite" data-testid="contractors-shown">
        {t.shown(n(rows.length), n(table.rows.length), n(packages))}
      </p>
      {table.unassigned.packages > 0 && (
        <p className="notice notice--info" data-testid="unassigned">
          {t.unassigned(
            n(table.unassigned.packages),
            // Packages without a contractor are mostly without a contract: no "Rp 0" to puzzle over.
            table.unassigned.contractValue > 0
              ? formatRupiahShort(table.unassigned.contractValue, locale)
              : undefined,
          )}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="notice notice--info" role="status">
          {t.none}
        </p>
      ) : (
        <ContractorTable
          rows={rows.slice(0, limit)}
          sort={sort}
          onSort={(column) => setSort(nextSort(sort, column))}
          filterCaption={caption}
        />
      )}
      {rows.length > limit && (
        <button
          type="button"
          className="button button--ghost contractors__more"
          onClick={() => setMore({ key: viewKey, limit: limit + PAGE })}
        >
          {t.showMore(n(Math.min(PAGE, rows.length - limit)))}
        </button>
      )}
      <p className="contractors__note">
        <span title={formatRupiah(yearTotal, locale)}>
          {t.shareNote(formatRupiahShort(yearTotal, locale))}
        </span>{' '}
        <Link to="/metodologi#kritis">{t.rulesLink}</Link>
      </p>
      <DataSourceLine meta={dataset.meta} />
    </>
  );
}
