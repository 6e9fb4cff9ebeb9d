import { useId, useMemo, useState } from 'react';
import './filter-bar.css';
import { CATEGORIES, type Project } from '../../domain/project/types';
import {
  isCategory,
  isFilterEmpty,
  isStatusFilter,
  signalsOf,
  STATUS_FILTERS,
  tandaValue,
  type Filters,
} from '../../domain/filters/filters';
import { SIGNALS } from '../../domain/integrity/signals';
import { SIGNAL_LABELS } from '../labels/signal-labels';
import { KECAMATAN } from '../../domain/geo/regions';
import { compareNames } from '../../domain/text/compare';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { CATEGORY_LABELS, statusLabel } from '../labels/domain-labels';
import { filterMessages } from './filter-messages';
import { useFoldSearchKeys } from './use-fold-search-keys';
import { fundingSourceOptions } from './filter-options';
import { useUrlFilters } from './use-url-filters';

const KECAMATAN_SORTED = [...KECAMATAN].sort((a, b) => compareNames(a.name, b.name));
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

  // The search box keeps its own text so typing is never interrupted by a URL round trip; it
  // follows the URL when that changes from elsewhere (reset, back button, a pasted link).
  const [text, setText] = useState(filters.q ?? '');
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    if ((filters.q ?? '') !== text.trim()) setText(filters.q ?? '');
  }

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
      <div className="filter-bar__field">
        <label htmlFor={`${ids}-kecamatan`}>{t.kecamatan}</label>
        <select
          id={`${ids}-kecamatan`}
          value={filters.kecamatan ?? ''}
          onChange={(e) => choose((c) => ({ ...c, kecamatan: e.target.value || undefined }))}
        >
          <option value="">{t.all}</option>
          {KECAMATAN_SORTED.map((k) => (
            <option key={k.slug} value={k.slug}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${ids}-kategori`}>{t.kategori}</label>
        <select
          id={`${ids}-kategori`}
          value={filters.kategori ?? ''}
          onChange={(e) =>
            choose((c) => ({ ...c, kategori: isCategory(e.target.value) ? e.target.value : undefined }))
          }
        >
          <option value="">{t.all}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[locale][category]}
            </option>
          ))}
        </select>
      </div>
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
