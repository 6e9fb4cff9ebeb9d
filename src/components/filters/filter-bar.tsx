import { useId, useMemo } from 'react';
import './filter-bar.css';
import type { Project } from '../../domain/project/types';
import {
  isFilterEmpty,
  isStatusFilter,
  signalsOf,
  STATUS_FILTERS,
  tandaValue,
  type Filters,
} from '../../domain/filters/filters';
import { SIGNALS } from '../../domain/integrity/signals';
import { SIGNAL_LABELS } from '../labels/signal-names';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { statusLabel } from '../labels/domain-labels';
import { filterMessages } from './filter-messages';
import { useFoldSearchKeys } from './use-fold-search-keys';
import { KategoriField, KecamatanField, useSearchText } from './filter-fields';
import { fundingSourceOptions } from './filter-options';
import { useUrlFilters } from './use-url-filters';

// Computed states first: they are what residents look for.
const STATUS_ORDER = [
  'kritis',
  'terlambat',
  ...STATUS_FILTERS.filter((s) => s !== 'kritis' && s !== 'terlambat'),
];

/** The shared filter bar: every control reads and writes the public URL parameters. */
/** `projects`: the dataset's, for the funding sources it names; absent while the data loads. */
export function FilterBar({ projects }: { projects?: readonly Project[] }) {
  const t = useMessages(filterMessages);
  const { locale } = useLanguage();
  useFoldSearchKeys(projects);
  // The store behind useUrlFilters changes at once, before the URL: the controls always show the
  // latest choice, and the next choice builds on it.
  const { filters, setFilters } = useUrlFilters();
  const choose = (change: (current: Filters) => Filters) => setFilters(change);
  const sources = useMemo(() => (projects ? fundingSourceOptions(projects) : []), [projects]);
  const ids = useId();

  const [text, setText] = useSearchText(filters.q);

  // Before the data, a source in the URL is not yet known to be unknown.
  const unknownSource = projects && filters.sumber && !sources.some((s) => s.slug === filters.sumber);

  return (
    <form className="filter-bar" role="search" aria-label={t.formLabel} onSubmit={(e) => e.preventDefault()}>
      <div className="filter-bar__field filter-bar__field--search">
        <label htmlFor={`${ids}-q`}>{t.search}</label>
        <input
          id={`${ids}-q`}
          type="search"
          value={text}
          aria-describedby={`${ids}-q-hint`}
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
            const q = event.target.value.trim();
            choose((current) => ({ ...current, q: q || undefined }));
          }}
        />
        <span id={`${ids}-q-hint`} className="filter-bar__hint">
          {t.searchHint}
        </span>
      </div>
      <KecamatanField
        id={`${ids}-kecamatan`}
        label={t.kecamatan}
        allLabel={t.all}
        value={filters.kecamatan}
        onChange={(kecamatan) => choose((c) => ({ ...c, kecamatan }))}
      />
      <KategoriField
        id={`${ids}-kategori`}
        label={t.kategori}
        allLabel={t.all}
        value={filters.kategori}
        onChange={(kategori) => choose((c) => ({ ...c, kategori }))}
        locale={locale}
      />
      <div className="filter-bar__field">
        <label htmlFor={`${ids}-status`}>{t.status}</label>
        <select
          id={`${ids}-status`}
          value={filters.status ?? ''}
          onChange={(e) =>
            choose((c) => ({ ...c, status: isStatusFilter(e.target.value) ? e.target.value : undefined }))
          }
        >
          <option value="">{t.all}</option>
          {STATUS_ORDER.map((status) => (
            <option key={status} value={status}>
              {isStatusFilter(status) ? statusLabel(status, locale) : status}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${ids}-sumber`}>{t.sumber}</label>
        <select
          id={`${ids}-sumber`}
          value={filters.sumber ?? ''}
          onChange={(e) => choose((c) => ({ ...c, sumber: e.target.value || undefined }))}
        >
          <option value="">{t.all}</option>
          {sources.map((source) => (
            <option key={source.slug} value={source.slug}>
              {source.name}
            </option>
          ))}
          {unknownSource && <option value={filters.sumber}>{t.unknownSource(filters.sumber!)}</option>}
          {/* Before the data names its sources, the URL's choice still shows, by its slug. */}
          {!projects && filters.sumber && <option value={filters.sumber}>{filters.sumber}</option>}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${ids}-tanda`}>{t.tanda}</label>
        <select
          id={`${ids}-tanda`}
          value={filters.tanda ?? ''}
          onChange={(e) => choose((c) => ({ ...c, tanda: tandaValue(e.target.value.split(',')) }))}
        >
          <option value="">{t.all}</option>
          {SIGNALS.map((slug) => (
            <option key={slug} value={slug}>
              {SIGNAL_LABELS[locale][slug]}
            </option>
          ))}
          {/* Several signals come from a link; the list offers one at a time. */}
          {signalsOf(filters.tanda).length > 1 && (
            <option value={filters.tanda}>
              {t.anySignal(signalsOf(filters.tanda).map((slug) => SIGNAL_LABELS[locale][slug]))}
            </option>
          )}
        </select>
      </div>
      {!isFilterEmpty(filters) && (
        <button
          type="button"
          className="button button--ghost filter-bar__reset"
          onClick={() => {
            setText('');
            choose(() => ({}));
          }}
        >
          {t.reset}
        </button>
      )}
    </form>
  );
}
